import { type DatabaseConfig, databaseConfigFromEnv } from "@kausa/db";

export interface ApiConfig {
  port: number;
  host: string;
  database: DatabaseConfig;
  /** Load the sample dataset into an empty database (SAMPLE_DATA=false to start empty). */
  sampleData: boolean;
  graphiql: boolean;
  /** How long in-flight requests may take to finish on shutdown. */
  shutdownTimeoutMs: number;
}

function integer(
  value: string | undefined,
  name: string,
  fallback: number,
  min: number,
  max: number,
): number {
  if (value === undefined || value === "") return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max)
    throw new Error(`${name} must be an integer from ${min} to ${max} (got "${value}")`);
  return n;
}

function flag(value: string | undefined, name: string, fallback: boolean): boolean {
  if (value === undefined || value === "") return fallback;
  if (/^(1|true|yes|on)$/i.test(value)) return true;
  if (/^(0|false|no|off)$/i.test(value)) return false;
  throw new Error(`${name} must be true or false (got "${value}")`);
}

export function apiConfigFromEnv(env: NodeJS.ProcessEnv = process.env): ApiConfig {
  return {
    port: integer(env.PORT, "PORT", 4000, 0, 65535),
    host: env.HOST?.trim() || "0.0.0.0",
    database: databaseConfigFromEnv(env),
    sampleData: flag(env.SAMPLE_DATA, "SAMPLE_DATA", true),
    graphiql: flag(env.GRAPHIQL, "GRAPHIQL", true),
    shutdownTimeoutMs: integer(env.SHUTDOWN_TIMEOUT_MS, "SHUTDOWN_TIMEOUT_MS", 10_000, 0, 600_000),
  };
}
