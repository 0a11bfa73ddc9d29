import { createHash, randomUUID } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { repositoryRoot } from "../config.ts";
import type { Database, SqlSession } from "../database.ts";

export const migrationsDir = path.join(repositoryRoot, "prisma", "migrations");

/** Same key Prisma Migrate locks with, so the CLI and the server never migrate at once. */
const MIGRATION_LOCK_KEY = 72707369;

// Prisma's own bookkeeping table: `prisma migrate status` understands what the server applied.
const CREATE_MIGRATIONS_TABLE = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

interface Migration {
  name: string;
  sql: string;
  checksum: string;
}

interface AppliedRow {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
}

export async function readMigrations(dir = migrationsDir): Promise<Migration[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const names = entries
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  return Promise.all(
    names.map(async (name) => {
      const sql = await readFile(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    }),
  );
}

/**
 * Applies pending migrations in order, each in its own transaction under an advisory lock,
 * so several instances starting at once apply each migration exactly once.
 * Returns the names of the migrations applied now.
 */
export async function applyMigrations(db: Database, dir = migrationsDir): Promise<string[]> {
  const migrations = await readMigrations(dir);
  const applied: string[] = [];
  for (const migration of migrations) {
    const done = await db.transaction(async (tx) => {
      // The app's statement and idle-in-transaction timeouts guard requests; a migration (and
      // waiting for another instance's) may legitimately take longer.
      await tx.exec("SET LOCAL statement_timeout = 0; SET LOCAL idle_in_transaction_session_timeout = 0");
      await tx.query("SELECT pg_advisory_xact_lock($1)", [MIGRATION_LOCK_KEY]);
      await tx.exec(CREATE_MIGRATIONS_TABLE);
      const existing = await appliedRow(tx, migration.name);
      if (existing) {
        if (!existing.finished_at) {
          throw new Error(
            `Migration ${migration.name} was started but never finished; repair the database, then mark it with \`prisma migrate resolve\`.`,
          );
        }
        if (existing.checksum !== migration.checksum) {
          console.warn(`[db] migration ${migration.name} was edited after it was applied (checksum differs)`);
        }
        return false;
      }
      await tx.exec(migration.sql);
      await tx.query(
        `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, finished_at, applied_steps_count)
         VALUES ($1, $2, $3, now(), now(), 1)`,
        [randomUUID(), migration.checksum, migration.name],
      );
      return true;
    });
    if (done) applied.push(migration.name);
  }
  return applied;
}

async function appliedRow(tx: SqlSession, name: string): Promise<AppliedRow | undefined> {
  const rows = await tx.query<AppliedRow>(
    `SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations"
     WHERE migration_name = $1 AND rolled_back_at IS NULL`,
    [name],
  );
  return rows[0];
}
