import { describe, expect, it } from "vitest";
import { clientAddress, clientBucket, plainAddress, socketAddress } from "../src/security/client-ip.ts";
import { RATE_LIMIT_DEFAULTS, rateLimitConfigFromEnv } from "../src/security/rate-limit.ts";
import { resolveRateLimitSettings } from "../src/security/rate-limit-config.ts";

describe("rate limit configuration from the environment", () => {
  it("defaults to limits on, in memory, with the documented budgets", () => {
    const settings = resolveRateLimitSettings(rateLimitConfigFromEnv({}));
    expect(settings).toMatchObject({
      requests: { points: 600, windowSeconds: 60 },
      cost: { points: 200_000, windowSeconds: 60 },
      expensive: { points: 10, windowSeconds: 60, costThreshold: 8_000 },
      mapCost: 2_000,
      trustedProxies: 0,
      redisUrl: undefined,
      redisKeyPrefix: "kausa:rate-limit",
      redisTimeoutMs: 100,
    });
    expect([...settings.expensive.fields]).toEqual(["login", "reportOutdated"]);
    expect(RATE_LIMIT_DEFAULTS.requests.points).toBe(600);
    // createApp's default, `{ enabled: true }`, means the same.
    expect(resolveRateLimitSettings({ enabled: true })).toEqual(settings);
  });

  it("reads every variable", () => {
    const config = rateLimitConfigFromEnv({
      RATE_LIMIT: "true",
      RATE_LIMIT_REQUESTS: "1200",
      RATE_LIMIT_REQUESTS_WINDOW_SECONDS: "30",
      RATE_LIMIT_COST: "200_000",
      RATE_LIMIT_COST_WINDOW_SECONDS: "120",
      RATE_LIMIT_EXPENSIVE: "5",
      RATE_LIMIT_EXPENSIVE_WINDOW_SECONDS: "300",
      RATE_LIMIT_EXPENSIVE_FIELDS: " login, reportOutdated ,subscribeNewsletter",
      RATE_LIMIT_EXPENSIVE_COST: "9000",
      RATE_LIMIT_MAP_COST: "400",
      TRUSTED_PROXIES: "2",
      REDIS_URL: "redis://:secret@redis.internal:6380/2",
      RATE_LIMIT_REDIS_PREFIX: "kausa-staging:rl",
      RATE_LIMIT_REDIS_TIMEOUT_MS: "250",
    });
    const settings = resolveRateLimitSettings(config);
    expect(settings).toMatchObject({
      requests: { points: 1200, windowSeconds: 30 },
      cost: { points: 200_000, windowSeconds: 120 },
      expensive: { points: 5, windowSeconds: 300, costThreshold: 9000 },
      mapCost: 400,
      trustedProxies: 2,
      redisUrl: "redis://:secret@redis.internal:6380/2",
      redisKeyPrefix: "kausa-staging:rl",
      redisTimeoutMs: 250,
    });
    expect([...settings.expensive.fields]).toEqual(["login", "reportOutdated", "subscribeNewsletter"]);
    expect(rateLimitConfigFromEnv({ RATE_LIMIT_EXPENSIVE_FIELDS: "" }).expensive?.fields).toEqual([]);
  });

  it("turns the limits off with RATE_LIMIT=false", () => {
    expect(rateLimitConfigFromEnv({ RATE_LIMIT: "false" })).toEqual({ enabled: false });
    expect(rateLimitConfigFromEnv({ RATE_LIMIT: "0" })).toEqual({ enabled: false });
  });

  it.each([
    [{ RATE_LIMIT: "maybe" }, 'RATE_LIMIT must be true or false (got "maybe")'],
    [{ RATE_LIMIT_REQUESTS: "0" }, 'RATE_LIMIT_REQUESTS must be an integer from 1 to 1000000000 (got "0")'],
    [{ RATE_LIMIT_REQUESTS: "10.5" }, "RATE_LIMIT_REQUESTS must be an integer"],
    [{ RATE_LIMIT_REQUESTS_WINDOW_SECONDS: "1m" }, "RATE_LIMIT_REQUESTS_WINDOW_SECONDS must be an integer"],
    [{ RATE_LIMIT_COST: "5000" }, "RATE_LIMIT_COST must be an integer from 10000"],
    [{ RATE_LIMIT_COST_WINDOW_SECONDS: "-60" }, "RATE_LIMIT_COST_WINDOW_SECONDS must be an integer"],
    [{ RATE_LIMIT_EXPENSIVE: "lots" }, "RATE_LIMIT_EXPENSIVE must be an integer"],
    [
      { RATE_LIMIT_EXPENSIVE_FIELDS: "login,report-outdated" },
      'GraphQL field names, comma-separated (got "report-outdated")',
    ],
    [{ RATE_LIMIT_EXPENSIVE_COST: "x" }, "RATE_LIMIT_EXPENSIVE_COST must be an integer"],
    [{ RATE_LIMIT_MAP_COST: "0" }, "RATE_LIMIT_MAP_COST must be an integer from 1 to 10000"],
    [{ TRUSTED_PROXIES: "true" }, 'TRUSTED_PROXIES must be an integer from 0 to 20 (got "true")'],
    [{ REDIS_URL: "127.0.0.1:6379" }, 'REDIS_URL must be a redis:// or rediss:// URL (got "127.0.0.1:6379")'],
    [{ REDIS_URL: "http://redis:6379" }, "REDIS_URL must be a redis:// or rediss:// URL"],
    [{ RATE_LIMIT_REDIS_PREFIX: "a b" }, "RATE_LIMIT_REDIS_PREFIX must be 1 to 100 of the characters"],
    [{ RATE_LIMIT_REDIS_TIMEOUT_MS: "0" }, "RATE_LIMIT_REDIS_TIMEOUT_MS must be an integer from 1 to 10000"],
  ])("refuses %o with a message naming the variable", (env, message) => {
    expect(() => rateLimitConfigFromEnv(env)).toThrow(message);
  });

  it("checks options passed to createApp as well", () => {
    expect(() => resolveRateLimitSettings({ enabled: true, requests: { points: 0 } })).toThrow(
      "request budget points must be an integer from 1",
    );
    expect(() => resolveRateLimitSettings({ enabled: true, cost: { windowSeconds: 0.5 } })).toThrow(
      "cost budget window (seconds) must be an integer from 1",
    );
    expect(() => resolveRateLimitSettings({ enabled: true, expensive: { fields: ["a.b"] } })).toThrow(
      'expensive field "a.b" is not a GraphQL field name',
    );
  });
});

describe("client address", () => {
  it("is the socket's peer from the Node adapter's server context", () => {
    expect(socketAddress({ req: { socket: { remoteAddress: "203.0.113.7" } } })).toBe("203.0.113.7");
    for (const context of [undefined, {}, { req: {} }, { req: { socket: { remoteAddress: "" } } }])
      expect(socketAddress(context)).toBeUndefined();
  });

  it("ignores X-Forwarded-For unless proxies are trusted", () => {
    expect(clientAddress("10.0.0.1", "198.51.100.1", 0)).toBe("10.0.0.1");
    expect(clientAddress(undefined, "198.51.100.1", 0)).toBeUndefined();
  });

  it("counts trusted hops from the right, like Express's trust proxy", () => {
    const chain = "1.1.1.1, 198.51.100.9, 10.0.0.2";
    expect(clientAddress("10.0.0.1", chain, 1)).toBe("10.0.0.2");
    expect(clientAddress("10.0.0.1", chain, 2)).toBe("198.51.100.9");
    expect(clientAddress("10.0.0.1", chain, 3)).toBe("1.1.1.1");
    // Fewer entries than proxies: the furthest one there is.
    expect(clientAddress("10.0.0.1", "198.51.100.9", 3)).toBe("198.51.100.9");
    // No header behind a proxy: the proxy is all we know.
    expect(clientAddress("10.0.0.1", null, 1)).toBe("10.0.0.1");
    // Repeated headers arrive joined with ", ".
    expect(clientAddress("10.0.0.1", "1.1.1.1, 203.0.113.7", 1)).toBe("203.0.113.7");
  });

  it("never takes a non-address from the header for a client", () => {
    expect(clientAddress("10.0.0.1", "203.0.113.7, unknown", 1)).toBe("10.0.0.1");
    expect(clientAddress("10.0.0.1", "evil, 203.0.113.7", 2)).toBe("203.0.113.7");
  });

  it("understands ports, brackets and zones", () => {
    expect(plainAddress("203.0.113.7:4711")).toBe("203.0.113.7");
    expect(plainAddress("[2001:DB8::1]:443")).toBe("2001:db8::1");
    expect(plainAddress("fe80::1%eth0")).toBe("fe80::1");
    expect(plainAddress(" 2001:db8::1 ")).toBe("2001:db8::1");
    for (const bad of ["", "unknown", "203.0.113", "203.0.113.700", "2001:db8:::1", "_hidden"])
      expect(plainAddress(bad)).toBeUndefined();
  });
});

describe("client bucket", () => {
  it("is the IPv4 address, also when a dual-stack socket maps it into IPv6", () => {
    expect(clientBucket("203.0.113.7")).toBe("203.0.113.7");
    expect(clientBucket("::ffff:203.0.113.7")).toBe("203.0.113.7");
    expect(clientBucket("::FFFF:cb00:7107")).toBe("203.0.113.7");
  });

  it("is the /64 network of an IPv6 address", () => {
    expect(clientBucket("2001:db8:1:2::1")).toBe("2001:db8:1:2::/64");
    expect(clientBucket("2001:0db8:0001:0002:ffff:ffff:ffff:ffff")).toBe("2001:db8:1:2::/64");
    expect(clientBucket("2001:db8::1")).toBe("2001:db8:0:0::/64");
    expect(clientBucket("::1")).toBe("0:0:0:0::/64");
    expect(clientBucket("64:ff9b::203.0.113.7")).toBe("64:ff9b:0:0::/64");
    expect(clientBucket("2001:db8:1:3::1")).not.toBe(clientBucket("2001:db8:1:2::1"));
  });

  it("puts requests without a usable address into one bucket", () => {
    expect(clientBucket(undefined)).toBe("unknown");
    expect(clientBucket("not-an-ip")).toBe("unknown");
  });
});
