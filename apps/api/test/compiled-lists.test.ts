import { CONTACT_POINTS, OFFERS } from "@kausa/widget/documents";
import fc from "fast-check";
import { print } from "graphql";
import { describe, expect, it } from "vitest";
import { useCompiledListApps } from "./support/compiled-lists-apps.ts";

// The compiled list path (packages/schema/src/compiled) answers the widget's list queries
// without the GraphQL executor. Every answer must be the executor's, byte for byte: each request
// goes to an app with the compiled path and to one without, and status, type and body must be
// equal. Each case also says whether the compiled path must have answered, so a change that
// quietly sends everything to the executor fails here too.

const { same, viaCache } = useCompiledListApps();

const WIDGET_LIST = print(CONTACT_POINTS as never);
const WIDGET_OFFERS = print(OFFERS as never);
const ERFURT = { lat: 50.978, lng: 11.029, radiusKm: 60 };

describe("the widget's list query", () => {
  it.each([
    ["the first page", { first: 20 }],
    ["a region, in Arabic", { first: 20, filter: { regionIds: ["nordthueringen"] }, locale: "ar" }],
    ["near Erfurt, by distance", { first: 50, near: ERFURT, locale: "fa" }],
    [
      "filters and the second page",
      { first: 5, after: "b2Zmc2V0OjQ", filter: { rural: true, services: ["MATCHING"] } },
    ],
    [
      "languages and a box",
      {
        first: 10,
        filter: { languages: ["ar", "uk"], bbox: { west: 10, south: 50.2, east: 12.7, north: 51.7 } },
      },
    ],
    ["a search", { first: 10, filter: { search: "Beratung Gotha" }, locale: "en" }],
    ["nothing found", { first: 10, filter: { bbox: { west: 5, south: 54, east: 5.5, north: 54.5 } } }],
    ["past the last page", { first: 10, after: "b2Zmc2V0Ojk5OTk" }],
  ])("%s: compiled, the executor's bytes", async (_name, variables) => {
    const result = await same(WIDGET_LIST, variables);
    expect(result.status).toBe(200);
    expect(result.compiled).toBe(true);
  });

  it("is compiled behind the response cache too, with the same answer (the cache adds its own fields)", async () => {
    const variables = { first: 20, near: ERFURT };
    const first = await viaCache(WIDGET_LIST, variables);
    expect(first.compiled).toBe(true);
    expect(first.body).toBe((await same(WIDGET_LIST, variables)).body);
    const again = await viaCache(WIDGET_LIST, variables);
    expect(again).toEqual({ ...first, compiled: false });
  });
});

describe("other selections on the compiled path", () => {
  it("aliases, fragments, __typename, cursors and page info, every type's id and dates", async () => {
    const query = `query($near: NearInput) {
      list: contactPoints(near: $near, first: 7) {
        __typename total: totalCount pageInfo { ...Page }
        edges { __typename cursor node { ...Point ... on ContactPoint { n: name city } } }
      } }
      fragment Point on ContactPoint { __typename id name district { __typename id key name rural kind }
        partner { id name type isSample } lastVerifiedAt updatedAt geoPrecision targetGroups services
        website openingHours { day opens closes } note: openingHoursNote(locale: "uk") { locale text isFallback } }
      fragment Page on PageInfo { hasNextPage hasPreviousPage startCursor endCursor }`;
    const result = await same(query, { near: ERFURT });
    expect(JSON.parse(result.body).data.list.edges).toHaveLength(7);
    expect(result.compiled).toBe(true);
  });

  it("one relation under two keys, with different fields", async () => {
    const result = await same(
      `{ contactPoints(first: 4) { edges { node { partner { name } org: partner { id type } district { key } } } } }`,
    );
    expect(JSON.parse(result.body).data.contactPoints.edges[0].node.org.type).toBeTruthy();
    expect(result.compiled).toBe(true);
  });

  it("the organisations' and the networks' lists", async () => {
    const partners = await same(
      `{ partners(first: 5, near: { lat: 50.98, lng: 11.03, radiusKm: 80 }) { totalCount edges { node { id name type updatedAt } } } }`,
    );
    expect(partners.compiled).toBe(true);
    const networks = await same(
      `query($filter: NetworkFilter) { networks(filter: $filter) { totalCount edges { node { id name kind } } } }`,
      { filter: { search: "Ausbildung" } },
      { "accept-language": "ar" },
    );
    expect(JSON.parse(networks.body).data.networks).toBeDefined();
    expect(networks.compiled).toBe(true);
  });

  it("generated selections, filters and pages", async () => {
    const fields = [
      "id",
      "name",
      "street",
      "postcode",
      "city",
      "lat",
      "lng",
      "geoPrecision",
      "distanceKm",
      "phone",
      "email",
      "website",
      "languages",
      "services",
      "targetGroups",
      "wheelchairAccessible",
      "appointmentRequired",
      "lastVerifiedAt",
      "isSample",
      "updatedAt",
      "openingHours { day closes }",
      "openingHoursNote { text isFallback locale }",
      "partner { name id }",
      "district { rural key id name }",
    ];
    const filters = [
      {},
      { rural: false },
      { services: ["TRAINING_COUNSELLING", "MATCHING"] },
      { regionIds: ["ostthueringen"], accessible: true },
      { search: "Jena" },
    ];
    await fc.assert(
      fc.asyncProperty(
        fc.subarray(fields, { minLength: 1 }),
        fc.shuffledSubarray(fields, { minLength: 1, maxLength: 3 }),
        fc.constantFrom(...filters),
        fc.integer({ min: 1, max: 30 }),
        fc.boolean(),
        async (selected, aliased, filter, first, near) => {
          const aliases = aliased.map((field, i) => `a${i}: ${field}`);
          const query = `query($filter: ContactPointFilter, $near: NearInput, $first: Int) {
            contactPoints(filter: $filter, near: $near, first: $first) {
              edges { node { ${[...selected, ...aliases].join(" ")} } } totalCount } }`;
          const result = await same(query, { filter, first, near: near ? ERFURT : null });
          expect(result.status).toBe(200);
          expect(result.compiled).toBe(true);
        },
      ),
      { numRuns: 30 },
    );
  });
});

describe("left to the executor, with its exact answer", () => {
  it.each([
    ["a list relation (the widget's offers)", WIDGET_OFFERS, { first: 5 }],
    ["a field with auth scopes", "{ contactPoints(first: 2) { edges { node { name externalKey } } } }", {}],
    [
      "a directive",
      "query($x: Boolean!) { contactPoints(first: 2) { edges { node { name @include(if: $x) } } } }",
      { x: true },
    ],
    ["two root fields", "{ contactPoints(first: 1) { totalCount } partners(first: 1) { totalCount } }", {}],
    [
      "a fragment on an interface",
      "{ contactPoints(first: 2) { edges { node { ... on Node { id } } } } }",
      {},
    ],
  ])("%s", async (_name, query, variables) => {
    const result = await same(query, variables);
    expect(result.compiled).toBe(false);
  });

  it.each([
    ["a page size out of range", { first: 0 }],
    ["a cursor not from this API", { first: 5, after: "bm9wZQ" }],
    ["a malformed language", { first: 5, locale: "!!" }],
    ["a variable of the wrong type", { first: "five" }],
    ["an invalid box", { first: 5, filter: { bbox: { west: 12, south: 50, east: 11, north: 51 } } }],
  ])("%s: the same error", async (_name, variables) => {
    const result = await same(WIDGET_LIST, variables);
    expect(result.status).toBeGreaterThanOrEqual(200);
    expect(JSON.parse(result.body).errors?.length).toBeGreaterThan(0);
    expect(result.compiled).toBe(false);
  });
});
