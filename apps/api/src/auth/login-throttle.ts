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

/** Failed logins per account and per client address, counted over a window. */
export interface LoginThrottle {
  /** Throws 429 (TOO_MANY_REQUESTS, Retry-After) while the account or the address is locked. */
  check(email: string, address: string): Promise<void>;
  failure(email: string, address: string): Promise<void>;
  success(email: string): Promise<void>;
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

  const lockedFor = async (l: RateLimiterAbstract, key: string): Promise<number> => {
    const res = await l.get(key).catch(() => null);
    return res && res.consumedPoints >= l.points ? res.msBeforeNext : 0;
  };
  const consume = async (l: RateLimiterAbstract, key: string) => {
    try {
      await l.consume(key);
    } catch (error) {
      // Over the limit is what we want to count; anything else is a counting failure.
      if (!(error instanceof RateLimiterRes)) logger.warn(`[api] login throttle: counting failed: ${error}`);
    }
  };

  return {
    async check(email, address) {
      const ms = Math.max(await lockedFor(byAccount, accountKey(email)), await lockedFor(byAddress, address));
      if (ms > 0) throw tooManyLogins(Math.max(1, Math.ceil(ms / 1000)));
    },
    async failure(email, address) {
      await consume(byAccount, accountKey(email));
      await consume(byAddress, address);
    },
    async success(email) {
      await byAccount.delete(accountKey(email)).catch(() => false);
    },
    async close() {
      await redis?.close();
    },
  };
}
