import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { createApp } from "../src/app.ts";
import {
  expectRateLimited,
  fetchFrom,
  get,
  post,
  repeat,
  statuses,
  TYPENAME,
  useRateLimitedApps,
} from "./support/rate-limited-apps.ts";

// The request budget per client, and who a client is: its socket address, or the address a
// trusted reverse proxy saw.
const { t, apps, app } = useRateLimitedApps();

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
