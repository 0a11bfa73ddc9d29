import { Redis } from "ioredis";
import type { RateLimitLogger } from "./rate-limit-config.ts";

/** The Redis connection behind the shared budgets, and what the limiter needs to know about it. */
export interface RateLimitRedis {
  client: Redis;
  /**
   * A command failed while the connection looked healthy (a timeout: Redis hangs or is overloaded).
   * Drops the connection so that the following requests count in memory at once instead of each
   * waiting for the timeout; it comes back when Redis answers its ready check again.
   */
  commandFailed(): void;
  close(): Promise<void>;
}

/** host:port for log lines; a URL's password must not reach the logs. */
function describe(url: string): string {
  const { hostname, port } = new URL(url);
  return `${hostname}:${port || 6379}`;
}

/**
 * Connects to Redis for the rate limiter. Visitors never wait for Redis: commands are not queued
 * while it is away (the limiter counts in memory instead), each command has a short timeout, and
 * the connection retries in the background. Every change between shared and per-instance counting
 * is logged once.
 */
export function connectRateLimitRedis(
  url: string,
  { timeoutMs, keyPrefix, logger }: { timeoutMs: number; keyPrefix: string; logger: RateLimitLogger },
): RateLimitRedis {
  const where = describe(url);
  const client = new Redis(url, {
    // Shown by CLIENT LIST, so an operator (and the tests) can tell these connections apart.
    connectionName: `rate-limit:${keyPrefix}`.replace(/[^\w:.-]/g, "_"),
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    commandTimeout: timeoutMs,
    connectTimeout: Math.max(1_000, timeoutMs * 10),
    retryStrategy: (attempt) => Math.min(attempt * 250, 5_000),
  });
  let shared = false;
  let degradedReported = false;
  let closing = false;

  const degrade = (reason: string) => {
    shared = false;
    if (closing || degradedReported) return;
    degradedReported = true;
    logger.warn(
      `[api] rate limits: Redis at ${where} unavailable (${reason}); counting per instance until it is back`,
    );
  };
  client.on("ready", () => {
    shared = true;
    degradedReported = false;
    logger.info(`[api] rate limits shared through Redis at ${where}`);
  });
  client.on("error", (error: Error) => degrade(error.message));
  client.on("close", () => degrade("connection closed"));

  return {
    client,
    commandFailed() {
      if (closing || !shared || client.status !== "ready") return;
      degrade(`no answer within ${timeoutMs} ms`);
      client.disconnect(true);
    },
    async close() {
      closing = true;
      if (client.status === "ready") await client.quit().catch(() => client.disconnect());
      else client.disconnect();
    },
  };
}
