import {
  type DatabaseConfig,
  type DatabaseOptions,
  databaseConfigFromEnv,
  databaseOptionsFromEnv,
} from "@kausa/db";
import { flag, integer } from "./env.ts";

/** How the Node HTTP server treats slow and greedy clients (see docs/operations.md). */
export interface HttpServerConfig {
  /** A client must send all request headers within this time (slow-header attacks). */
  headersTimeoutMs: number;
  /** …and the whole request, body included, within this time (bodies trickled byte by byte). */
  requestTimeoutMs: number;
  /** An idle keep-alive connection is closed after this time. */
  keepAliveTimeoutMs: number;
  /** Open connections one client (IPv4 address, IPv6 /64) may hold at once; 0 = no cap. */
  maxConnectionsPerClient: number;
}

export interface ApiConfig {
  port: number;
  host: string;
  database: DatabaseConfig;
  /** Statement timeout, pool size and the bounded waiting line (see docs/limits-and-errors.md). */
  databaseOptions: DatabaseOptions;
  /** Load the sample dataset into an empty database (SAMPLE_DATA=false to start empty). */
  sampleData: boolean;
  http: HttpServerConfig;
  /** How long in-flight requests may take to finish on shutdown before connections are cut. */
  shutdownTimeoutMs: number;
  /** Closed visitor reports are deleted this many days after closing (GDPR: kept no longer than needed). */
  reportRetentionDays: number;
  /** Seconds a cached public answer may be served (every change to the data empties the cache); 0: no cache. */
  responseCacheTtlSeconds: number;
}

const HOUR_MS = 3_600_000;

export function httpServerConfigFromEnv(env: NodeJS.ProcessEnv = process.env): HttpServerConfig {
  const headersTimeoutMs = integer(env.HEADERS_TIMEOUT_MS, "HEADERS_TIMEOUT_MS", 10_000, 1, HOUR_MS);
  const requestTimeoutMs = integer(env.REQUEST_TIMEOUT_MS, "REQUEST_TIMEOUT_MS", 30_000, 1, HOUR_MS);
  // Node refuses a header timeout longer than the request timeout; say so in our own words.
  if (headersTimeoutMs > requestTimeoutMs) {
    throw new Error(
      `HEADERS_TIMEOUT_MS (${headersTimeoutMs}) must not be longer than REQUEST_TIMEOUT_MS (${requestTimeoutMs})`,
    );
  }
  return {
    headersTimeoutMs,
    requestTimeoutMs,
    // 0 would mean "never time out" in Node: idle connections would pile up, so at least 1 ms.
    keepAliveTimeoutMs: integer(env.KEEP_ALIVE_TIMEOUT_MS, "KEEP_ALIVE_TIMEOUT_MS", 5_000, 1, HOUR_MS),
    maxConnectionsPerClient: integer(
      env.MAX_CONNECTIONS_PER_CLIENT,
      "MAX_CONNECTIONS_PER_CLIENT",
      100,
      0,
      1_000_000,
    ),
  };
}

export function apiConfigFromEnv(env: NodeJS.ProcessEnv = process.env): ApiConfig {
  return {
    port: integer(env.PORT, "PORT", 4000, 0, 65535),
    host: env.HOST?.trim() || "0.0.0.0",
    database: databaseConfigFromEnv(env),
    databaseOptions: databaseOptionsFromEnv(env),
    sampleData: flag(env.SAMPLE_DATA, "SAMPLE_DATA", true),
    http: httpServerConfigFromEnv(env),
    shutdownTimeoutMs: integer(env.SHUTDOWN_TIMEOUT_MS, "SHUTDOWN_TIMEOUT_MS", 10_000, 0, 600_000),
    reportRetentionDays: integer(env.REPORT_RETENTION_DAYS, "REPORT_RETENTION_DAYS", 180, 1, 3650),
    responseCacheTtlSeconds: integer(
      env.RESPONSE_CACHE_TTL_SECONDS,
      "RESPONSE_CACHE_TTL_SECONDS",
      300,
      0,
      86_400,
    ),
  };
}
