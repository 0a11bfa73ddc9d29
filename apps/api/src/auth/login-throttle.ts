import { hashSecret } from "@kausa/schema";
import { GraphQLError } from "graphql";
import {
  type RateLimiterAbstract,
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
} from "rate-limiter-flexible";
import { connectRateLimitRedis, type RateLimitRedis } from "../security/rate-limit-redis.ts";
import type { ResolvedAuthConfig } from "./auth-config.ts";

/** Login attempts per account and per client address, counted over a window (successes give them back). */
export interface LoginThrottle {
  /** Takes one attempt from the account and the address; 429 (TOO_MANY_REQUESTS, Retry-After) when over. */
  check(email: string, address: string): Promise<void>;
  failure(email: string, address: string): Promise<void>;
  success(email: string, address: string): Promise<void>;
  close(): Promise<void>;
}

/** Counters hold no e-mail address: the key is its hash. */
const accountKey = (email: string) => hashSecret(email.trim().toLowerCase()).slice(0, 32);

export function tooManyLogins(seconds: number): GraphQLError {
  return new GraphQLError(`Too many failed logins: try again in ${seconds} s.`, {
    extensions: {
      code: "TOO_MANY_REQUESTS",
      retryAfterSeconds: seconds,
      http: { status: 429, headers: { "Retry-After": String(seconds) } },
    },
  });
}

export function createLoginThrottle(
  config: ResolvedAuthConfig,
  logger: { warn(m: string): void; info(m: string): void } = console,
): LoginThrottle {
  const duration = config.loginWindowMinutes * 60;
  let redis: RateLimitRedis | undefined;
  if (config.redisUrl) {
    redis = connectRateLimitRedis(config.redisUrl, {
      timeoutMs: 500,
      keyPrefix: `${config.redisKeyPrefix}:login`,
      logger,
    });
  }
  const limiter = (name: string, points: number): RateLimiterAbstract => {
    const options = { points, duration, keyPrefix: `login-${name}` };
    if (!redis) return new RateLimiterMemory(options);
    return new RateLimiterRedis({
      ...options,
      keyPrefix: `${config.redisKeyPrefix}:login-${name}`,
      storeClient: redis.client,
      rejectIfRedisNotReady: true,
      // Redis away: count in this instance rather than let guesses through uncounted.
      insuranceLimiter: new RateLimiterMemory(options),
    });
  };
  const byAccount = limiter("account", config.loginFailuresPerAccount);
  const byAddress = limiter("address", config.loginFailuresPerAddress);

  /**
   * Takes one attempt from `key`'s budget before the password is checked, so parallel guesses
   * cannot all pass a check that only looks at earlier failures. Refused: milliseconds to wait.
   */
  const take = async (l: RateLimiterAbstract, key: string): Promise<number> => {
    try {
      await l.consume(key);
      return 0;
    } catch (error) {
      if (error instanceof RateLimiterRes) return Math.max(error.msBeforeNext, 1);
      // A counting failure must not lock everybody out; it is logged.
      logger.warn(`[api] login throttle: counting failed: ${error}`);
      return 0;
    }
  };

  return {
    async check(email, address) {
      const ms = Math.max(await take(byAccount, accountKey(email)), await take(byAddress, address));
      if (ms > 0) throw tooManyLogins(Math.max(1, Math.ceil(ms / 1000)));
    },
    async failure() {
      // Already counted by check(): every attempt counts until it succeeds.
    },
    async success(email, address) {
      // A successful login gives the attempts back: the account's all, the address's this one.
      await byAccount.delete(accountKey(email)).catch(() => false);
      await byAddress.reward(address, 1).catch(() => undefined);
    },
    async close() {
      await redis?.close();
    },
  };
}
