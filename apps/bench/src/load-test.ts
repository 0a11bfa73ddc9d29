/**
 * pnpm --filter @kausa/bench bench:load — the load test of issue #11: 200 concurrent connections
 * for 60 s (LOAD_SECONDS) on the widget's query against the API as deployed, once on PostgreSQL
 * (a scratch database with 10,000 synthetic contact points) and once on PGlite (the embedded
 * default with its sample data, in a temporary directory); each with the response cache on (as
 * deployed) and off (RESPONSE_CACHE_TTL_SECONDS=0). Writes the load section of docs/benchmarks.md.
 * Loopback only, bounded in time.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { repositoryRoot } from "@kausa/db";
import { createBenchDatabase } from "./bench-database.ts";
import { checkPaths, loadRun } from "./load/load-run.ts";
import { startProductionServer } from "./load/production-server.ts";
import { VARIANTS, widgetSearchPaths } from "./load/widget-requests.ts";
import { writeSection } from "./report/docs-sections.ts";
import { type LoadRow, loadSection } from "./report/load-section.ts";

const CONNECTIONS = 200;
const SECONDS = Number(process.env.LOAD_SECONDS ?? 60);
const CACHES = [
  { cache: "on (as deployed)", env: {} },
  { cache: "off", env: { RESPONSE_CACHE_TTL_SECONDS: "0" } },
] as const;

// The server as `pnpm start` builds it (the widget build writes the persisted-operations manifest).
console.log("building the API (turbo, as pnpm start does)…");
execFileSync("pnpm", ["exec", "turbo", "run", "build", "--filter=@kausa/api", "--output-logs=errors-only"], {
  cwd: repositoryRoot,
  stdio: "inherit",
});
const paths = widgetSearchPaths();

async function runOn(database: string, env: Record<string, string>): Promise<LoadRow[]> {
  const rows: LoadRow[] = [];
  for (const { cache, env: cacheEnv } of CACHES) {
    const server = await startProductionServer({ ...env, ...cacheEnv });
    try {
      const totals = await checkPaths(server.origin, paths);
      console.log(`${database}, cache ${cache}: ${CONNECTIONS} connections for ${SECONDS} s…`);
      const result = await loadRun(server.origin, paths, CONNECTIONS, SECONDS);
      console.log(`  ${JSON.stringify(result)}`);
      rows.push({
        database,
        cache,
        result,
        totals,
        cacheLookups: await server.cacheLookups(),
        serverErrorLines: server.errorLines(),
        peakRssMb: server.peakRssMb(),
      });
    } finally {
      await server.stop();
    }
  }
  return rows;
}

const rows: LoadRow[] = [];
console.log("preparing a scratch PostgreSQL database with 10,000 synthetic contact points…");
const bench = await createBenchDatabase("kausa_load", 10_000);
try {
  rows.push(...(await runOn("PostgreSQL, 10,000 points", { DATABASE_URL: bench.url })));
} finally {
  await bench.drop();
}
const dataDir = mkdtempSync(path.join(tmpdir(), "kausa-load-pglite-"));
try {
  // The first start creates the database and loads the sample data, as a fresh deployment does.
  rows.push(...(await runOn("PGlite, sample data", { PGLITE_DATA_DIR: dataDir })));
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}

const section = loadSection({ connections: CONNECTIONS, seconds: SECONDS, variants: VARIANTS, rows });
writeSection("load", section);
console.log(section);
