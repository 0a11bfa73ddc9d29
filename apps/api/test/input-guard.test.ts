import { openDatabase, runInRequestScope } from "@kausa/db";
import { describe, expect, it } from "vitest";
import { createApp } from "../src/app.ts";
import { useTestApp } from "./support/test-app.ts";

const { ctx, gql } = useTestApp();

const fetchApp = (path: string, init: RequestInit = {}) => ctx.yoga.fetch(`http://localhost${path}`, init);

/** The JSON body of a response whatever its shape, with the status. */
async function answer(response: Response) {
  const text = await response.text();
  return { status: response.status, text, body: JSON.parse(text) as Record<string, unknown> };
}

type GraphQLBody = { errors?: { message: string; extensions?: Record<string, unknown> }[] };

describe("GeoJSON map layer: enum query parameters", () => {
  // Built-in object keys passed the old `value in Enum` check and crashed the query builder.
  const builtIns = ["constructor", "__proto__", "toString", "valueOf", "hasOwnProperty", "isPrototypeOf"];
  const params = ["services", "partnerTypes", "targetGroups", "offerKinds"];
  const cases = params.flatMap((param) => builtIns.map((value) => [param, value] as const));

  it.each(cases)("%s=%s is an unknown value (400)", async (param, value) => {
    const { status, body } = await answer(await fetchApp(`/map/contact-points.geojson?${param}=${value}`));
    expect(status).toBe(400);
    expect(body.error).toContain(`Unknown ${param}: ${value}.`);
    expect(body.error).toContain("Allowed:");
  });

  it("still accepts real values", async () => {
    const response = await fetchApp("/map/contact-points.geojson?services=TRAINING_COUNSELLING");
    expect(response.status).toBe(200);
  });

  it.each([
    ["NUL in search", `search=${encodeURIComponent("Beratung\u0000")}`, '"search" contains a NUL'],
    ["subnormal near", "near=5e-324,11,10", '"near" has a value that is a subnormal number'],
    ["subnormal bbox", "bbox=1e-310,50,12,51", '"bbox" has a value that is a subnormal number'],
    [
      "over-long districtKeys",
      `districtKeys=${"1".repeat(2001)}`,
      '"districtKeys" is 2001 characters long; at most 2000 are allowed',
    ],
  ])("%s answers 400", async (_name, query, message) => {
    const { status, body } = await answer(await fetchApp(`/map/contact-points.geojson?${query}`));
    expect(status).toBe(400);
    expect(body.error).toContain(message);
  });
});

describe("GeoJSON map layer: database trouble", () => {
  it("runs in a request scope of its own, not one a previous request left behind", async () => {
    // What an earlier operation's expired deadline looks like to code in the same async context.
    const expired = { signal: AbortSignal.abort(), deadline: 0 };
    const response = await runInRequestScope(expired, () => fetchApp("/map/contact-points.geojson"));
    expect(response.status).toBe(200);
    expect(((await response.json()) as { features: unknown[] }).features.length).toBeGreaterThan(0);
  });

  it("answers 503 with Retry-After when the database cannot be reached", async () => {
    // Nothing listens on port 1: every connection attempt is refused at once.
    const gone = await openDatabase({ kind: "postgres", url: "postgres://postgres@127.0.0.1:1/none" });
    try {
      const app = createApp({ db: gone, rateLimit: false });
      const response = await app.fetch("http://localhost/map/contact-points.geojson");
      expect(response.status).toBe(503);
      expect(Number(response.headers.get("retry-after"))).toBeGreaterThan(0);
      expect(await response.text()).not.toMatch(/ at |node_modules|\.ts:|ECONNREFUSED/);
    } finally {
      await gone.close();
    }
  });

  it("echoes at most a short excerpt of unknown values", async () => {
    const { status, body } = await answer(
      await fetchApp(`/map/contact-points.geojson?services=${"X".repeat(1500)}`),
    );
    expect(status).toBe(400);
    expect(String(body.error)).toMatch(/^Unknown services: X{40}…\. Allowed: /);
  });
});

describe("GraphQL over GET and form posts: parameters that are not JSON", () => {
  it.each([
    ["variables", "variables={bad"],
    ["extensions", "extensions={"],
    ["variables", "variables=%5B"],
  ])("malformed %s answers 400 naming the parameter", async (name, param) => {
    const response = await fetchApp(`/graphql?query=%7B__typename%7D&${param}`, {
      headers: { accept: "application/json" },
    });
    const { status, body } = await answer(response);
    expect(status).toBe(400);
    const [error] = (body as GraphQLBody).errors ?? [];
    expect(error?.message).toContain(`"${name}"`);
    expect(error?.message).toContain("not valid JSON");
    expect(error?.extensions?.code).toBe("BAD_REQUEST");
  });

  it("a form-encoded POST with malformed variables answers 400", async () => {
    const response = await fetchApp("/graphql", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", accept: "application/json" },
      body: "query=%7B__typename%7D&variables=%7Bbad",
    });
    const { status, body } = await answer(response);
    expect(status).toBe(400);
    expect((body as GraphQLBody).errors?.[0]?.message).toContain('"variables"');
  });

  it("well-formed GET parameters still work", async () => {
    const variables = encodeURIComponent(JSON.stringify({ first: 1 }));
    const response = await fetchApp(
      `/graphql?query=${encodeURIComponent("query($first: Int) { contactPoints(first: $first) { totalCount } }")}&variables=${variables}`,
      { headers: { accept: "application/json" } },
    );
    const { status, body } = await answer(response);
    expect(status).toBe(200);
    expect(body.data).toBeTruthy();
  });
});

describe("nesting depth", () => {
  const nestedList = (depth: number) => `${"[".repeat(depth)}"de"${"]".repeat(depth)}`;

  it("rejects a list literal nested 3,000 deep before any parser sees it", async () => {
    const result = await gql(`{ contactPoints(filter: { languages: ${nestedList(3000)} }) { totalCount } }`);
    expect(result.status).toBe(400);
    expect(result.errors?.[0]?.message).toMatch(/nest.*at most 50/);
    expect(result.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("rejects unbalanced deep nesting too (no closing brackets)", async () => {
    const result = await gql(`{ contactPoints(filter: { languages: ${"[".repeat(100_000 / 2)} `);
    expect(result.status).toBe(400);
  });

  it("ignores brackets inside strings and comments", async () => {
    const brackets = "[".repeat(60);
    const result = await gql(`# ${brackets}
      { places(search: "${brackets}") { name } }`);
    expect(result.status).toBe(200);
  });

  it("accepts nesting just within the limit (to the parser, which then rejects the type)", async () => {
    // 1 brace of the operation + 1 paren + 1 brace of the object + 47 brackets = 50 levels.
    const result = await gql(`{ contactPoints(filter: { languages: ${nestedList(47)} }) { totalCount } }`);
    expect(result.status).toBe(400);
    expect(result.errors?.[0]?.message).not.toMatch(/nest/);
  });

  it("rejects variables nested deeper than the limit", async () => {
    // Written by hand: JSON.stringify itself recurses per level.
    const deep = `${"[".repeat(5000)}"de"${"]".repeat(5000)}`;
    const query = "query($l: [String!]) { contactPoints(filter: { languages: $l }) { totalCount } }";
    const response = await fetchApp("/graphql", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: `{"query":${JSON.stringify(query)},"variables":{"l":${deep}}}`,
    });
    const { status, body } = await answer(response);
    expect(status).toBe(400);
    expect((body as GraphQLBody).errors?.[0]?.message).toMatch(/"\$l(\[0\])+[0-9[\]]*…" nests .* at most 50/);
  });

  it("accepts variables nested up to the limit (the schema then refuses the shape)", async () => {
    const deep = `${"[".repeat(50)}"de"${"]".repeat(50)}`;
    const query = "query($l: [String!]) { contactPoints(filter: { languages: $l }) { totalCount } }";
    const response = await fetchApp("/graphql", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: `{"query":${JSON.stringify(query)},"variables":{"l":${deep}}}`,
    });
    const { status, body } = await answer(response);
    expect(status).toBe(400);
    expect((body as GraphQLBody).errors?.[0]?.message).not.toMatch(/nests/);
  });
});

describe("strings and numbers that would fail in the database are the client's mistake", () => {
  const literalCases: [string, string, RegExp][] = [
    [
      "NUL in a search literal",
      '{ contactPoints(filter: { search: "Beratung\\u0000" }) { totalCount } }',
      /"contactPoints\(filter\.search\)".*NUL/,
    ],
    [
      "NUL in a region id literal",
      '{ offers(filter: { regionIds: ["nord\\u0000"] }) { totalCount } }',
      /"offers\(filter\.regionIds\[0\]\)".*NUL/,
    ],
    ["NUL in a place search", '{ places(search: "Erf\\u0000") { name } }', /"places\(search\)"/],
    [
      "NUL in a locale",
      '{ regions { name } offers(first: 1) { edges { node { title(locale: "d\\u0000") { text } } } } }',
      /"title\(locale\)"/,
    ],
    [
      "subnormal latitude",
      "{ contactPoints(near: { lat: 5e-324, lng: 11, radiusKm: 10 }) { totalCount } }",
      /"contactPoints\(near\.lat\)".*(subnormal|too close to zero)/,
    ],
    [
      "overflowing float literal",
      "{ partners(near: { lat: 51, lng: 1e400, radiusKm: 10 }) { totalCount } }",
      /"partners\(near\.lng\)".*finite/,
    ],
    [
      "NUL in a variable's default value",
      'query($s: String! = "Gotha\\u0000") { places(search: $s) { name } }',
      /The default value of "\$s" contains a NUL/,
    ],
    [
      "very long string",
      `{ districts(regionId: "${"x".repeat(2001)}") { name } }`,
      /"districts\(regionId\)" is 2001 characters long; at most 2000 are allowed/,
    ],
  ];
  it.each(literalCases)("%s → 400 BAD_USER_INPUT", async (_name, query, message) => {
    const result = await gql(query);
    expect(result.status).toBe(400);
    expect(result.errors?.[0]?.message).toMatch(message);
    expect(result.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  const variableCases: [string, string, Record<string, unknown>, RegExp][] = [
    [
      "lone surrogate in a search variable",
      "query($f: ContactPointFilter) { contactPoints(filter: $f) { totalCount } }",
      { f: { search: "Beratung \ud800" } },
      /"\$f\.search".*lone surrogate/,
    ],
    [
      "lone low surrogate in a list",
      "query($f: OfferFilter) { offers(filter: $f) { totalCount } }",
      { f: { languages: ["de", "\udc00"] } },
      /"\$f\.languages\[1\]"/,
    ],
    [
      "NUL in a place search variable",
      "query($s: String!) { places(search: $s) { name } }",
      { s: "Gotha\u0000" },
      /"\$s".*NUL/,
    ],
    [
      "subnormal number in a variable",
      "query($n: NearInput) { offers(near: $n) { totalCount } }",
      { n: { lat: 5e-324, lng: 11, radiusKm: 10 } },
      /"\$n\.lat"/,
    ],
    [
      "over-long string variable",
      "query($id: ID!) { node(id: $id) { id } }",
      { id: "A".repeat(5000) },
      /"\$id" is 5000 characters long; at most 2000 are allowed/,
    ],
  ];
  it.each(variableCases)("%s → 400 BAD_USER_INPUT", async (_name, query, variables, message) => {
    const result = await gql(query, variables);
    expect(result.status).toBe(400);
    expect(result.errors?.[0]?.message).toMatch(message);
    expect(result.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("a number too large for JSON (1e400 → Infinity) in the variables is refused", async () => {
    const response = await fetchApp("/graphql", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: '{"query":"query($n: NearInput) { contactPoints(near: $n) { totalCount } }","variables":{"n":{"lat":1e400,"lng":11,"radiusKm":5}}}',
    });
    const { status, body } = await answer(response);
    expect(status).toBe(400);
    expect((body as GraphQLBody).errors?.[0]?.message).toMatch(/"\$n\.lat".*finite/);
  });

  it("never echoes more than a short excerpt of the offending value", async () => {
    const result = await gql("query($s: String!) { places(search: $s) { name } }", {
      s: `${"\u0000".repeat(1)}${"y".repeat(1900)}`,
    });
    expect(result.status).toBe(400);
    expect(result.errors?.[0]?.message.length).toBeLessThan(300);
  });

  it("keeps ordinary hostile-looking text working (RTL marks, emoji, SQL)", async () => {
    const result = await gql("query($f: ContactPointFilter) { contactPoints(filter: $f) { totalCount } }", {
      f: { search: "\u202eBeratung 🙂 '; DROP TABLE x; --" },
    });
    expect(result.status).toBe(200);
    expect(result.data.contactPoints.totalCount).toBeGreaterThanOrEqual(0);
  });

  it("accepts small but normal numbers", async () => {
    const result = await gql(
      "{ contactPoints(near: { lat: 1e-300, lng: 11, radiusKm: 10 }) { totalCount } }",
    );
    expect(result.status).toBe(200);
  });
});

// Checked in the schema (packages/schema), listed here so that the edge is tested as a whole.
describe("dates and IDs the database cannot take are the client's mistake", () => {
  const id = (text: string) => Buffer.from(text).toString("base64");
  it.each([
    ['{ offers(filter: { from: "+010000-01-01T00:00:00Z" }) { totalCount } }'],
    ['{ offers(filter: { from: "0000-01-01T00:00:00Z" }) { totalCount } }'],
    ['{ offers(filter: { to: "-000001-01-01T00:00:00Z" }) { totalCount } }'],
    ['{ offers(filter: { to: "+275760-09-13T00:00:00Z" }) { totalCount } }'],
    [`{ node(id: "${id("ContactPoint:a\u0000b")}") { id } }`],
    [`{ node(id: "${id("Offer:\u0000")}") { id } }`],
    [`{ nodes(ids: ["${id("Partner:\u0000")}", "${id("Network:\u0000")}"]) { id } }`],
  ])("%s → 400", async (query) => {
    const result = await gql(query);
    expect(result.status).toBe(400);
    expect(result.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });
});
