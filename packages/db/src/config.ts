import path from "node:path";
import { fileURLToPath } from "node:url";

/** Where the database lives: a PostgreSQL server, or the embedded PGlite default. */
export type DatabaseConfig =
  | { kind: "postgres"; url: string }
  | {
      kind: "pglite";
      /** A directory for persistent data, or undefined for an in-memory database (tests, CLI diffs). */
      dataDir: string | undefined;
    };

export const repositoryRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");

/**
 * Reads the database choice from the environment:
 * - `DATABASE_URL=postgres://…` → PostgreSQL;
 * - otherwise PGlite in `PGLITE_DATA_DIR` (default `./data` at the repository root);
 *   `PGLITE_DATA_DIR=memory://` keeps it in memory.
 */
export function databaseConfigFromEnv(env: NodeJS.ProcessEnv = process.env): DatabaseConfig {
  const url = env.DATABASE_URL?.trim();
  if (url) {
    if (!/^postgres(ql)?:\/\//.test(url)) {
      throw new Error(`DATABASE_URL must start with postgres:// or postgresql:// (got "${redactUrl(url)}")`);
    }
    return { kind: "postgres", url };
  }
  const dir = env.PGLITE_DATA_DIR?.trim();
  if (dir === "memory://") return { kind: "pglite", dataDir: undefined };
  return { kind: "pglite", dataDir: path.resolve(repositoryRoot, dir || "data") };
}

/** Hides the password of a connection URL for logs and error messages. */
export function redactUrl(url: string): string {
  return url.replace(/\/\/([^:/@]+):([^@]+)@/, "//$1:***@");
}

export function describeDatabase(config: DatabaseConfig): string {
  if (config.kind === "postgres") return `PostgreSQL (${redactUrl(config.url)})`;
  return config.dataDir ? `embedded PGlite (${config.dataDir})` : "embedded PGlite (in memory)";
}
