import { type ContactPointFilter, mapQuery, type Near } from "@kausa/filters";
import { describe, expect, it } from "vitest";
import { useTestApp } from "./support/test-app.ts";

const { ctx, ok } = useTestApp();

const CONTACT_POINT_IDS = /* GraphQL */ `
  query Ids($filter: ContactPointFilter, $near: NearInput, $after: String) {
    contactPoints(filter: $filter, near: $near, first: 100, after: $after) {
      edges { node { id } }
      pageInfo { hasNextPage endCursor }
    }
  }
`;

/** Every contact point the GraphQL API finds for the filter (all pages). */
async function graphqlIds(filter: ContactPointFilter, near: Near | null): Promise<string[]> {
  const ids: string[] = [];
  let after: string | null = null;
  do {
    const { contactPoints } = await ok(CONTACT_POINT_IDS, { filter, near, after });
    ids.push(...contactPoints.edges.map((edge: { node: { id: string } }) => edge.node.id));
    after = contactPoints.pageInfo.hasNextPage ? contactPoints.pageInfo.endCursor : null;
  } while (after);
  return ids.sort();
}

/** The map layer's markers for the filter, sent in the widget's encoding (mapQuery). */
async function mapIds(filter: ContactPointFilter, near: Near | null): Promise<string[]> {
  const response = await ctx.yoga.fetch(
    `http://localhost/map/contact-points.geojson?${mapQuery(filter, near)}`,
  );
  expect(response.status).toBe(200);
  const body = (await response.json()) as { features: { id: string }[] };
  return body.features.map((feature) => feature.id).sort();
}

// One of each kind of field (lists of enums and of strings, flags, text, bbox) and the origin.
const CASES: [string, ContactPointFilter, Near | null][] = [
  ["no filter", {}, null],
  ["an enum list", { services: ["MATCHING"] }, null],
  ["two lists together", { targetGroups: ["YOUNG_PEOPLE"], regionIds: ["nordthueringen"] }, null],
  ["a district and a flag", { districtKeys: ["16062"], rural: true }, null],
  ["a bounding box", { bbox: { west: 10.5, south: 50.8, east: 11.5, north: 51.2 } }, null],
  ["a text search", { search: "Beratung" }, null],
  ["a place and radius", {}, { lat: 51.5, lng: 10.8, radiusKm: 40 }],
];

describe("GET /map/contact-points.geojson with the widget's filter encoding", () => {
  it.each(CASES)("shows the same contact points as the GraphQL search: %s", async (_name, filter, near) => {
    const expected = await graphqlIds(filter, near);
    // A case without results would compare two empty lists and prove nothing.
    expect(expected.length).toBeGreaterThan(0);
    expect(await mapIds(filter, near)).toEqual(expected);
  });

  it("narrows with each filter (the cases above are not all the whole catalogue)", async () => {
    const all = await graphqlIds({}, null);
    const matching = await graphqlIds({ services: ["MATCHING"] }, null);
    expect(matching.length).toBeLessThan(all.length);
  });
});
