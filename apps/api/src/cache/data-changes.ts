import { randomUUID } from "node:crypto";
import type { DataEvents } from "@kausa/schema";
import { Redis } from "ioredis";

export interface DataChange {
  entityType: string;
  ids: readonly string[];
}

/**
 * Where the editing API announces its changes and caches listen (each instance's response cache
 * and map-layer cache drop what a change touches). With Redis every instance hears every
 * change, within a second; without it, only the instance that made it (run one instance then).
 */
export interface DataChangeFeed extends DataEvents {
  /** Counts the changes heard so far: a cheap "has anything changed?" for caches. */
  version(): number;
  subscribe(listener: (change: DataChange) => void): () => void;
  close(): Promise<void>;
}

function listenerSet() {
  const listeners = new Set<(change: DataChange) => void>();
  let version = 0;
  return {
    version: () => version,
    subscribe(listener: (change: DataChange) => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    deliver(change: DataChange) {
      version++;
      for (const listener of listeners) listener(change);
    },
  };
}

/** One instance: changes reach this process's listeners synchronously. */
export function localDataChanges(): DataChangeFeed {
  const set = listenerSet();
  return { ...set, changed: (change) => set.deliver(change), close: async () => {} };
}

const CHANNEL = "kausa:data-changed";

/**
 * Several instances: a change is delivered here at once and published on a Redis channel for
 * the others. If Redis is away, publishing fails quietly (the change itself is committed; other
 * instances' caches then expire by their own TTL) and the subscription reconnects by itself.
 */
export function redisDataChanges(url: string, logger: Pick<Console, "warn"> = console): DataChangeFeed {
  const set = listenerSet();
  const instance = randomUUID();
  const options = { connectionName: "data-changes", maxRetriesPerRequest: 1, enableOfflineQueue: false };
  const publisher = new Redis(url, options);
  const subscriber = new Redis(url, { ...options, enableOfflineQueue: true, maxRetriesPerRequest: null });
  for (const client of [publisher, subscriber]) client.on("error", () => {});
  void subscriber
    .subscribe(CHANNEL)
    .catch((error: Error) => logger.warn(`[api] data changes: ${error.message}`));
  subscriber.on("message", (_channel: string, message: string) => {
    try {
      const { from, change } = JSON.parse(message) as { from: string; change: DataChange };
      if (from !== instance) set.deliver(change);
    } catch {
      // Not one of ours: ignore.
    }
  });
  return {
    ...set,
    changed(change) {
      set.deliver(change);
      publisher.publish(CHANNEL, JSON.stringify({ from: instance, change })).catch((error: Error) => {
        logger.warn(`[api] data changes: could not tell other instances (${error.message})`);
      });
    },
    async close() {
      subscriber.disconnect();
      publisher.disconnect();
    },
  };
}

/** The feed for this process: shared through Redis when REDIS_URL is set. */
export function dataChangesFromEnv(env: NodeJS.ProcessEnv = process.env): DataChangeFeed {
  const url = env.REDIS_URL?.trim();
  return url ? redisDataChanges(url) : localDataChanges();
}
