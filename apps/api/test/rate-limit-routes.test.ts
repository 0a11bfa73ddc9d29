import { describe, expect, it } from "vitest";
import {
  BIG,
  fetchFrom,
  get,
  post,
  repeat,
  statuses,
  TYPENAME,
  useRateLimitedApps,
} from "./support/rate-limited-apps.ts";

// The plain HTTP routes under the budgets: the map layer and the calendar files count, static
// files and pages never do.
const { app } = useRateLimitedApps();

describe("map layer and static files", () => {
  const MAP = "/map/contact-points.geojson";

  it("limits the map layer (a request with a fixed cost) with a JSON error body", async () => {
    const yoga = app({ requests: { points: 2, windowSeconds: 60 }, mapCost: 250 });
    const first = await get(yoga, MAP, { ip: "203.0.113.7" });
    expect(first.status).toBe(200);
    expect(first.headers.get("x-query-cost")).toBe("250");
    expect(first.headers.get("ratelimit-remaining")).toBe(String(BIG.points - 250));
    expect((await get(yoga, MAP, { ip: "203.0.113.7" })).status).toBe(200);

    const refused = await get(yoga, MAP, { ip: "203.0.113.7" });
    expect(refused.status).toBe(429);
    const seconds = Number(refused.headers.get("retry-after"));
    expect(seconds).toBeGreaterThanOrEqual(1);
    expect(await refused.json()).toEqual({
      error: `Too many requests: try again in ${seconds} s.`,
      code: "RATE_LIMITED",
      retryAfterSeconds: seconds,
    });
    // One budget per client for the map layer and GraphQL.
    expect((await post(yoga, TYPENAME, { ip: "203.0.113.7" })).status).toBe(429);
  });

  it("counts the map layer's cost against the cost budget", async () => {
    const yoga = app({ cost: { points: 500, windowSeconds: 60 }, mapCost: 250 });
    expect(await repeat(3, () => get(yoga, MAP, { ip: "203.0.113.7" }))).toEqual([200, 200, 429]);
  });

  it("counts the calendar feed and the contact and event files like the map layer", async () => {
    const yoga = app({ cost: { points: 500, windowSeconds: 60 }, mapCost: 250 });
    const ip = "203.0.113.8";
    const feed = () => get(yoga, "/offers.ics", { ip });
    const first = await feed();
    expect(first.status).toBe(200);
    expect(first.headers.get("x-query-cost")).toBe("250");
    expect(await statuses([feed, () => get(yoga, "/contact-points/unknown.vcf", { ip })])).toEqual([
      200, 429,
    ]);
    expect((await get(yoga, "/offers/unknown.ics", { ip })).status).toBe(429);
  });

  it("never limits static files, GraphiQL's page, /health, /ready or CORS preflights", async () => {
    const yoga = app({ requests: { points: 1, windowSeconds: 60 } });
    const ip = "203.0.113.7";
    const paths = ["/", "/demo/iframe.html", "/embed?region=nordthueringen", "/embed/embed.css"];
    paths.push("/widget/kausa-widget.js", "/health", "/ready");
    const sends = paths.map((path) => () => get(yoga, path, { ip }));
    sends.push(() => get(yoga, "/graphql", { ip, headers: { accept: "text/html" } }));
    const preflight = {
      origin: "https://www.landkreis-beispiel.de",
      "access-control-request-method": "POST",
    };
    sends.push(() =>
      fetchFrom(yoga, "http://localhost/graphql", { method: "OPTIONS", headers: preflight }, ip),
    );
    const before = await statuses(sends);
    expect(before).toEqual([200, 200, 200, 200, 200, 200, 200, 200, 204]);

    expect((await post(yoga, TYPENAME, { ip })).status).toBe(200);
    expect((await post(yoga, TYPENAME, { ip })).status).toBe(429);
    expect(await statuses(sends)).toEqual(before);
  });
});
