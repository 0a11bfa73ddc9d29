import type { Database } from "./database.ts";
import { applyMigrations } from "./migrations/runner.ts";
import { type SeedResult, seedIfEmpty } from "./seed/seed.ts";

/** What the server does on start: migrate, then seed an empty database. */
export async function prepareDatabase(
  db: Database,
  options: { sample?: boolean } = {},
): Promise<{ migrations: string[]; seed: SeedResult }> {
  const migrations = await applyMigrations(db);
  const seed = await seedIfEmpty(db, options);
  return { migrations, seed };
}
