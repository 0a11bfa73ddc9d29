import type { Database } from "@kausa/db";
import { prepareDummyHash } from "@kausa/schema";
import { type AuthConfig, type ResolvedAuthConfig, resolveAuthConfig } from "./auth-config.ts";
import { createLoginThrottle, type LoginThrottle } from "./login-throttle.ts";
import { cookieMayBeInsecure } from "./session-cookie.ts";
import type { SessionStore } from "./session-store.ts";
import { databaseSessionStore } from "./session-store-db.ts";
import { redisSessionStore } from "./session-store-redis.ts";

export type { AuthConfig } from "./auth-config.ts";

/** What the app's auth parts share: the session store, the throttle, cookie settings. */
export interface AuthRuntime {
  config: ResolvedAuthConfig;
  adminOrigin: string;
  sessions: SessionStore;
  throttle: LoginThrottle;
  /** `Secure` on the cookie (off only for an admin app on http://localhost). */
  secureCookie: boolean;
  /** Set-Cookie headers a request's resolvers decided on, keyed by Yoga's server context. */
  pendingCookies: WeakMap<object, string[]>;
  close(): Promise<void>;
}

export interface CreateAuthOptions {
  db: Database;
  adminOrigin: string;
  config?: AuthConfig;
  logger?: { warn(message: string): void; info(message: string): void };
}

export function createAuth({ db, adminOrigin, config, logger = console }: CreateAuthOptions): AuthRuntime {
  const resolved = resolveAuthConfig(config);
  const policy = {
    idleMs: resolved.sessionIdleMinutes * 60_000,
    maxMs: resolved.sessionMaxHours * 3_600_000,
  };
  const sessions = resolved.redisUrl
    ? redisSessionStore({ url: resolved.redisUrl, keyPrefix: resolved.redisKeyPrefix, logger }, policy)
    : databaseSessionStore(db, policy);
  const throttle = createLoginThrottle(resolved, logger);
  // The first login for an unknown address must not take longer than later ones.
  void prepareDummyHash();
  return {
    config: resolved,
    adminOrigin,
    sessions,
    throttle,
    secureCookie: !cookieMayBeInsecure(adminOrigin),
    pendingCookies: new WeakMap(),
    async close() {
      await Promise.all([sessions.close(), throttle.close()]);
    },
  };
}
