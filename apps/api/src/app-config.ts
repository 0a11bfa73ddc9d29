import type { AppOptions } from "./app.ts";
import { rateLimitConfigFromEnv } from "./security/rate-limit.ts";

/** Everything createApp takes from the environment (the database is opened by server.ts). */
export type AppConfig = Omit<AppOptions, "db">;

function flag(value: string | undefined, name: string, fallback: boolean): boolean {
  if (value === undefined || value === "") return fallback;
  if (/^(1|true|yes|on)$/i.test(value)) return true;
  if (/^(0|false|no|off)$/i.test(value)) return false;
  throw new Error(`${name} must be true or false (got "${value}")`);
}

function integer(value: string | undefined, name: string, fallback: number, min: number, max: number) {
  if (value === undefined || value === "") return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max)
    throw new Error(`${name} must be an integer from ${min} to ${max} (got "${value}")`);
  return n;
}

export function appConfigFromEnv(env: NodeJS.ProcessEnv = process.env): AppConfig {
  return {
    graphiql: flag(env.GRAPHIQL, "GRAPHIQL", true),
    introspection: flag(env.INTROSPECTION, "INTROSPECTION", true),
    fieldSuggestions: flag(env.FIELD_SUGGESTIONS, "FIELD_SUGGESTIONS", true),
    rateLimit: rateLimitConfigFromEnv(env),
    requestTimeoutMs: integer(env.REQUEST_TIMEOUT_MS, "REQUEST_TIMEOUT_MS", 10_000, 100, 120_000),
  };
}
