import { describe, expect, it } from "vitest";
import { LIMITS } from "../src/security/limits.ts";
import { useTestApp } from "./support/test-app.ts";

const { ctx, gql } = useTestApp();
const fetchApp = (path: string, init: RequestInit = {}) => ctx.yoga.fetch(`http://localhost${path}`, init);

describe("bad input gets a clear 400, never a 500", () => {
  const cases: [string, string, string][] = [
    [
      "page size too large",
      "{ contactPoints(first: 101) { totalCount } }",
      '"first" must be between 1 and 100',
    ],
    ["page size zero", "{ offers(first: 0) { totalCount } }", '"first" must be between 1 and 100'],
    ["backward paging", "{ partners(last: 5) { totalCount } }", "Backward pagination"],
    ["forged cursor", '{ contactPoints(after: "bm9wZQ") { totalCount } }', "cursor is not valid"],
    ["latitude", "{ contactPoints(near: { lat: 91, lng: 11, radiusKm: 5 }) { totalCount } }", "near.lat"],
    ["radius", "{ contactPoints(near: { lat: 51, lng: 11, radiusKm: 0 }) { totalCount } }", "near.radiusKm"],
    [
      "huge radius",
      "{ contactPoints(near: { lat: 51, lng: 11, radiusKm: 5000 }) { totalCount } }",
      "near.radiusKm",
    ],
    [
      "inverted bbox",
      "{ contactPoints(filter: { bbox: { west: 12, south: 50, east: 11, north: 51 } }) { totalCount } }",
      "bbox.west",
    ],
    [
      "unknown region",
      '{ contactPoints(filter: { regionIds: ["atlantis"] }) { totalCount } }',
      "Unknown regionIds",
    ],
    [
      "unknown district",
      '{ offers(filter: { districtKeys: ["99999"] }) { totalCount } }',
      "Unknown districtKeys",
    ],
    ["language code", '{ contactPoints(filter: { languages: ["Arabic"] }) { totalCount } }', "ISO 639-1"],
    [
      "search too long",
      `{ contactPoints(filter: { search: "${"a".repeat(201)}" }) { totalCount } }`,
      "at most 200",
    ],
    ["empty place search", '{ places(search: "  ") { name } }', "must not be empty"],
    [
      "date range",
      '{ offers(filter: { from: "2027-02-01", to: "2027-01-01" }) { totalCount } }',
      '"from" must not be after "to"',
    ],
    ["bad date", '{ offers(filter: { from: "next tuesday" }) { totalCount } }', "ISO 8601"],
    [
      "bad locale",
      '{ offers(first: 1) { edges { node { title(locale: "<script>") { text } } } } }',
      "language tag",
    ],
    ["bad node id", '{ node(id: "not-an-id") { id } }', "not an ID from this API"],
    ["unknown enum", "{ contactPoints(filter: { services: [FLYING] }) { totalCount } }", "FLYING"],
    ["unknown field", "{ contactPoints { secret } }", 'Cannot query field "secret"'],
    ["syntax", "{ contactPoints(first: ", "Syntax Error"],
  ];
  it.each(cases)("%s", async (_name, query, message) => {
    const result = await gql(query);
    expect(result.status).toBe(400);
    expect(result.errors?.[0]?.message).toContain(message);
  });

  it("answers 400 to a body that is not JSON and 413 to an oversized body", async () => {
    const notJson = await fetchApp("/graphql", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "{",
    });
    expect(notJson.status).toBe(400);
    const big = JSON.stringify({ query: `{ __typename } #${"x".repeat(LIMITS.maxBodyBytes)}` });
    const tooBig = await fetchApp("/graphql", {
      method: "POST",
      headers: { "content-type": "application/json", "content-length": String(big.length) },
      body: big,
    });
    expect(tooBig.status).toBe(413);
    expect(
      ((await tooBig.json()) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code,
    ).toBe("REQUEST_ENTITY_TOO_LARGE");
  });

  it("masks internal errors", async () => {
    const result = await gql("{ __typename }");
    expect(result.status).toBe(200);
  });
});

describe("query limits", () => {
  it("rejects queries deeper than the limit", async () => {
    let selection = "name";
    for (let i = 0; i < 6; i++) selection = `partner { contactPoints { ${selection} } }`;
    const result = await gql(`{ contactPoints(first: 1) { edges { node { ${selection} } } } }`);
    expect(result.status).toBe(400);
    expect(result.errors?.[0]?.message).toMatch(/depth/i);
  });

  it("rejects too many aliases", async () => {
    const aliases = Array.from({ length: LIMITS.maxAliases + 1 }, (_, i) => `r${i}: regions { key }`).join(
      " ",
    );
    const result = await gql(`{ ${aliases} }`);
    expect(result.status).toBe(400);
    expect(result.errors?.[0]?.message).toMatch(/alias/i);
  });

  it("rejects too many tokens", async () => {
    const fields = Array.from({ length: LIMITS.maxTokens }, () => "key").join(" ");
    const result = await gql(`{ regions { ${fields} } }`);
    expect(result.status).toBe(400);
    expect(result.errors?.[0]?.message).toMatch(/token/i);
  });

  it("rejects queries over the cost limit", async () => {
    const result =
      await gql(`{ contactPoints(first: 100) { edges { node { name offers { title { text } partner { name
      contactPoints { name } } } } } } }`);
    expect(result.status).toBe(400);
    expect(result.errors?.[0]?.message).toMatch(/cost/i);
  });
});

describe("CORS", () => {
  it("lets any origin read, never with credentials", async () => {
    const preflight = await fetchApp("/graphql", {
      method: "OPTIONS",
      headers: {
        origin: "https://www.landkreis-example.de",
        "access-control-request-method": "POST",
        "access-control-request-headers": "content-type",
      },
    });
    expect(preflight.status).toBeLessThan(300);
    expect(preflight.headers.get("access-control-allow-origin")).toMatch(
      /^(\*|https:\/\/www\.landkreis-example\.de)$/,
    );
    expect(preflight.headers.get("access-control-allow-credentials")).toBeNull();
    const actual = await gql("{ regions { key } }", undefined, { origin: "https://evil.example" });
    expect(actual.headers.get("access-control-allow-credentials")).toBeNull();
  });
});

describe("plain HTTP endpoints", () => {
  it("reports liveness and readiness", async () => {
    expect((await fetchApp("/health")).status).toBe(200);
    const ready = await fetchApp("/ready");
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: "ready", database: ctx.kind });
  });

  it("serves GraphiQL to browsers on /graphql", async () => {
    const page = await fetchApp("/graphql", { headers: { accept: "text/html" } });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("GraphiQL");
  });

  it("serves the filtered map layer as small, cacheable GeoJSON with an ETag", async () => {
    const url = "/map/contact-points.geojson?regionIds=nordthueringen&services=TRAINING_COUNSELLING,MATCHING";
    const first = await fetchApp(url);
    expect(first.status).toBe(200);
    expect(first.headers.get("content-type")).toContain("application/geo+json");
    expect(first.headers.get("access-control-allow-credentials")).toBeNull();
    const etag = first.headers.get("etag");
    expect(etag).toBeTruthy();
    const body = (await first.json()) as {
      type: string;
      features: { id: string; properties: object; geometry: { coordinates: number[] } }[];
    };
    expect(body.type).toBe("FeatureCollection");
    expect(body.features.length).toBeGreaterThan(0);
    expect(Object.keys(body.features[0]!.properties).sort()).toEqual(["kind", "name", "rural"]);

    const again = await fetchApp(url, { headers: { "if-none-match": etag! } });
    expect(again.status).toBe(304);

    const gqlMap =
      await gql(`{ contactPointMap(filter: { regionIds: ["nordthueringen"], services: [TRAINING_COUNSELLING, MATCHING] }) {
      type features { id properties { name kind rural } geometry { coordinates } } } }`);
    expect(gqlMap.data.contactPointMap.features.map((f: { id: string }) => f.id)).toEqual(
      body.features.map((f) => f.id),
    );
  });

  it("answers bad map queries with 400 and a reason", async () => {
    for (const query of [
      "services=FLYING",
      "bbox=1,2,3",
      "near=51,11,0",
      "rural=maybe",
      "regionIds=atlantis",
    ]) {
      const response = await fetchApp(`/map/contact-points.geojson?${query}`);
      expect(response.status, query).toBe(400);
      expect(((await response.json()) as { error: string }).error.length).toBeGreaterThan(10);
    }
    expect((await fetchApp("/map/contact-points.geojson", { method: "POST" })).status).toBe(405);
  });
});
