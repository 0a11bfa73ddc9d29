import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { unaccent } from "@electric-sql/pglite/contrib/unaccent";
import { PrismaPGlite } from "pglite-prisma-adapter";

/**
 * Opens the embedded database. The extensions the migrations create (pg_trgm for fuzzy
 * place search, unaccent for "Sommerda" → "Sömmerda") must be bundled at construction.
 */
export async function openPglite(dataDir: string | undefined): Promise<PGlite> {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const db = await PGlite.create({ dataDir, extensions: { pg_trgm, unaccent } });
  return db;
}

/** `db` should be the queued instance (see queued-pglite.ts), so Prisma's statements wait in the same line. */
export function pgliteAdapter(db: PGlite): PrismaPGlite {
  return new PrismaPGlite(db);
}
