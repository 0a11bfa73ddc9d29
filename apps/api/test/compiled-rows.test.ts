import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { useTestApp } from "./support/test-app.ts";

// A list page whose selection compiles (columns and to-one relations) is loaded by one SQL
// statement that builds each row as JSON (packages/schema/src/search/row-json.ts); a selection
// with a list relation takes Prisma's path. Both must answer byte for byte the same: each case
// runs once as is and once with a list relation added (which forces Prisma's path), and the
// answers, with that relation removed again, must be identical.

const { ctx, ok } = useTestApp();

const CONTACT_POINT = `id name street postcode city lat lng geoPrecision distanceKm phone email website
  languages services targetGroups wheelchairAccessible appointmentRequired lastVerifiedAt isSample updatedAt
  openingHours { day opens closes } openingHoursNote(locale: $locale) { text locale isFallback }
  partner { id name type website logoUrl isSample updatedAt description(locale: $locale) { text locale isFallback } }
  district { id key name kind rural settlementType settlementTypeLabel settlementType2024 thuenenType
    thuenenTypeLabel ruralityIndex region { id key name } }`;

const PARTNER = `id name type website logoUrl isSample updatedAt distanceKm
  description(locale: $locale) { text locale isFallback }`;

function listQuery(field: string, node: string, extra: string) {
  return `query($filter: ${field === "contactPoints" ? "ContactPointFilter" : "PartnerFilter"}, $near: NearInput,
      $first: Int, $after: String, $locale: String) {
    ${field}(filter: $filter, near: $near, first: $first, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ${node} ${extra} } } } }`;
}

// A list relation is not compiled: adding one sends the same page through Prisma.
const FORCE_PRISMA = { contactPoints: "offers { id }", partners: "contactPoints { id }" };

async function bothPaths(field: "contactPoints" | "partners", variables: Record<string, unknown>) {
  const node = field === "contactPoints" ? CONTACT_POINT : PARTNER;
  const statements: string[] = [];
  const stop = ctx.db.onQuery((sql) => statements.push(sql));
  const compiled = await ok(listQuery(field, node, ""), variables).finally(stop);
  // The compiled path is taken: one statement (a second only counts past the last page).
  expect(statements.length, statements.join("\n---\n")).toBe(
    compiled[field].edges.length === 0 && variables.after ? 2 : 1,
  );
  const viaPrisma = await ok(listQuery(field, node, FORCE_PRISMA[field]), variables);
  const relation = field === "contactPoints" ? "offers" : "contactPoints";
  for (const edge of viaPrisma[field].edges) delete edge.node[relation];
  return { compiled: JSON.stringify(compiled), viaPrisma: JSON.stringify(viaPrisma), data: compiled[field] };
}

const NORDHAUSEN = { lat: 51.505, lng: 10.791, radiusKm: 60 };

describe("compiled list pages answer exactly as Prisma's path", () => {
  it.each([
    ["the default order", {}],
    ["near, by distance", { near: NORDHAUSEN }],
    ["a search, by relevance, in Arabic", { filter: { search: "Beratung" }, locale: "ar" }],
    [
      "filters and the second page",
      { filter: { rural: true, services: ["MATCHING"] }, first: 3, after: "b2Zmc2V0OjI" },
    ],
    [
      "languages and a bounding box",
      { filter: { languages: ["ar", "fa"], bbox: { west: 9.8, south: 50.2, east: 12.7, north: 51.7 } } },
    ],
  ])("contact points: %s", async (_label, variables) => {
    const { compiled, viaPrisma, data } = await bothPaths("contactPoints", { first: 20, ...variables });
    expect(data.edges.length).toBeGreaterThan(0);
    expect(compiled).toBe(viaPrisma);
  });

  it("partners, near a place and by name", async () => {
    for (const variables of [{ near: NORDHAUSEN }, { locale: "fa" }]) {
      const { compiled, viaPrisma, data } = await bothPaths("partners", { first: 30, ...variables });
      expect(data.edges.length).toBeGreaterThan(0);
      expect(compiled).toBe(viaPrisma);
    }
  });

  it("for any combination of filters", async () => {
    const filter = fc.record(
      {
        rural: fc.boolean(),
        services: fc.subarray(["TRAINING_COUNSELLING", "MATCHING", "LANGUAGE_COURSES", "APPLICATION_HELP"], {
          minLength: 1,
        }),
        languages: fc.subarray(["de", "ar", "fa", "uk", "en"], { minLength: 1 }),
        regionIds: fc.subarray(
          ["nordthueringen", "mittelthueringen", "ostthueringen", "suedwestthueringen"],
          {
            minLength: 1,
          },
        ),
        accessible: fc.boolean(),
      },
      { requiredKeys: [] },
    );
    const near = fc.option(
      fc.record({
        lat: fc.double({ min: 50.3, max: 51.6, noNaN: true }),
        lng: fc.double({ min: 9.9, max: 12.6, noNaN: true }),
        radiusKm: fc.integer({ min: 5, max: 120 }),
      }),
      { nil: undefined },
    );
    await fc.assert(
      fc.asyncProperty(filter, near, fc.constantFrom("de", "ar", "en"), async (f, n, locale) => {
        const { compiled, viaPrisma } = await bothPaths("contactPoints", {
          filter: f,
          near: n,
          locale,
          first: 15,
        });
        expect(compiled).toBe(viaPrisma);
      }),
      { numRuns: 25 },
    );
  });
});
