import { afterEach, describe, expect, it } from "vitest";
import { useTestApp } from "./support/test-app.ts";

const { ctx, ok } = useTestApp();

// The query the embeddable finder runs: one page of contact points with partner and district.
const WIDGET_QUERY = `query Widget($first: Int!, $near: NearInput) {
  contactPoints(first: $first, near: $near, filter: { rural: true }) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { id name street postcode city lat lng distanceKm phone email website languages services
      openingHours { day opens closes } wheelchairAccessible isSample
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
  it.each([10, 50, 100])("the widget query with %i results runs at most 3 statements", async (first) => {
    const { statements, data } = await statementsFor(WIDGET_QUERY, { first });
    expect(data.contactPoints.edges).toHaveLength(first);
    expect(statements.length, statements.join("\n---\n")).toBeLessThanOrEqual(3);
  });

  it("does not grow with the page size, with `near` as well", async () => {
    const near = { lat: 50.98, lng: 11.03, radiusKm: 150 };
    const small = await statementsFor(WIDGET_QUERY, { first: 5, near });
    const large = await statementsFor(WIDGET_QUERY, { first: 50, near });
    expect(large.statements.length).toBe(small.statements.length);
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
