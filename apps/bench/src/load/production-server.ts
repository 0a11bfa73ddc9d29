import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { repositoryRoot } from "@kausa/db";

export interface ProductionServer {
  origin: string;
  /** Log lines at level error (50) or fatal (60) so far. */
  errorLines(): number;
  /** Response cache lookups so far, from /metrics (null with the cache off). */
  cacheLookups(): Promise<{ hits: number; misses: number } | null>;
  /** Peak resident memory of the process, in MB (Linux /proc). */
  peakRssMb(): number;
  stop(): Promise<void>;
}

/** Variables a developer's shell may hold that would change which database or cache is used. */
const CLEARED = ["DATABASE_URL", "PGLITE_DATA_DIR", "REDIS_URL", "PORT", "HOST"];

/**
 * The API as deployed: `node apps/api/dist/server.js` (built by `pnpm start`'s turbo build), in
 * its own process, configured only through its environment (docs/operations.md). The benchmark
 * adds what one loopback client with 200 connections needs: RATE_LIMIT=false (the budgets are
 * per client) and MAX_CONNECTIONS_PER_CLIENT=0 (the cap of 100 connections per client would
 * refuse half of them), plus a METRICS_TOKEN to read the cache counters.
 */
export function startProductionServer(env: Record<string, string>): Promise<ProductionServer> {
  const metricsToken = randomBytes(16).toString("hex");
  const base = Object.fromEntries(Object.entries(process.env).filter(([k]) => !CLEARED.includes(k)));
  const child: ChildProcess = spawn(process.execPath, ["apps/api/dist/server.js"], {
    cwd: repositoryRoot,
    env: {
      ...base,
      // As deploy/Dockerfile sets it.
      NODE_ENV: "production",
      PORT: "0",
      HOST: "127.0.0.1",
      RATE_LIMIT: "false",
      MAX_CONNECTIONS_PER_CLIENT: "0",
      METRICS_TOKEN: metricsToken,
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let head = "";
  let listening = false;
  let errors = 0;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`the API did not listen within 3 minutes:\n${head}`));
    }, 180_000);
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`the API exited with ${code} before listening:\n${head}`));
    });
    child.stderr?.on("data", (chunk: Buffer) => process.stderr.write(`[api] ${chunk}`));
    child.stdout?.on("data", (chunk: Buffer) => {
      const text = chunk.toString();
      // Every request is logged (LOG_REQUESTS defaults to on, as deployed): count errors, keep nothing.
      errors += text.match(/"level":(50|60)/g)?.length ?? 0;
      if (listening) return;
      head = (head + text).slice(-20_000);
      const port = /http:\/\/127\.0\.0\.1:(\d+)\/graphql/.exec(head)?.[1];
      if (!port) return;
      listening = true;
      clearTimeout(timer);
      const origin = `http://127.0.0.1:${port}`;
      resolve({
        origin,
        errorLines: () => errors,
        async cacheLookups() {
          const response = await fetch(`${origin}/metrics`, {
            headers: { authorization: `Bearer ${metricsToken}` },
          });
          const text = await response.text();
          const count = (result: string) =>
            Number(
              new RegExp(`kausa_response_cache_lookups_total\\{result="${result}"\\} (\\d+)`).exec(text)?.[1],
            );
          const hits = count("hit");
          return Number.isNaN(hits) ? null : { hits, misses: count("miss") };
        },
        peakRssMb() {
          const status = readFileSync(`/proc/${child.pid}/status`, "utf8");
          return Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
        },
        async stop() {
          if (child.exitCode !== null) return;
          child.kill("SIGTERM");
          const killed = setTimeout(() => child.kill("SIGKILL"), 20_000);
          await exited;
          clearTimeout(killed);
        },
      });
    });
  });
}
