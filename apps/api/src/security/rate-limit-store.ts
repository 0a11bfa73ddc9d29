import {
  type RateLimiterAbstract,
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
} from "rate-limiter-flexible";
import type { Budget, RateLimitSettings } from "./rate-limit-config.ts";
import { connectRateLimitRedis, type RateLimitRedis } from "./rate-limit-redis.ts";

export type BudgetName = "requests" | "cost" | "expensive";

/** What is left of a budget after taking points from it (allowed), or when it opens again (refused). */
export interface Outcome {
  allowed: boolean;
  remaining: number;
  /** Milliseconds until the current window ends and the budget is full again. */
  resetMs: number;
}

export interface Budgets {
  /**
   * Takes `points` from `client`'s budget. Never throws and never waits long: undefined when the
   * count failed for an unexpected reason (the request is then let through — limits protect the
   * service, they must not become its outage).
   */
  consume(budget: BudgetName, client: string, points: number): Promise<Outcome | undefined>;
  close(): Promise<void>;
}

type MemoryOptions = ConstructorParameters<typeof RateLimiterMemory>[0];

/** The in-memory stand-in while Redis is away; tells the connection when a command failed. */
class InsuranceLimiter extends RateLimiterMemory {
  constructor(
    options: MemoryOptions,
    private readonly onUse: () => void,
  ) {
    super(options);
  }

  override consume(...args: Parameters<RateLimiterMemory["consume"]>) {
    this.onUse();
    return super.consume(...args);
  }
}

function limiter(name: BudgetName, budget: Budget, settings: RateLimitSettings, redis?: RateLimitRedis) {
  const options = { points: budget.points, duration: budget.windowSeconds, keyPrefix: name };
  if (!redis) return new RateLimiterMemory(options);
  return new RateLimiterRedis({
    ...options,
    keyPrefix: `${settings.redisKeyPrefix}:${name}`,
    storeClient: redis.client,
    // Not connected: count in memory at once rather than try (enableOfflineQueue is off anyway).
    rejectIfRedisNotReady: true,
    insuranceLimiter: new InsuranceLimiter(options, redis.commandFailed),
    // Once over budget the count can only grow until the window ends: remember that here and
    // spare Redis the requests of a client that keeps hammering.
    inMemoryBlockOnConsumed: budget.points + 1,
  });
}

/** The three budgets, counted in memory or — with a Redis URL — in Redis, shared by all instances. */
export function createBudgets(settings: RateLimitSettings): Budgets {
  const redis = settings.redisUrl
    ? connectRateLimitRedis(settings.redisUrl, {
        timeoutMs: settings.redisTimeoutMs,
        keyPrefix: settings.redisKeyPrefix,
        logger: settings.logger,
      })
    : undefined;
  const limiters: Record<BudgetName, RateLimiterAbstract> = {
    requests: limiter("requests", settings.requests, settings, redis),
    cost: limiter("cost", settings.cost, settings, redis),
    expensive: limiter("expensive", settings.expensive, settings, redis),
  };
  let failureLogged = false;

  return {
    async consume(budget, client, points) {
      try {
        const res = await limiters[budget].consume(client, points);
        return { allowed: true, remaining: res.remainingPoints, resetMs: res.msBeforeNext };
      } catch (outcome) {
        if (outcome instanceof RateLimiterRes)
          return { allowed: false, remaining: 0, resetMs: outcome.msBeforeNext };
        if (!failureLogged) {
          failureLogged = true;
          settings.logger.warn(`[api] rate limits: counting failed, request let through: ${outcome}`);
        }
        return undefined;
      }
    },
    async close() {
      await redis?.close();
    },
  };
}
