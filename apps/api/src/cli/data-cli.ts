// What the data:* commands share: the database as the server opens it, file paths as the
// caller typed them, and exit codes.
import path from "node:path";
import {
  applyMigrations,
  type Database,
  databaseConfigFromEnv,
  databaseOptionsFromEnv,
  openDatabase,
  prepareDatabase,
} from "@kausa/db";

export class UsageError extends Error {}

/**
 * `pnpm data:import FILE` runs in apps/api (pnpm --filter); pnpm sets INIT_CWD to the directory
 * the command was typed in, which is where a relative FILE lies.
 */
export const callerPath = (file: string) => path.resolve(process.env.INIT_CWD || process.cwd(), file);

/**
 * The server's database (DATABASE_URL or PGLITE_DATA_DIR), migrated and — unless `referenceData`
 * is false (a restore brings its own) — with the reference data, never the sample data. Long
 * imports and restores get statements and transactions the server's per-request limits would cut short.
 */
export async function openCliDatabase({ referenceData = true } = {}): Promise<Database> {
  const options = databaseOptionsFromEnv();
  const db = await openDatabase(databaseConfigFromEnv(), {
    ...options,
    statementTimeoutMs: Math.max(options.statementTimeoutMs, 600_000),
    idleInTransactionTimeoutMs: Math.max(options.idleInTransactionTimeoutMs, 600_000),
  });
  if (referenceData) await prepareDatabase(db, { sample: false });
  else await applyMigrations(db);
  return db;
}

/** Runs a command: exit 0 on success, 2 on wrong usage, 1 on anything else (one clear line). */
export function runCli(usage: string, main: () => Promise<number>): void {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      if (error instanceof UsageError) {
        console.error(`${error.message}\n\n${usage}`);
        process.exit(2);
      }
      console.error(`error: ${error instanceof Error ? error.message : String(error)}`);
      if (process.env.DEBUG) console.error(error);
      process.exit(1);
    },
  );
}
