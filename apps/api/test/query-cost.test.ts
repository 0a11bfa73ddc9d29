import { describe, expect, it } from "vitest";
import { LIMITS } from "../src/security/limits.ts";
import { useTestApp } from "./support/test-app.ts";

const { ctx, gql } = useTestApp();
const cpId = (id: string) => Buffer.from(`ContactPoint:${id}`).toString("base64");

// Ten aliases of a page of `$n` contact points with nine fields each:
// each alias costs 1 + n × (node 1 + 9 fields) → 10 + 100 n in all.
const TEN_PAGES = `query Pages($n: Int) { ${Array.from(
  { length: 10 },
  (_, i) =>
    `p${i}: contactPoints(first: $n) { edges { node { name city street postcode lat lng phone email languages } } }`,
).join(" ")} }`;

describe("query cost", () => {
  it("multiplies by the page size given in a variable, just inside and just outside the limit", async () => {
    expect(LIMITS.maxCost).toBe(10_000);
    const inside = await gql(TEN_PAGES, { n: 99 }); // 9,910
    expect(inside.status).toBe(200);
    expect(inside.data.p9.edges).toHaveLength(99);

    const outside = await gql(TEN_PAGES, { n: 100 }); // 10,010
    expect(outside.status).toBe(400);
    expect(outside.errors?.[0]?.extensions).toMatchObject({
      code: "QUERY_TOO_COSTLY",
      cost: 10_010,
      maxCost: 10_000,
    });
    expect(outside.errors?.[0]?.message).toContain("fewer items per page");
  });

  it("counts every alias of the same field", async () => {
    const pages = (count: number) =>
      `{ ${Array.from({ length: count }, (_, i) => `a${i}: contactPoints(first: 100) { edges { node { name offers { title { text } } } } }`).join(" ")} }`;
    // One alias: 1 + 100 × (node 1 + name 1 + offers (1 + 10 × (title 1 + text 1))) = 2,301;
    // four cost 9,204, five 11,505.
    expect((await gql(pages(4))).status).toBe(200);
    const five = await gql(pages(5));
    expect(five.status).toBe(400);
    expect(five.errors?.[0]?.extensions?.cost).toBe(11_505);
  });

  it("prices district outlines by their weight (the 1.4 KB request that answered 770 KB)", async () => {
    const one = "regions { districts { boundary } networks { name members { name } } }";
    expect((await gql(`{ ${one} }`)).status).toBe(200);
    const many = Array.from({ length: 15 }, (_, i) => `r${i}: ${one}`).join(" ");
    const refused = await gql(`{ ${many} }`);
    expect(refused.status).toBe(400);
    expect(refused.errors?.[0]?.extensions?.code).toBe("QUERY_TOO_COSTLY");
  });

  it("counts fragments where they are spread", async () => {
    const query = `query($n: Int) { a: contactPoints(first: $n) { ...Page } b: contactPoints(first: $n) { ...Page } }
      fragment Page on ContactPointConnection { edges { node { name partner { name contactPoints { name city } } } } }`;
    // Per alias: 1 + n × (node 1 + name 1 + partner (1 + name 1 + contactPoints (1 + 10 × 2))) = 1 + 25 n.
    expect((await gql(query, { n: 100 })).status).toBe(200);
    const spread = (count: number) =>
      `query($n: Int) { ${Array.from({ length: count }, (_, i) => `c${i}: contactPoints(first: $n) { ...Page }`).join(" ")} }
      fragment Page on ContactPointConnection { edges { node { name partner { name contactPoints { name city } } } } }`;
    expect((await gql(spread(4), { n: 99 })).status).toBe(200); // 4 × 2,476 = 9,904
    const refused = await gql(spread(4), { n: 100 }); // 4 × 2,501 = 10,004
    expect(refused.status).toBe(400);
    expect(refused.errors?.[0]?.extensions?.cost).toBe(10_004);
  });

  it("costs only the operation that runs", async () => {
    const document = `query Cheap { regions { key } }
      query Expensive { ${Array.from({ length: 15 }, (_, i) => `r${i}: regions { districts { boundary } }`).join(" ")} }`;
    const run = (operationName: string) =>
      ctx.yoga.fetch("http://localhost/graphql", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: document, operationName }),
      });
    expect((await run("Cheap")).status).toBe(200);
    expect((await run("Expensive")).status).toBe(400);
  });
});

describe("nodes(ids)", () => {
  it("takes at most 100 ids, before looking any up", async () => {
    const query = "query($ids: [ID!]!) { nodes(ids: $ids) { id } }";
    const inside = await gql(query, { ids: Array.from({ length: 100 }, () => cpId("cp-0001")) });
    expect(inside.status).toBe(200);
    expect(inside.data.nodes).toHaveLength(100);
    expect(inside.data.nodes[0]).toEqual({ id: cpId("cp-0001") });

    const outside = await gql(query, { ids: Array.from({ length: 101 }, () => cpId("cp-0001")) });
    expect(outside.status).toBe(400);
    expect(outside.errors?.[0]?.message).toBe('"ids" accepts at most 100 IDs.');
  });

  it("refuses the 93 KB request that ran for a minute: 15 aliases × 3,000 ids", async () => {
    const ids = Array.from({ length: 3000 }, (_, i) => cpId(`cp-${String(i).padStart(4, "0")}`));
    const aliases = Array.from({ length: 15 }, (_, i) => `n${i}: nodes(ids: $ids) { id }`).join(" ");
    const started = performance.now();
    const result = await gql(`query($ids: [ID!]!) { ${aliases} }`, { ids });
    expect(result.status).toBe(400);
    expect(result.errors?.[0]?.message).toContain("at most 100");
    // Refused on sight: generous bound, far below the 34–68 s it took before.
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it("refuses ids that decode to something that is not one of ours", async () => {
    const nul = Buffer.from("ContactPoint:cp\u00000001").toString("base64");
    const result = await gql(`{ node(id: "${nul}") { id } }`);
    expect(result.status).toBe(400);
    expect(result.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });
});

describe("dates", () => {
  it.each([
    ["+010000-01-01T00:00:00Z"],
    ["0000-01-01T00:00:00Z"],
    ["-000001-01-01T00:00:00Z"],
    ["+275760-09-13T00:00:00Z"],
  ])("refuses %s as outside the years 1–9999", async (date) => {
    const result = await gql("query($from: DateTime) { offers(filter: { from: $from }) { totalCount } }", {
      from: date,
    });
    expect(result.status).toBe(400);
    expect(result.errors?.[0]?.message).toContain("years 1 to 9999");
  });

  it("accepts the first and the last possible day", async () => {
    const result = await gql(
      'query { offers(filter: { from: "0001-01-01T00:00:00Z", to: "9999-12-31T23:59:59Z" }) { totalCount } }',
    );
    expect(result.status).toBe(200);
    expect(result.data.offers.totalCount).toBeGreaterThan(0);
  });
});
