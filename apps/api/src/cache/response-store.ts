import type { Cache } from "@graphql-yoga/plugin-response-cache";
import { Redis } from "ioredis";

/**
 * Where cached GraphQL responses live. Every change to the data empties the whole store: edits
 * are a handful a day, and a partner's rename or archive touches every list that shows it, so
 * exact invalidation per entity would buy little and risk stale answers.
 */
export interface ResponseStore extends Cache {
  /** Lookups so far, for the metrics. */
  stats(): { hits: number; misses: number };
  /** Drops every entry (on all instances sharing the store). */
  clear(): Promise<void>;
  /** Counts this instance's clears: what was computed in one generation is stale in the next. */
  generation(): number;
  close(): Promise<void>;
}

type Entry = { expires: number; data: unknown };

/**
 * Counts lookups, and answers a second lookup of a key that just missed without asking the
 * store: Yoga's plugin looks a missed key up twice per request (before parsing and again before
 * executing), and a miss must stay cheap — one round trip to Redis, not two.
 */
function lookups() {
  const counts = { hits: 0, misses: 0 };
  const justMissed = new Map<string, number>();
  const RECENT_MS = 100;
  return {
    counts,
    /** True when `id` missed a moment ago: skip the store, it is a miss. */
    skip(id: string): boolean {
      const at = justMissed.get(id);
      if (at === undefined) return false;
      justMissed.delete(id);
      return Date.now() - at < RECENT_MS;
    },
    count<T>(id: string, value: T | null | undefined): T | null {
      if (value == null) {
        counts.misses++;
        if (justMissed.size > 1_000) justMissed.clear();
        justMissed.set(id, Date.now());
      } else counts.hits++;
      return value ?? null;
    },
  };
}

/** One instance: a bounded map, oldest entries evicted first. */
export function memoryResponseStore(maxEntries = 2_000): ResponseStore {
  const entries = new Map<string, Entry>();
  const { counts, count, skip } = lookups();
  let generation = 0;
  const clear = async () => {
    generation++;
    entries.clear();
  };
  return {
    get(id) {
      if (skip(id)) return null;
      const entry = entries.get(id);
      if (entry && entry.expires <= Date.now()) entries.delete(id);
      return count(id, entry && entry.expires > Date.now() ? (entry.data as never) : null);
    },
    set(id, data, _entities, ttl) {
      entries.delete(id);
      if (entries.size >= maxEntries) entries.delete(entries.keys().next().value as string);
      entries.set(id, { expires: Date.now() + ttl, data });
    },
    invalidate: clear,
    clear,
    generation: () => generation,
    stats: () => ({ ...counts }),
    close: async () => entries.clear(),
  };
}

const DEFAULT_KEY = "kausa:response-cache";
/** The whole hash expires this long after its first entry: a bound on its size between edits. */
const HASH_LIFETIME_SECONDS = 600;

/**
 * Several instances: one Redis hash shared by all, emptied with a single DEL on every change. A
 * Redis outage never reaches visitors: a failed lookup is a miss, a failed write is skipped (each
 * command fails fast instead of queueing), and the API answers from the database as without cache.
 */
export function redisResponseStore(
  url: string,
  { key = DEFAULT_KEY, logger = console }: { key?: string; logger?: Pick<Console, "warn"> } = {},
): ResponseStore {
  const HASH = key;
  const redis = new Redis(url, {
    connectionName: "response-cache",
    maxRetriesPerRequest: 1,
    enableOfflineQueue: false,
    commandTimeout: 500,
  });
  const { counts, count, skip } = lookups();
  let lastWarning = 0;
  const warn = (error: Error) => {
    // One line a minute at most: an outage would otherwise log once per request.
    if (Date.now() - lastWarning < 60_000) return;
    lastWarning = Date.now();
    logger.warn(`[api] response cache: Redis unavailable (${error.message}); answering uncached`);
  };
  redis.on("error", warn);
  let generation = 0;
  const clear = async () => {
    generation++;
    await redis.del(HASH).catch(warn);
  };
  return {
    async get(id) {
      if (skip(id)) return null;
      const raw = await redis.hget(HASH, id).catch((error: Error) => {
        warn(error);
        return null;
      });
      const entry = raw ? (JSON.parse(raw) as Entry) : null;
      return count(id, entry && entry.expires > Date.now() ? (entry.data as never) : null);
    },
    async set(id, data, _entities, ttl) {
      const entry: Entry = { expires: Date.now() + ttl, data };
      await redis
        .multi()
        .hset(HASH, id, JSON.stringify(entry))
        .expire(HASH, HASH_LIFETIME_SECONDS, "NX")
        .exec()
        .catch(warn);
    },
    invalidate: clear,
    clear,
    generation: () => generation,
    stats: () => ({ ...counts }),
    async close() {
      redis.disconnect();
    },
  };
}

/**
 * Redis when REDIS_URL is set (shared by every instance; RESPONSE_CACHE_REDIS_KEY names the hash
 * when several deployments share one Redis), else this process's memory.
 */
export function responseStoreFromEnv(env: NodeJS.ProcessEnv = process.env): ResponseStore {
  const url = env.REDIS_URL?.trim();
  const key = env.RESPONSE_CACHE_REDIS_KEY?.trim() || undefined;
  return url ? redisResponseStore(url, { key }) : memoryResponseStore();
}
