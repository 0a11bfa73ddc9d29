import { integer, optionalInteger } from "../env.ts";

/** Sessions, login throttling and where they are kept (see docs/accounts.md). */
export interface AuthConfig {
  /** A session ends after this long without a request (SESSION_IDLE_MINUTES, default 120). */
  sessionIdleMinutes?: number;
  /** …and this long after login, whatever the activity (SESSION_MAX_HOURS, default 12). */
  sessionMaxHours?: number;
  /** Sessions and login failures in Redis (shared by all instances) instead of the database / memory. */
  redisUrl?: string;
  /** Prefix of the Redis keys (several deployments may share one Redis). */
  redisKeyPrefix?: string;
  /** Failed logins one account may have per window before it is locked for the rest of it. */
  loginFailuresPerAccount?: number;
  /** Failed logins one client address may have per window (all accounts together). */
  loginFailuresPerAddress?: number;
  loginWindowMinutes?: number;
  /** Reverse proxies in front of the API (as TRUSTED_PROXIES for the rate limits). */
  trustedProxies?: number;
}

export const AUTH_DEFAULTS = {
  sessionIdleMinutes: 120,
  sessionMaxHours: 12,
  redisKeyPrefix: "kausa:auth",
  loginFailuresPerAccount: 5,
  loginFailuresPerAddress: 30,
  loginWindowMinutes: 15,
  trustedProxies: 0,
} as const;

export type ResolvedAuthConfig = Required<Omit<AuthConfig, "redisUrl">> & { redisUrl: string | undefined };

export function resolveAuthConfig(config: AuthConfig = {}): ResolvedAuthConfig {
  return { ...AUTH_DEFAULTS, ...stripUndefined(config), redisUrl: config.redisUrl || undefined };
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

export function authConfigFromEnv(env: NodeJS.ProcessEnv = process.env): AuthConfig {
  const redisUrl = env.REDIS_URL?.trim() || undefined;
  if (redisUrl && !/^rediss?:\/\//.test(redisUrl))
    throw new Error("REDIS_URL must start with redis:// or rediss://");
  return {
    sessionIdleMinutes: integer(env.SESSION_IDLE_MINUTES, "SESSION_IDLE_MINUTES", 120, 1, 7 * 24 * 60),
    sessionMaxHours: integer(env.SESSION_MAX_HOURS, "SESSION_MAX_HOURS", 12, 1, 24 * 30),
    redisUrl,
    redisKeyPrefix: env.AUTH_REDIS_PREFIX?.trim() || undefined,
    loginFailuresPerAccount: optionalInteger(
      env.LOGIN_FAILURES_PER_ACCOUNT,
      "LOGIN_FAILURES_PER_ACCOUNT",
      1,
      1000,
    ),
    loginFailuresPerAddress: optionalInteger(
      env.LOGIN_FAILURES_PER_ADDRESS,
      "LOGIN_FAILURES_PER_ADDRESS",
      1,
      100_000,
    ),
    loginWindowMinutes: optionalInteger(env.LOGIN_WINDOW_MINUTES, "LOGIN_WINDOW_MINUTES", 1, 24 * 60),
    trustedProxies: optionalInteger(env.TRUSTED_PROXIES, "TRUSTED_PROXIES", 0, 20),
  };
}

/**
 * The admin app's origin (ADMIN_ORIGIN, default http://localhost:<PORT>): session cookies count
 * only on requests from there, and invitation links point there.
 */
export function adminOriginFromEnv(env: NodeJS.ProcessEnv = process.env): string {
  const value = env.ADMIN_ORIGIN?.trim();
  if (!value) return `http://localhost:${integer(env.PORT, "PORT", 4000, 0, 65535)}`;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`ADMIN_ORIGIN must be an origin like https://admin.example.org (got "${value}")`);
  }
  if (!/^https?:$/.test(url.protocol) || url.origin !== value.replace(/\/$/, ""))
    throw new Error(
      `ADMIN_ORIGIN must be an origin like https://admin.example.org, without a path (got "${value}")`,
    );
  return url.origin;
}
