import { describe, expect, it } from "vitest";
import {
  expectRateLimited,
  get,
  post,
  QUERY,
  repeat,
  TYPENAME,
  useRateLimitedApps,
} from "./support/rate-limited-apps.ts";

// The cost budget (each query's X-Query-Cost) and the small budget of expensive operations.
const { app } = useRateLimitedApps();

describe("cost budget", () => {
  /** The cost the API reports for QUERY (X-Query-Cost), from an app with room to spare. */
  async function costOf(query: string) {
    const response = await post(app({}), query, { ip: "192.0.2.1" });
    expect(response.status).toBe(200);
    return Number(response.headers.get("x-query-cost"));
  }

  it("takes each query's cost, says what is left, and refuses a query that costs more", async () => {
    const cost = await costOf(QUERY);
    expect(cost).toBeGreaterThanOrEqual(1);
    const yoga = app({ cost: { points: 3 * cost, windowSeconds: 60 } });

    for (const left of [2 * cost, cost, 0]) {
      const response = await post(yoga, QUERY, { ip: "203.0.113.7" });
      expect(response.status).toBe(200);
      expect(((await response.json()) as { data: { regions: unknown[] } }).data.regions).toHaveLength(4);
      expect(response.headers.get("x-query-cost")).toBe(String(cost));
      expect(response.headers.get("ratelimit-limit")).toBe(String(3 * cost));
      expect(response.headers.get("ratelimit-remaining")).toBe(String(left));
      const reset = Number(response.headers.get("ratelimit-reset"));
      expect(reset >= 1 && reset <= 60).toBe(true);
    }
    // Refused before the resolvers run: no data, only the error.
    const refused = await post(yoga, QUERY, { ip: "203.0.113.7" });
    expect(refused.headers.get("x-query-cost")).toBe(String(cost));
    await expectRateLimited(refused);
    // Other clients have their own points.
    expect((await post(yoga, QUERY, { ip: "203.0.113.8" })).status).toBe(200);
  });

  it("lets browsers on other origins read the headers", async () => {
    const yoga = app({});
    const origin = { origin: "https://www.landkreis-beispiel.de" };
    const graphql = await post(yoga, TYPENAME, { ip: "203.0.113.7", headers: origin });
    const exposed = (response: Response) =>
      (response.headers.get("access-control-expose-headers") ?? "").split(/,\s*/);
    for (const header of ["RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset", "Retry-After"])
      expect(exposed(graphql)).toContain(header);
    expect(exposed(graphql)).toContain("X-Query-Cost");
    const map = await get(yoga, "/map/contact-points.geojson", { ip: "203.0.113.7", headers: origin });
    expect(exposed(map)).toEqual(expect.arrayContaining(["ETag", "RateLimit-Remaining", "X-Query-Cost"]));
  });
});

describe("expensive operations", () => {
  const PLACES = '{ places(search: "Nordhausen", first: 1) { name } }';

  it("gives operations with a listed root field their own small budget", async () => {
    const yoga = app({ expensive: { points: 2, windowSeconds: 60, fields: ["places"] } });
    const send = (query: string) => post(yoga, query, { ip: "203.0.113.7" });
    expect(await repeat(2, () => send(PLACES))).toEqual([200, 200]);
    await expectRateLimited(await send(PLACES));
    // Hidden in a fragment or behind an alias: still the same field.
    const fragment = '{ ...F } fragment F on Query { here: places(search: "Erfurt") { name } }';
    expect((await send(fragment)).status).toBe(429);
    // Everything else goes on.
    expect((await send(QUERY)).status).toBe(200);
  });

  it("counts an operation that costs more than the threshold as expensive", async () => {
    const cost = await costOf(QUERY);
    const yoga = app({ expensive: { points: 1, windowSeconds: 60, fields: [], costThreshold: cost - 1 } });
    const send = (query: string) => post(yoga, query, { ip: "203.0.113.7" });
    expect(await repeat(2, () => send(QUERY))).toEqual([200, 429]);
    expect((await send(TYPENAME)).status).toBe(200);
  });

  async function costOf(query: string) {
    const response = await post(app({}), query, { ip: "192.0.2.1" });
    return Number(response.headers.get("x-query-cost"));
  }
});
