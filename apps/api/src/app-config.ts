import type { AppOptions } from "./app.ts";
import { adminOriginFromEnv, authConfigFromEnv } from "./auth/auth-config.ts";
import { flag, integer } from "./env.ts";
import { metricsTokenFromEnv } from "./http/metrics.ts";
import { createLogger, LOG_LEVELS, type LogLevel } from "./logging/logger.ts";
import { smtpMailerFromEnv } from "./mail/smtp-mailer.ts";
import { rateLimitConfigFromEnv } from "./security/rate-limit.ts";

/** Everything createApp takes from the environment (the database is opened by server.ts). */
export type AppConfig = Omit<AppOptions, "db">;

export function appConfigFromEnv(env: NodeJS.ProcessEnv = process.env): AppConfig {
  return {
    graphiql: flag(env.GRAPHIQL, "GRAPHIQL", true),
    introspection: flag(env.INTROSPECTION, "INTROSPECTION", true),
    fieldSuggestions: flag(env.FIELD_SUGGESTIONS, "FIELD_SUGGESTIONS", true),
    rateLimit: rateLimitConfigFromEnv(env),
    requestTimeoutMs: integer(env.REQUEST_DEADLINE_MS, "REQUEST_DEADLINE_MS", 10_000, 100, 120_000),
    // Accounts: where session cookies count from, session store and login throttling, e-mail.
    adminOrigin: adminOriginFromEnv(env),
    auth: authConfigFromEnv(env),
    mailer: smtpMailerFromEnv(env),
    // Prometheus metrics on /metrics for this Bearer token; unset: no /metrics.
    metricsToken: metricsTokenFromEnv(env.METRICS_TOKEN),
    // JSON lines on stdout; a line per request unless LOG_REQUESTS=false.
    logger: createLogger(logLevelFromEnv(env.LOG_LEVEL)),
    logRequests: flag(env.LOG_REQUESTS, "LOG_REQUESTS", true),
  };
}

function logLevelFromEnv(value: string | undefined): LogLevel {
  const level = (value?.trim() || "info").toLowerCase();
  if (!(LOG_LEVELS as readonly string[]).includes(level)) {
    throw new Error(`LOG_LEVEL must be one of ${LOG_LEVELS.join(", ")} (got "${value}").`);
  }
  return level as LogLevel;
}
