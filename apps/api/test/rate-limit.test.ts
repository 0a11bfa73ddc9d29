import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { createTestDatabase, type TestDatabase } from "@kausa/db/testing";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../src/app.ts";
import type { RateLimitConfig } from "../src/security/rate-limit.ts";

// Per-client budgets in memory (one instance), with budgets small enough to run out in a test.
let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.dispose());

type App = ReturnType<typeof createApp>;
const apps: App[] = [];
afterEach(async () => {
  await Promise.all(apps.splice(0).map((app) => app.dispose()));
});

const BIG = { points: 1_000_000, windowSeconds: 60 };
function app(rateLimit: Omit<RateLimitConfig, "enabled">): App {
  const yoga = createApp({
    db: t.db,
    rateLimit: { enabled: true, requests: BIG, cost: BIG, expensive: BIG, ...rateLimit },
  });
  apps.push(yoga);
  return yoga;
}

interface From {
  /** The socket's peer address (the Node adapter's `req.socket.remoteAddress`). */
  ip?: string;
  headers?: Record<string, string>;
}
/** As from a socket at `ip` (the Node adapter's server context), or with no server context at all. */
async function fetchFrom(yoga: App, url: string, init: RequestInit, ip?: string) {
  if (!ip) return yoga.fetch(url, init);
  const context = { req: { socket: { remoteAddress: ip } } };
  // The app declares no server context type of its own.
  return yoga.fetch(url, init, context as unknown as Record<string, never>);
}

function post(yoga: App, query: string, { ip, headers = {} }: From = {}, variables?: object) {
  const body = JSON.stringify({ query, variables });
  const init = { method: "POST", headers: { "content-type": "application/json", ...headers }, body };
  return fetchFrom(yoga, "http://localhost/graphql", init, ip);
}

function get(yoga: App, path: string, { ip, headers = {} }: From = {}) {
  return fetchFrom(yoga, `http://localhost${path}`, { headers }, ip);
}

/** Sends one request after the other (budgets count in order) and collects the statuses. */
async function statuses(sends: (() => Promise<Response>)[]) {
  const all: number[] = [];
  for (const send of sends) all.push((await send()).status);
  return all;
}

const repeat = (n: number, send: () => Promise<Response>) => statuses(new Array(n).fill(send));

const TYPENAME = "{ __typename }";
const QUERY = "{ regions { key name districts { key name } } }";

async function expectRateLimited(response: Response) {
  expect(response.status).toBe(429);
  const seconds = Number(response.headers.get("retry-after"));
  expect(Number.isInteger(seconds) && seconds >= 1 && seconds <= 60).toBe(true);
  expect(response.headers.get("ratelimit-remaining")).toBe("0");
  expect(await response.json()).toEqual({
    errors: [
      {
        message: `Too many requests: try again in ${seconds} s.`,
        extensions: { code: "RATE_LIMITED", retryAfterSeconds: seconds },
      },
    ],
  });
  return seconds;
}

describe("request budget", () => {
  it("answers 200 up to the budget and 429 with Retry-After and a GraphQL error body beyond it", async () => {
    const yoga = app({ requests: { points: 3, windowSeconds: 60 } });
    expect(await repeat(3, () => post(yoga, TYPENAME, { ip: "203.0.113.7" }))).toEqual([200, 200, 200]);

    const refused = await post(yoga, TYPENAME, { ip: "203.0.113.7" });
    expect(refused.headers.get("content-type")).toMatch(/^application\/json/);
    expect(refused.headers.get("ratelimit-limit")).toBe("3");
    expect(refused.headers.get("ratelimit-policy")).toBe("3;w=60");
    await expectRateLimited(refused);

    // Refused before anything is parsed: a malformed body gets the 429, not a 400.
    const malformed = await fetchFrom(
      yoga,
      "http://localhost/graphql",
      { method: "POST", headers: { "content-type": "application/json" }, body: "{not json" },
      "203.0.113.7",
    );
    expect(malformed.status).toBe(429);
  });

  it("counts GET /graphql too", async () => {
    const yoga = app({ requests: { points: 1, windowSeconds: 60 } });
    const url = `/graphql?query=${encodeURIComponent(TYPENAME)}`;
    const accept = { accept: "application/json" };
    expect((await get(yoga, url, { ip: "203.0.113.7", headers: accept })).status).toBe(200);
    await expectRateLimited(await get(yoga, url, { ip: "203.0.113.7", headers: accept }));
  });

  it("gives each client its own budget; requests without an address share one", async () => {
    const yoga = app({ requests: { points: 2, windowSeconds: 60 } });
    const send = (ip?: string) => post(yoga, TYPENAME, { ip });

    expect(await repeat(2, () => send("203.0.113.7"))).toEqual([200, 200]);
    expect((await send("203.0.113.7")).status).toBe(429);
    // The same IPv4 client on a dual-stack socket: the same budget.
    expect((await send("::ffff:203.0.113.7")).status).toBe(429);
    expect(await repeat(2, () => send("203.0.113.8"))).toEqual([200, 200]);

    // IPv6 clients count by /64: another address in the same /64 shares, the next /64 does not.
    expect(await repeat(2, () => send("2001:db8:1:2::1"))).toEqual([200, 200]);
    expect((await send("2001:db8:1:2:ffff::99")).status).toBe(429);
    expect((await send("2001:db8:1:3::1")).status).toBe(200);

    expect(await repeat(3, () => send(undefined))).toEqual([200, 200, 429]);
  });

  it("is full again after the window", async () => {
    const yoga = app({ requests: { points: 1, windowSeconds: 1 } });
    const send = () => post(yoga, TYPENAME, { ip: "203.0.113.7" });
    expect(await repeat(2, send)).toEqual([200, 429]);
    const deadline = Date.now() + 5_000;
    let status = 429;
    while (status === 429 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      status = (await send()).status;
    }
    expect(status).toBe(200);
  });

  it("is switched off by enabled: false", async () => {
    const yoga = createApp({ db: t.db, rateLimit: { enabled: false, requests: { points: 1 } } });
    apps.push(yoga);
    const responses = await repeat(3, () => post(yoga, TYPENAME, { ip: "203.0.113.7" }));
    expect(responses).toEqual([200, 200, 200]);
    expect((await post(yoga, TYPENAME)).headers.get("ratelimit-limit")).toBeNull();
  });
});

describe("client address behind reverse proxies", () => {
  const PROXY = "10.0.0.1";
  const via = (forwardedFor: string) => ({ ip: PROXY, headers: { "x-forwarded-for": forwardedFor } });

  it("ignores X-Forwarded-For without trusted proxies (anyone can write it)", async () => {
    const yoga = app({ requests: { points: 2, windowSeconds: 60 } });
    const sent = [via("198.51.100.1"), via("198.51.100.2"), via("198.51.100.3")];
    expect(await statuses(sent.map((from) => () => post(yoga, TYPENAME, from)))).toEqual([200, 200, 429]);
  });

  it("takes the address the trusted proxy saw, ignoring entries the client added on the left", async () => {
    const yoga = app({ requests: { points: 2, windowSeconds: 60 }, trustedProxies: 1 });
    const spoofed = [via("203.0.113.7"), via("1.1.1.1, 203.0.113.7"), via("9.9.9.9,2.2.2.2, 203.0.113.7")];
    expect(await statuses(spoofed.map((from) => () => post(yoga, TYPENAME, from)))).toEqual([200, 200, 429]);
    // Another client behind the same proxy has its own budget; the proxy's address is not a client.
    expect((await post(yoga, TYPENAME, via("203.0.113.7, 203.0.113.8"))).status).toBe(200);
    expect((await post(yoga, TYPENAME, via("198.51.100.1"))).status).toBe(200);
  });

  it("counts hops from the right with two trusted proxies", async () => {
    const yoga = app({ requests: { points: 1, windowSeconds: 60 }, trustedProxies: 2 });
    // Client 198.51.100.9 → CDN (appends it) → load balancer (appends the CDN, 10.0.0.2) → API.
    expect((await post(yoga, TYPENAME, via("6.6.6.6, 198.51.100.9, 10.0.0.2"))).status).toBe(200);
    expect((await post(yoga, TYPENAME, via("7.7.7.7, 198.51.100.9, 10.0.0.3"))).status).toBe(429);
    expect((await post(yoga, TYPENAME, via("6.6.6.6, 198.51.100.10, 10.0.0.2"))).status).toBe(200);
  });
});

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

describe("over a real socket", () => {
  it("counts by the socket's address and sends status and headers on the wire", async () => {
    const yoga = app({ requests: { points: 3, windowSeconds: 60 }, cost: { points: 2, windowSeconds: 60 } });
    const server = createServer(yoga);
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
      const send = () =>
        fetch(url, {
          method: "POST",
          headers: { "content-type": "application/json", "x-forwarded-for": "198.51.100.1" },
          body: JSON.stringify({ query: TYPENAME }),
        });
      const ok = await send();
      expect(ok.status).toBe(200);
      expect(ok.headers.get("ratelimit-remaining")).toBe("1");
      expect((await send()).status).toBe(200);
      // Refused by the cost budget, in onExecute: the status and Retry-After still reach the client.
      await expectRateLimited(await send());
      // Refused by the request budget, in onRequest.
      await expectRateLimited(await send());
      // The same socket address from yoga.fetch: the same client.
      expect((await post(yoga, TYPENAME, { ip: "127.0.0.1" })).status).toBe(429);
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
