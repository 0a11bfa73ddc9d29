import { flag, optionalInteger } from "../env.ts";
import { LIMITS } from "./limits.ts";

/** `points` per client in each fixed window of `windowSeconds`. */
export interface Budget {
  points: number;
  windowSeconds: number;
}

/** Where the rate limiter reports that its shared store went away or came back. */
export interface RateLimitLogger {
  info(message: string): void;
  warn(message: string): void;
}

/** Per-client request and cost budgets (in memory, or shared through Redis). Unset fields take the defaults. */
export interface RateLimitConfig {
  /** `false`: no limits (the same as createApp's `rateLimit: false`). */
  enabled: boolean;
  /** Requests to /graphql and the map layer, counted before anything is parsed. */
  requests?: Partial<Budget>;
  /** GitHub-style: each GraphQL operation's cost (at least 1) counts against these points. */
  cost?: Partial<Budget>;
  /** Operations with one of `fields` at the root, or costing more than `costThreshold`. */
  expensive?: Partial<Budget> & { fields?: string[]; costThreshold?: number };
  /** What one GET /map/contact-points.geojson counts against the cost budget. */
  mapCost?: number;
  /** Reverse proxies in front of the API whose `X-Forwarded-For` entries are believed (0: none). */
  trustedProxies?: number;
  /** redis://… : share the budgets between instances. Unset: each instance counts in memory. */
  redisUrl?: string;
  /** Prefix of every Redis key (several deployments may share one Redis). */
  redisKeyPrefix?: string;
  /** Longest wait for a Redis command before this instance counts in memory instead. */
  redisTimeoutMs?: number;
  logger?: RateLimitLogger;
}

/** A RateLimitConfig with every default applied and every value checked. */
export interface RateLimitSettings {
  requests: Budget;
  cost: Budget;
  expensive: Budget & { fields: ReadonlySet<string>; costThreshold: number };
  mapCost: number;
  trustedProxies: number;
  redisUrl: string | undefined;
  redisKeyPrefix: string;
  redisTimeoutMs: number;
  logger: RateLimitLogger;
}

/**
 * Defaults, sized for the public widget (see docs/rate-limits.md): a municipal office behind one
 * NAT address must not notice them, a script hammering the API must.
 */
export const RATE_LIMIT_DEFAULTS = {
  requests: { points: 600, windowSeconds: 60 },
  cost: { points: 200_000, windowSeconds: 60 },
  expensive: { points: 10, windowSeconds: 60, fields: ["login", "reportOutdated"], costThreshold: 8_000 },
  mapCost: 2_000,
  trustedProxies: 0,
  redisKeyPrefix: "kausa:rate-limit",
  redisTimeoutMs: 100,
} as const;

const MAX_WINDOW_SECONDS = 86_400;
const MAX_POINTS = 1_000_000_000;
const FIELD_NAME = /^[_A-Za-z][_0-9A-Za-z]*$/;

function checkInteger(value: number, name: string, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max)
    throw new Error(`${name} must be an integer from ${min} to ${max} (got ${JSON.stringify(value)})`);
  return value;
}

function checkBudget(budget: Partial<Budget> | undefined, fallback: Budget, name: string): Budget {
  return {
    points: checkInteger(budget?.points ?? fallback.points, `${name} points`, 1, MAX_POINTS),
    windowSeconds: checkInteger(
      budget?.windowSeconds ?? fallback.windowSeconds,
      `${name} window (seconds)`,
      1, // Redis expires keys in whole seconds
      MAX_WINDOW_SECONDS,
    ),
  };
}

function checkRedisUrl(url: string | undefined, name: string): string | undefined {
  if (url === undefined || url.trim() === "") return undefined;
  let parsed: URL | undefined;
  try {
    parsed = new URL(url.trim());
  } catch {}
  if (!parsed || !/^rediss?:$/.test(parsed.protocol) || !parsed.hostname)
    throw new Error(`${name} must be a redis:// or rediss:// URL (got "${url}")`);
  return url.trim();
}

function checkPrefix(prefix: string, name: string): string {
  if (!/^[\w:.-]{1,100}$/.test(prefix))
    throw new Error(`${name} must be 1 to 100 of the characters A-Z a-z 0-9 _ : . - (got "${prefix}")`);
  return prefix;
}

export function resolveRateLimitSettings(config: RateLimitConfig): RateLimitSettings {
  const defaults = RATE_LIMIT_DEFAULTS;
  const fields = config.expensive?.fields ?? defaults.expensive.fields;
  for (const field of fields)
    if (!FIELD_NAME.test(field)) throw new Error(`expensive field "${field}" is not a GraphQL field name`);
  return {
    requests: checkBudget(config.requests, defaults.requests, "request budget"),
    cost: checkBudget(config.cost, defaults.cost, "cost budget"),
    expensive: {
      ...checkBudget(config.expensive, defaults.expensive, "expensive-operation budget"),
      fields: new Set(fields),
      costThreshold: checkInteger(
        config.expensive?.costThreshold ?? defaults.expensive.costThreshold,
        "expensive cost threshold",
        0,
        MAX_POINTS,
      ),
    },
    mapCost: checkInteger(config.mapCost ?? defaults.mapCost, "map cost", 1, MAX_POINTS),
    trustedProxies: checkInteger(config.trustedProxies ?? defaults.trustedProxies, "trusted proxies", 0, 20),
    redisUrl: checkRedisUrl(config.redisUrl, "Redis URL"),
    redisKeyPrefix: checkPrefix(config.redisKeyPrefix ?? defaults.redisKeyPrefix, "Redis key prefix"),
    redisTimeoutMs: checkInteger(
      config.redisTimeoutMs ?? defaults.redisTimeoutMs,
      "Redis timeout",
      1,
      10_000,
    ),
    logger: config.logger ?? console,
  };
}

// --- environment -------------------------------------------------------------------------------

function fieldList(value: string | undefined, name: string): string[] | undefined {
  if (value === undefined) return undefined;
  const fields = value
    .split(",")
    .map((f) => f.trim())
    .filter(Boolean);
  const bad = fields.filter((f) => !FIELD_NAME.test(f));
  if (bad.length) throw new Error(`${name} must list GraphQL field names, comma-separated (got "${bad[0]}")`);
  return fields;
}

/**
 * RATE_LIMIT, REDIS_URL, TRUSTED_PROXIES and the RATE_LIMIT_* budget sizes (docs/rate-limits.md).
 * Every value is checked here, so a typo stops the server at start with the variable's name.
 */
export function rateLimitConfigFromEnv(env: NodeJS.ProcessEnv = process.env): RateLimitConfig {
  const enabled = flag(env.RATE_LIMIT, "RATE_LIMIT", true);
  const window = (name: string) => optionalInteger(env[name], name, 1, MAX_WINDOW_SECONDS);
  const config: RateLimitConfig = {
    enabled,
    requests: {
      points: optionalInteger(env.RATE_LIMIT_REQUESTS, "RATE_LIMIT_REQUESTS", 1, MAX_POINTS),
      windowSeconds: window("RATE_LIMIT_REQUESTS_WINDOW_SECONDS"),
    },
    cost: {
      // A budget below the largest allowed query would refuse such a query for ever.
      points: optionalInteger(env.RATE_LIMIT_COST, "RATE_LIMIT_COST", LIMITS.maxCost, MAX_POINTS),
      windowSeconds: window("RATE_LIMIT_COST_WINDOW_SECONDS"),
    },
    expensive: {
      points: optionalInteger(env.RATE_LIMIT_EXPENSIVE, "RATE_LIMIT_EXPENSIVE", 1, MAX_POINTS),
      windowSeconds: window("RATE_LIMIT_EXPENSIVE_WINDOW_SECONDS"),
      fields: fieldList(env.RATE_LIMIT_EXPENSIVE_FIELDS, "RATE_LIMIT_EXPENSIVE_FIELDS"),
      costThreshold: optionalInteger(
        env.RATE_LIMIT_EXPENSIVE_COST,
        "RATE_LIMIT_EXPENSIVE_COST",
        0,
        MAX_POINTS,
      ),
    },
    mapCost: optionalInteger(env.RATE_LIMIT_MAP_COST, "RATE_LIMIT_MAP_COST", 1, LIMITS.maxCost),
    trustedProxies: optionalInteger(env.TRUSTED_PROXIES, "TRUSTED_PROXIES", 0, 20),
    redisUrl: checkRedisUrl(env.REDIS_URL, "REDIS_URL"),
    redisKeyPrefix: env.RATE_LIMIT_REDIS_PREFIX?.trim()
      ? checkPrefix(env.RATE_LIMIT_REDIS_PREFIX.trim(), "RATE_LIMIT_REDIS_PREFIX")
      : undefined,
    redisTimeoutMs: optionalInteger(
      env.RATE_LIMIT_REDIS_TIMEOUT_MS,
      "RATE_LIMIT_REDIS_TIMEOUT_MS",
      1,
      10_000,
    ),
  };
  return enabled ? config : { enabled: false };
}
