import type { Server } from "node:http";
import { type Database, openDatabase, prepareDatabase } from "@kausa/db";
import { createApp } from "./app.ts";
import { type AppConfig, appConfigFromEnv } from "./app-config.ts";
import { dataChangesFromEnv } from "./cache/data-changes.ts";
import { subscribeInvalidation } from "./cache/response-cache.ts";
import { responseStoreFromEnv } from "./cache/response-store.ts";
import { type ApiConfig, apiConfigFromEnv } from "./config.ts";
import { flushLog } from "./logging/logger.ts";
import { closeGracefully } from "./node/graceful-shutdown.ts";
import { createHttpServer } from "./node/http-server.ts";
import { startRetention } from "./node/retention.ts";
import { listenForStopSignals } from "./node/stop-signals.ts";

// The server process: `node apps/api/dist/server.js` in production (built by scripts/build.ts),
// `node --import tsx apps/api/src/server.ts` in development. See docs/operations.md.
//
// Exit codes: 0 after a clean stop; 1 when the configuration is invalid, start-up fails, or a
// stop had to cut requests still running after SHUTDOWN_TIMEOUT_MS (or closing failed).

let config: ApiConfig;
let appConfig: AppConfig;
try {
  config = apiConfigFromEnv();
  appConfig = appConfigFromEnv();
} catch (error) {
  // A mistyped variable deserves one clear line, not a stack trace.
  console.error(`[api] configuration error: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}

// Everything the process says goes to the JSON log (pino) on stdout.
const logger = appConfig.logger!;
const log = {
  info: (message: string) => logger.info(message),
  warn: (message: string) => logger.warn(message),
  error: (message: string, error: unknown) => logger.error({ err: error }, message),
};

const signals = listenForStopSignals();
const db = await openDatabase(config.database, config.databaseOptions);
log.info(`[api] database: ${db.description}`);
const { migrations, seed } = await prepareDatabase(db, { sample: config.sampleData });
if (migrations.length) log.info(`[api] applied migrations: ${migrations.join(", ")}`);
if (seed.referenceData) log.info("[api] loaded reference data (regions, districts, gazetteer)");
if (seed.sampleData) log.info(`[api] loaded SAMPLE data: ${JSON.stringify(seed.sampleData)}`);
if (signals.received) {
  log.info(`[api] ${await signals.first} during start-up: not listening`);
  await stopped(db, 0);
}

// Changes made through the editing API, announced to every instance (Redis) for their caches.
const events = dataChangesFromEnv();
// Public answers cached (shared through Redis with REDIS_URL), emptied on every change.
const store = config.responseCacheTtlSeconds > 0 ? responseStoreFromEnv() : null;
const stopInvalidation = store
  ? subscribeInvalidation(events, store, appConfig.requestTimeoutMs ?? 10_000)
  : null;
const yoga = createApp({
  db,
  events,
  ...appConfig,
  responseCache: store ? { store, ttlSeconds: config.responseCacheTtlSeconds } : false,
});
const retention = startRetention(db, config.reportRetentionDays, log);
const http = createHttpServer(yoga, config.http, log);
try {
  await listen(http.server, config.port, config.host);
} catch (error) {
  log.error(`[api] cannot listen on ${config.host}:${config.port}:`, (error as Error).message);
  await stopped(db, 1);
}

const signal = await signals.first;
log.info(
  `[api] ${signal}: draining, ${http.drain.inFlight} request(s) in flight ` +
    `(up to ${config.shutdownTimeoutMs} ms; /ready answers 503)`,
);
const { forced } = await closeGracefully(http, config.shutdownTimeoutMs, signals.second, log);
// Plugins may hold connections of their own (Redis for shared rate limits). A failure there is
// logged; the database is closed all the same.
let disposed = true;
try {
  await yoga.dispose();
} catch (error) {
  disposed = false;
  log.error("[api] closing the app's plugins failed:", error);
}
await events.close();
stopInvalidation?.();
await store?.close();
clearInterval(retention);
await stopped(db, forced || !disposed ? 1 : 0);

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      const address = server.address();
      const actualPort = typeof address === "object" && address ? address.port : port;
      const shown = host === "0.0.0.0" ? "localhost" : host;
      log.info(`[api] GraphQL API and GraphiQL on http://${shown}:${actualPort}/graphql`);
      resolve();
    });
  });
}

/** Closes the database (PGlite flushes its files here) and leaves. */
async function stopped(database: Database, code: number): Promise<never> {
  try {
    await database.close();
  } catch (error) {
    log.error("[api] closing the database failed:", error);
    code = 1;
  }
  log.info(code === 0 ? "[api] stopped" : "[api] stopped, but not cleanly (see above)");
  await flushLog(logger);
  process.exit(code);
}
