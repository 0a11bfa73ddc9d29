import { describe, expect, it } from "vitest";
import { LIMITS } from "../src/security/limits.ts";
import { useTestApp } from "./support/test-app.ts";

const { ctx, gql } = useTestApp();
const cpId = (id: string) => Buffer.from(`ContactPoint:${id}`).toString("base64");

// Two aliases of a page of `$n` contact points with their offers and the offers' partners.
// Each costs the ranked list (1,000) + n × (node 1 + name 1 + offers (1 + 10 × (title 2 + partner 2)))
// = 1,000 + 43 n: 9,998 in all for n = 93, 10,084 for n = 94.
const TWO_PAGES = `query Pages($n: Int) { ${["a", "b"]
  .map(
    (alias) =>
      `${alias}: contactPoints(first: $n) { edges { node { name offers { title { text } partner { name } } } } }`,
  )
  .join(" ")} }`;

describe("query cost", () => {
  it("multiplies by the page size given in a variable, just inside and just outside the limit", async () => {
    expect(LIMITS.maxCost).toBe(10_000);
    const inside = await gql(TWO_PAGES, { n: 93 });
    expect(inside.status).toBe(200);
    expect(inside.data.b.edges).toHaveLength(93);

    const outside = await gql(TWO_PAGES, { n: 94 });
    expect(outside.status).toBe(400);
    expect(outside.errors?.[0]?.extensions).toMatchObject({
      code: "QUERY_TOO_COSTLY",
      cost: 10_084,
      maxCost: 10_000,
    });
    expect(outside.errors?.[0]?.message).toContain("fewer items per page");
  });

  it("counts every alias of the same field", async () => {
    const pages = (count: number) =>
      `{ ${Array.from({ length: count }, (_, i) => `a${i}: contactPoints(first: 100) { edges { node { name offers { title { text } } } } }`).join(" ")} }`;
    // One alias: 1,000 + 100 × (node 1 + name 1 + offers (1 + 10 × (title 1 + text 1))) = 3,300;
    // three cost 9,900, four 13,200.
    expect((await gql(pages(3))).status).toBe(200);
    const four = await gql(pages(4));
    expect(four.status).toBe(400);
    expect(four.errors?.[0]?.extensions?.cost).toBe(13_200);
  });

  it("prices each search word: a long search costs more than a short one", async () => {
    const search = (words: number) =>
      gql(
        `query($s: String) { a: contactPoints(first: 1, filter: { search: $s }) { totalCount } b: contactPoints(first: 1, filter: { search: $s }) { totalCount } c: contactPoints(first: 1, filter: { search: $s }) { totalCount } }`,
        {
          s: Array.from({ length: words }, () => "Beratung").join(" "),
        },
      );
    // Three lists: 3 × (1,000 + 150 w + totalCount 1) → 11 words cost 7,953, 16 words 10,203.
    expect((await search(11)).status).toBe(200);
    const long = await search(16);
    expect(long.status).toBe(400);
    expect(long.errors?.[0]?.extensions?.cost).toBe(10_203);
  });

  it("counts search words as the database splits them, glued with hyphens or not", async () => {
    const cost = async (search: string) => {
      const result = await gql(
        `query($s: String) { a: contactPoints(first: 1, filter: { search: $s }) { totalCount } b: contactPoints(first: 1, filter: { search: $s }) { totalCount } c: contactPoints(first: 1, filter: { search: $s }) { totalCount } }`,
        { s: search },
      );
      return result.status === 400 ? result.errors?.[0]?.extensions?.cost : "accepted";
    };
    const words = Array.from({ length: 16 }, (_, i) => `wort${i}`);
    // 3 × (1,000 + 16 × 150 + 1) = 10,203 either way.
    expect(await cost(words.join(" "))).toBe(10_203);
    expect(await cost(words.join("-"))).toBe(10_203);
  });

  it("prices introspection: the whole schema is a large answer", async () => {
    const schemaQuery = (n: number) =>
      `{ ${Array.from({ length: n }, (_, i) => `s${i}: __schema { types { name fields { name } } }`).join(" ")} }`;
    // Each costs 1,000 + 1 for the field: nine cost 9,009, ten 10,010.
    expect((await gql(schemaQuery(9))).status).toBe(200);
    const ten = await gql(schemaQuery(10));
    expect(ten.status).toBe(400);
    expect(ten.errors?.[0]?.extensions?.cost).toBe(10_010);
  });

  it("prices a partner's contact points as a large list", async () => {
    const partner = Buffer.from("Partner:partner-kausa-thueringen").toString("base64");
    const query = (n: number) =>
      `query($ids: [ID!]!) { ${Array.from({ length: n }, (_, i) => `n${i}: nodes(ids: $ids) { ... on Partner { contactPoints { id } } }`).join(" ")} }`;
    const ids = Array.from({ length: 100 }, () => partner);
    // Per alias: 1 + 100 × (contactPoints 1 + 50 × id 1) = 5,101.
    expect((await gql(query(1), { ids })).status).toBe(200);
    const two = await gql(query(2), { ids });
    expect(two.status).toBe(400);
    expect(two.errors?.[0]?.extensions?.cost).toBe(10_202);
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
    const spread = (count: number) =>
      `query($n: Int) { ${Array.from({ length: count }, (_, i) => `c${i}: contactPoints(first: $n) { ...Page }`).join(" ")} }
      fragment Page on ContactPointConnection { edges { node { name offers { title { text } } } } }`;
    // Per alias: 1,000 + n × (node 1 + name 1 + offers (1 + 10 × (title 1 + text 1))) = 1,000 + 23 n.
    expect((await gql(spread(4), { n: 65 })).status).toBe(200); // 4 × 2,495 = 9,980
    const refused = await gql(spread(4), { n: 66 }); // 4 × 2,518 = 10,072
    expect(refused.status).toBe(400);
    expect(refused.errors?.[0]?.extensions?.cost).toBe(10_072);
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

  it("loads 100 ids in one statement per type, in order, with drafts and unknown ids as null", async () => {
    const ids = Array.from({ length: 98 }, (_, i) => cpId(`cp-${String(i + 1).padStart(4, "0")}`));
    await ctx.db.prisma.contactPoint.update({ where: { id: "cp-0002" }, data: { status: "DRAFT" } });
    const statements: string[] = [];
    const stop = ctx.db.onQuery((sql) => statements.push(sql));
    try {
      const region = Buffer.from("Region:nordthueringen").toString("base64");
      const unknown = Buffer.from("Partner:no-such-partner").toString("base64");
      const result = await gql(
        `query($ids: [ID!]!) { nodes(ids: $ids) { id ... on ContactPoint { name partner { name } } ... on Region { name } } }`,
        { ids: [...ids, region, unknown] },
      );
      expect(result.status).toBe(200);
      const nodes = result.data.nodes as ({ id: string; name: string } | null)[];
      expect(nodes).toHaveLength(100);
      expect(nodes[0]?.id).toBe(ids[0]);
      expect(nodes[1]).toBeNull(); // the draft
      expect(nodes[97]?.id).toBe(ids[97]);
      expect(nodes[98]).toEqual({ id: region, name: "Nordthüringen" });
      expect(nodes[99]).toBeNull();
      // Contact points with their partners, regions, partners: one statement each at most.
      expect(statements.length).toBeLessThanOrEqual(4);
      const single = await gql(`{ node(id: "${ids[1]}") { id } }`);
      expect(single.data.node).toBeNull();
    } finally {
      stop();
      await ctx.db.prisma.contactPoint.update({ where: { id: "cp-0002" }, data: { status: "PUBLISHED" } });
    }
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
