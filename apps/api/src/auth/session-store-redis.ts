import { Redis } from "ioredis";
import {
  isExpired,
  type SessionPolicy,
  type SessionRecord,
  type SessionStore,
  TOUCH_RESOLUTION_MS,
} from "./session-store.ts";

interface StoredSession {
  userId: string;
  createdAt: number;
  lastSeenAt: number;
  expiresAt: number;
}

export interface RedisSessionOptions {
  url: string;
  keyPrefix: string;
  logger?: { warn(message: string): void };
}

/**
 * Sessions in Redis (REDIS_URL): every instance sees every session, and Redis forgets them by
 * itself — each key lives until the idle limit or the absolute end, whichever comes first. A set
 * per user lists their session ids for "log out everywhere".
 */
export function redisSessionStore(
  { url, keyPrefix, logger = console }: RedisSessionOptions,
  policy: SessionPolicy,
): SessionStore {
  const client = new Redis(url, {
    connectionName: `sessions:${keyPrefix}`.replace(/[^\w:.-]/g, "_"),
    // A request with a cookie waits a little for Redis rather than losing its login, but not long.
    maxRetriesPerRequest: 1,
    commandTimeout: 2_000,
    retryStrategy: (attempt) => Math.min(attempt * 250, 5_000),
  });
  let errorLogged = false;
  client.on("error", (error: Error) => {
    if (errorLogged) return;
    errorLogged = true;
    const { hostname, port } = new URL(url);
    logger.warn(`[api] sessions: Redis at ${hostname}:${port || 6379} unavailable (${error.message})`);
  });
  client.on("ready", () => {
    errorLogged = false;
  });

  const sessionKey = (id: string) => `${keyPrefix}:session:${id}`;
  const userKey = (userId: string) => `${keyPrefix}:user-sessions:${userId}`;
  const ttl = (stored: StoredSession, now: number) =>
    Math.max(1, Math.min(policy.idleMs, stored.expiresAt - now));
  const toRecord = (id: string, s: StoredSession): SessionRecord => ({
    id,
    userId: s.userId,
    createdAt: new Date(s.createdAt),
    lastSeenAt: new Date(s.lastSeenAt),
    expiresAt: new Date(s.expiresAt),
  });

  return {
    kind: "redis",
    async create(id, userId, now = new Date()) {
      const t = now.getTime();
      const stored: StoredSession = { userId, createdAt: t, lastSeenAt: t, expiresAt: t + policy.maxMs };
      await client
        .multi()
        .set(sessionKey(id), JSON.stringify(stored), "PX", ttl(stored, t))
        .sadd(userKey(userId), id)
        .pexpire(userKey(userId), policy.maxMs)
        .exec();
      return toRecord(id, stored);
    },
    async find(id, now = new Date()) {
      const text = await client.get(sessionKey(id));
      if (!text) return null;
      const stored = JSON.parse(text) as StoredSession;
      const record = toRecord(id, stored);
      if (isExpired(record, policy, now)) {
        await client.multi().del(sessionKey(id)).srem(userKey(stored.userId), id).exec();
        return null;
      }
      if (now.getTime() - stored.lastSeenAt >= TOUCH_RESOLUTION_MS) {
        const touched = { ...stored, lastSeenAt: now.getTime() };
        // XX: a session deleted meanwhile (logout elsewhere) must not come back.
        await client.set(sessionKey(id), JSON.stringify(touched), "PX", ttl(touched, now.getTime()), "XX");
        record.lastSeenAt = now;
      }
      return record;
    },
    async delete(id) {
      const text = await client.get(sessionKey(id));
      if (!text) return false;
      const { userId } = JSON.parse(text) as StoredSession;
      const [deleted] = (await client.multi().del(sessionKey(id)).srem(userKey(userId), id).exec()) ?? [];
      return deleted?.[1] === 1;
    },
    async deleteAllOfUser(userId, exceptId) {
      const ids = (await client.smembers(userKey(userId))).filter((id) => id !== exceptId);
      if (ids.length === 0) return 0;
      const deleted = await client.del(...ids.map(sessionKey));
      await client.srem(userKey(userId), ...ids);
      return deleted;
    },
    async close() {
      if (client.status === "ready") await client.quit().catch(() => client.disconnect());
      else client.disconnect();
    },
  };
}
