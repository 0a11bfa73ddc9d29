import { afterEach, describe, expect, it } from "vitest";
import { useTestApp } from "./support/test-app.ts";

const { ctx, ok } = useTestApp();

// The query the embeddable finder runs: one page of contact points with partner and district.
const WIDGET_QUERY = `query Widget($first: Int!, $near: NearInput, $after: String) {
  contactPoints(first: $first, near: $near, after: $after, filter: { rural: true }) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { id name street postcode city lat lng distanceKm phone email website languages services
      openingHours { day opens closes } openingHoursNote(locale: "ar") { text isFallback }
      wheelchairAccessible isSample lastVerifiedAt updatedAt
      partner { id name type } district { key name rural } } }
  }
}`;

let stop: (() => void) | undefined;
afterEach(() => stop?.());

async function statementsFor(query: string, variables: Record<string, unknown>) {
  const statements: string[] = [];
  stop = ctx.db.onQuery((sql) => statements.push(sql));
  const data = await ok(query, variables);
  stop();
  return { statements, data };
}

describe("N+1 guard: SQL statements per operation", () => {
  it.each([10, 50, 100])("the widget query with %i results is one statement", async (first) => {
    const { statements, data } = await statementsFor(WIDGET_QUERY, { first });
    expect(data.contactPoints.edges).toHaveLength(first);
    expect(statements, statements.join("\n---\n")).toHaveLength(1);
  });

  it("is one statement with `near` as well, and never reads a district's boundary", async () => {
    const near = { lat: 50.98, lng: 11.03, radiusKm: 150 };
    const { statements, data } = await statementsFor(WIDGET_QUERY, { first: 50, near });
    expect(data.contactPoints.edges.length).toBeGreaterThan(10);
    expect(statements).toHaveLength(1);
    expect(statements[0]).not.toContain("boundary");
    // Only what the query selects: no description, no editing columns.
    expect(statements[0]).not.toMatch(/"(description|externalKey|verifiedById|version)"/);
  });

  it("counts separately only past the last page (two statements)", async () => {
    const { data: first } = await statementsFor(WIDGET_QUERY, { first: 1 });
    const total = first.contactPoints.totalCount as number;
    const past = Buffer.from(`offset:${total + 5}`).toString("base64url");
    const { statements, data } = await statementsFor(WIDGET_QUERY, { first: 10, after: past });
    expect(data.contactPoints.edges).toHaveLength(0);
    expect(data.contactPoints.totalCount).toBe(total);
    expect(statements).toHaveLength(2);
  });

  it("place search is one statement with the district's name, without its boundary", async () => {
    const { statements, data } = await statementsFor(
      `query { places(search: "Nordhausen", first: 8) { postcode name lat lng district { name } } }`,
      {},
    );
    expect(data.places.length).toBeGreaterThan(0);
    expect(data.places[0].district.name).toBe("Nordhausen");
    expect(statements).toHaveLength(1);
    expect(statements[0]).not.toContain("boundary");
  });

  it("the map layer is one statement", async () => {
    const statements: string[] = [];
    stop = ctx.db.onQuery((sql) => statements.push(sql));
    const response = await ctx.yoga.fetch("http://localhost/map/contact-points.geojson?rural=true");
    const body = (await response.json()) as { features: unknown[] };
    stop();
    expect(response.status).toBe(200);
    expect(body.features.length).toBeGreaterThan(10);
    expect(statements).toHaveLength(1);
  });

  it("loads offers with their partner and contact points in a constant number of statements", async () => {
    const query = `query O($first: Int!) { offers(first: $first) { edges { node { title { text } partner { name }
      contactPoints { name district { name } } regions { key } } } } }`;
    const small = await statementsFor(query, { first: 5 });
    const large = await statementsFor(query, { first: 60 });
    expect(large.statements.length).toBe(small.statements.length);
    expect(large.statements.length).toBeLessThanOrEqual(3);
  });
});
