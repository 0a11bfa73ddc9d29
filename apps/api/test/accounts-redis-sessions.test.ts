// Sessions and login throttling in a real Redis (TEST_REDIS_URL, default the local server), as
// with REDIS_URL set: two app instances share both.
import { randomBytes } from "node:crypto";
import { hashSecret } from "@kausa/schema";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../src/app.ts";
import {
  appOnTestDatabase,
  createAccount,
  graphql,
  LOGIN,
  login,
  ME,
  PASSWORD,
} from "./accounts-fixtures.ts";

const REDIS_URL = process.env.TEST_REDIS_URL || "redis://127.0.0.1:6379";
const PREFIX = `kausa-test-${randomBytes(4).toString("hex")}:auth`;

describe("sessions in Redis", () => {
  let env: Awaited<ReturnType<typeof appOnTestDatabase>>;
  let second: ReturnType<typeof createApp>;
  let redis: Redis;
  const auth = {
    redisUrl: REDIS_URL,
    redisKeyPrefix: PREFIX,
    sessionIdleMinutes: 30,
    loginFailuresPerAccount: 2,
  };

  beforeAll(async () => {
    redis = new Redis(REDIS_URL);
    env = await appOnTestDatabase({ auth });
    second = createApp({ db: env.db, rateLimit: false, auth });
  });
  afterAll(async () => {
    await second.dispose();
    await env.dispose();
    const keys = await redis.keys(`${PREFIX}*`);
    if (keys.length) await redis.del(...keys);
    await redis.quit();
  });

  const sessionKey = (cookie: string) => `${PREFIX}:session:${hashSecret(cookie)}`;

  it("keeps the session in Redis with the idle limit as TTL, not in the database", async () => {
    const user = await createAccount(env.db, "EDITOR");
    const cookie = await login(env.app, user.email);
    const ttl = await redis.pttl(sessionKey(cookie));
    expect(ttl).toBeGreaterThan(29 * 60_000);
    expect(ttl).toBeLessThanOrEqual(30 * 60_000);
    expect(await redis.smembers(`${PREFIX}:user-sessions:${user.id}`)).toEqual([hashSecret(cookie)]);
    expect(await env.db.prisma.session.count({ where: { userId: user.id } })).toBe(0);
    // The other instance knows the session too.
    expect((await graphql(second, ME, {}, { cookie })).data.me.id).toBe(user.id);
  });

  it("forgets a session when its key expires", async () => {
    const user = await createAccount(env.db, "EDITOR");
    const cookie = await login(env.app, user.email);
    await redis.pexpire(sessionKey(cookie), 1);
    // Wait for Redis to drop it (no fixed sleep: poll the key).
    while ((await redis.exists(sessionKey(cookie))) === 1) await new Promise((r) => setImmediate(r));
    const result = await graphql(env.app, ME, {}, { cookie });
    expect(result.data.me).toBeNull();
    expect(result.cookie).toBe("");
  });

  it("ends an idle session even if the key is still there, and touches lastSeenAt once a minute", async () => {
    const user = await createAccount(env.db, "EDITOR");
    const cookie = await login(env.app, user.email);
    const stored = JSON.parse((await redis.get(sessionKey(cookie)))!);
    await redis.set(
      sessionKey(cookie),
      JSON.stringify({ ...stored, lastSeenAt: Date.now() - 120_000 }),
      "KEEPTTL",
    );
    expect((await graphql(env.app, ME, {}, { cookie })).data.me.id).toBe(user.id);
    expect(JSON.parse((await redis.get(sessionKey(cookie)))!).lastSeenAt).toBeGreaterThan(
      Date.now() - 60_000,
    );
    await redis.set(
      sessionKey(cookie),
      JSON.stringify({ ...stored, lastSeenAt: Date.now() - 31 * 60_000 }),
      "KEEPTTL",
    );
    expect((await graphql(env.app, ME, {}, { cookie })).data.me).toBeNull();
    expect(await redis.exists(sessionKey(cookie))).toBe(0);
  });

  it("logout on one instance ends the session on all; logoutEverywhere counts across instances", async () => {
    const user = await createAccount(env.db, "EDITOR");
    const one = await login(env.app, user.email);
    expect((await graphql(second, "mutation { logout }", {}, { cookie: one })).data.logout).toBe(true);
    expect((await graphql(env.app, ME, {}, { cookie: one })).data.me).toBeNull();

    const browsers = [
      await login(env.app, user.email),
      await login(second, user.email),
      await login(second, user.email),
    ];
    const ended = await graphql(env.app, "mutation { logoutEverywhere }", {}, { cookie: browsers[1] });
    expect(ended.data.logoutEverywhere).toBe(3);
    for (const cookie of browsers) expect((await graphql(second, ME, {}, { cookie })).data.me).toBeNull();
    expect(await redis.exists(`${PREFIX}:user-sessions:${user.id}`)).toBe(0);
  });

  it("rotates the session id on login", async () => {
    const user = await createAccount(env.db, "EDITOR");
    const first = await login(env.app, user.email);
    const next = await login(second, user.email, PASSWORD, first);
    expect(await redis.exists(sessionKey(first))).toBe(0);
    expect(await redis.exists(sessionKey(next))).toBe(1);
  });

  it("counts failed logins across instances", async () => {
    const user = await createAccount(env.db, "EDITOR");
    expect((await graphql(env.app, LOGIN, { email: user.email, password: "wrong password 1" })).status).toBe(
      401,
    );
    expect((await graphql(second, LOGIN, { email: user.email, password: "wrong password 2" })).status).toBe(
      401,
    );
    const locked = await graphql(env.app, LOGIN, { email: user.email, password: PASSWORD });
    expect(locked.status).toBe(429);
    expect(Number(locked.headers.get("retry-after"))).toBeGreaterThan(0);
    // The counters name no e-mail address.
    const keys = await redis.keys(`${PREFIX}*login*`);
    expect(keys.length).toBeGreaterThan(0);
    expect(keys.join(" ")).not.toContain(user.email);
  });
});
