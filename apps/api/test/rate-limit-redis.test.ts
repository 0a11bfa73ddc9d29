import { randomUUID } from "node:crypto";
import { createServer, type Server, type Socket, connect as tcpConnect } from "node:net";
import { createTestDatabase, type TestDatabase } from "@kausa/db/testing";
import { Redis } from "ioredis";
import { afterAll, afterEach, beforeAll, expect, it } from "vitest";
import { createApp } from "../src/app.ts";
import type { RateLimitConfig } from "../src/security/rate-limit.ts";

// Budgets shared through a real Redis (TEST_REDIS_URL, default the local server on 6379), and what
// happens when it is unreachable, dies, hangs or comes back. Every key lives under a prefix unique
// to this run and is deleted afterwards.
const REDIS_URL = process.env.TEST_REDIS_URL || "redis://127.0.0.1:6379";
const RUN = `kausa-test:${randomUUID()}`;

let t: TestDatabase;
let admin: Redis;
beforeAll(async () => {
  admin = new Redis(REDIS_URL, { maxRetriesPerRequest: 1 });
  await admin.ping();
  t = await createTestDatabase({ seed: false });
});
afterAll(async () => {
  const keys = await admin.keys(`${RUN}:*`);
  if (keys.length) await admin.del(...keys);
  expect(await admin.keys(`${RUN}:*`)).toEqual([]);
  await admin.quit();
  await t?.dispose();
});

type App = ReturnType<typeof createApp>;
const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function recordingLogger() {
  const lines: { level: "info" | "warn"; message: string }[] = [];
  const count = (level: "info" | "warn", pattern: RegExp) =>
    lines.filter((l) => l.level === level && pattern.test(l.message)).length;
  return {
    lines,
    count,
    logger: {
      info: (message: string) => lines.push({ level: "info", message }),
      warn: (message: string) => lines.push({ level: "warn", message }),
    },
  };
}

function app(rateLimit: Omit<RateLimitConfig, "enabled">): App {
  const yoga = createApp({ db: t.db, rateLimit: { enabled: true, ...rateLimit } });
  cleanups.push(async () => yoga.dispose());
  return yoga;
}

// What the Node adapter passes as Yoga's server context (the app's own type declares none).
const CLIENT = { req: { socket: { remoteAddress: "203.0.113.7" } } } as unknown as Record<string, never>;
async function send(yoga: App) {
  return yoga.fetch(
    "http://localhost/graphql",
    {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "{ __typename }" }),
    },
    CLIENT,
  );
}

/** Sends requests one after the other; statuses and the slowest response's time. */
async function sequence(yogas: App[]) {
  const statuses: number[] = [];
  let slowestMs = 0;
  for (const yoga of yogas) {
    const started = performance.now();
    statuses.push((await send(yoga)).status);
    slowestMs = Math.max(slowestMs, performance.now() - started);
  }
  return { statuses, slowestMs };
}

async function until(condition: () => boolean | Promise<boolean>, what: string, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Connections the apps opened with this key prefix, as Redis itself lists them. */
async function connectionsNamed(prefix: string) {
  const list = (await admin.client("LIST")) as string;
  return list.split("\n").filter((line) => line.includes(` name=rate-limit:${prefix} `)).length;
}

it("shares one budget between two instances, and closes its connection on dispose", async () => {
  const prefix = `${RUN}:shared`;
  const log = recordingLogger();
  const config = {
    redisUrl: REDIS_URL,
    redisKeyPrefix: prefix,
    logger: log.logger,
    requests: { points: 4, windowSeconds: 60 },
    cost: { points: 1_000, windowSeconds: 60 },
  };
  const [a, b] = [app(config), app(config)];
  await until(() => log.count("info", /shared through Redis/) === 2, "both instances on Redis");
  expect(await connectionsNamed(prefix)).toBe(2);

  const first = await send(a);
  const second = await send(b);
  // The cost budget is shared as well: b sees what a used.
  expect(first.headers.get("ratelimit-remaining")).toBe("999");
  expect(second.headers.get("ratelimit-remaining")).toBe("998");
  expect((await sequence([a, b, a, b])).statuses).toEqual([200, 200, 429, 429]);
  expect(Number(await admin.get(`${prefix}:requests:203.0.113.7`))).toBeGreaterThanOrEqual(5);
  expect(log.count("warn", /./)).toBe(0);

  await a.dispose();
  await b.dispose();
  await until(async () => (await connectionsNamed(prefix)) === 0, "the connections to close");
});

it("serves every request when Redis is unreachable from the start, limited per instance", async () => {
  const log = recordingLogger();
  const yoga = app({
    redisUrl: "redis://127.0.0.1:1", // nothing listens on port 1
    redisKeyPrefix: `${RUN}:unreachable`,
    logger: log.logger,
    requests: { points: 3, windowSeconds: 60 },
  });
  const { statuses, slowestMs } = await sequence([yoga, yoga, yoga, yoga]);
  expect(statuses).toEqual([200, 200, 200, 429]);
  // Nobody waits for a connection that will not come.
  expect(slowestMs).toBeLessThan(500);
  await until(() => log.count("warn", /Redis at 127\.0\.0\.1:1 unavailable/) === 1, "the warning");
  expect(log.count("info", /shared through Redis/)).toBe(0);
});

/**
 * A TCP proxy in front of the real Redis that can die (close every connection and refuse new ones),
 * come back on the same port, or hang (accept and swallow everything, answer nothing).
 */
async function redisProxy() {
  const target = new URL(REDIS_URL);
  const sockets = new Set<Socket>();
  let hanging = false;
  let server: Server | undefined;
  let port = 0;
  const start = () =>
    new Promise<void>((resolve, reject) => {
      server = createServer((client) => {
        const upstream = tcpConnect(Number(target.port || 6379), target.hostname);
        for (const socket of [client, upstream]) {
          sockets.add(socket);
          socket.on("error", () => {});
          socket.on("close", () => {
            sockets.delete(socket);
            client.destroy();
            upstream.destroy();
          });
        }
        client.on("data", (data) => hanging || upstream.write(data));
        upstream.on("data", (data) => hanging || client.write(data));
      });
      server.once("error", reject);
      server.listen(port, "127.0.0.1", () => {
        port = (server!.address() as { port: number }).port;
        resolve();
      });
    });
  const stop = () => {
    for (const socket of sockets) socket.destroy();
    return new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  };
  await start();
  cleanups.push(stop);
  return {
    url: () => `redis://127.0.0.1:${port}`,
    start,
    stop,
    hang: (value: boolean) => {
      hanging = value;
    },
  };
}

it("keeps serving when Redis dies, limits per instance meanwhile, and shares again once it is back", async () => {
  const proxy = await redisProxy();
  const prefix = `${RUN}:dies`;
  const key = `${prefix}:requests:203.0.113.7`;
  const log = recordingLogger();
  const yoga = app({
    redisUrl: proxy.url(),
    redisKeyPrefix: prefix,
    logger: log.logger,
    requests: { points: 4, windowSeconds: 60 },
  });
  await until(() => log.count("info", /shared through Redis/) === 1, "Redis");
  expect((await sequence([yoga, yoga])).statuses).toEqual([200, 200]);
  expect(await admin.get(key)).toBe("2");

  await proxy.stop();
  await until(() => log.count("warn", /unavailable/) === 1, "the warning");
  const alone = await sequence([yoga, yoga, yoga, yoga, yoga]);
  expect(alone.statuses).toEqual([200, 200, 200, 200, 429]);
  expect(alone.slowestMs).toBeLessThan(500);
  expect(await admin.get(key)).toBe("2");
  expect(log.count("warn", /unavailable/)).toBe(1); // once per outage, not per request

  await proxy.start();
  await until(() => log.count("info", /shared through Redis/) === 2, "Redis to come back", 15_000);
  expect((await sequence([yoga, yoga, yoga])).statuses).toEqual([200, 200, 429]);
  expect(await admin.get(key)).toBe("5");
});

it("does not keep visitors waiting on a Redis that hangs", async () => {
  const proxy = await redisProxy();
  const log = recordingLogger();
  const timeoutMs = 1_000;
  const yoga = app({
    redisUrl: proxy.url(),
    redisKeyPrefix: `${RUN}:hangs`,
    redisTimeoutMs: timeoutMs,
    logger: log.logger,
    requests: { points: 100, windowSeconds: 60 },
  });
  await until(() => log.count("info", /shared through Redis/) === 1, "Redis");
  expect((await send(yoga)).status).toBe(200);

  proxy.hang(true);
  // The first request waits out one command timeout; then the connection is dropped and the
  // following requests count in memory at once.
  expect((await send(yoga)).status).toBe(200);
  expect(log.count("warn", new RegExp(`no answer within ${timeoutMs} ms`))).toBe(1);
  const after = await sequence([yoga, yoga, yoga, yoga, yoga]);
  expect(after.statuses).toEqual([200, 200, 200, 200, 200]);
  expect(after.slowestMs).toBeLessThan(timeoutMs / 2);

  proxy.hang(false);
  await until(() => log.count("info", /shared through Redis/) === 2, "Redis to answer again", 15_000);
});
