import { createServer } from "node:http";
import { openDatabase, prepareDatabase } from "@kausa/db";
import { createApp } from "./app.ts";
import { appConfigFromEnv } from "./app-config.ts";
import { apiConfigFromEnv } from "./config.ts";

const config = apiConfigFromEnv();
const db = await openDatabase(config.database);
console.log(`[api] database: ${db.description}`);
const { migrations, seed } = await prepareDatabase(db, { sample: config.sampleData });
if (migrations.length) console.log(`[api] applied migrations: ${migrations.join(", ")}`);
if (seed.referenceData) console.log("[api] loaded reference data (regions, districts, gazetteer)");
if (seed.sampleData) console.log(`[api] loaded SAMPLE data: ${JSON.stringify(seed.sampleData)}`);

const yoga = createApp({ db, ...appConfigFromEnv() });
const server = createServer(yoga);
server.listen(config.port, config.host, () => {
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : config.port;
  const shown = config.host === "0.0.0.0" ? "localhost" : config.host;
  console.log(`[api] GraphQL API and GraphiQL on http://${shown}:${port}/graphql`);
});

// Graceful shutdown: stop accepting, let in-flight requests finish, then close the database
// (PGlite must be closed, or its data may not be flushed and the process would not exit).
let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  console.log(`[api] ${signal}: stopping`);
  const force = setTimeout(() => server.closeAllConnections(), config.shutdownTimeoutMs);
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeIdleConnections();
  await closed;
  clearTimeout(force);
  await db.close();
  console.log("[api] stopped");
  process.exit(0);
}
process.on("SIGTERM", () => void shutdown("SIGTERM"));
process.on("SIGINT", () => void shutdown("SIGINT"));
