import { type Database, openDatabase, prepareDatabase } from "@kausa/db";
import { createScratchDatabase } from "./scratch-database.ts";
import { addSyntheticContactPoints, type SyntheticOptions } from "./synthetic-data.ts";

/**
 * A scratch PostgreSQL database with the app's migrations, the sample data and `points`
 * synthetic contact points, and nothing else of the benchmark's (no extra index). `grow` adds
 * synthetic points to the same database; both end with ANALYZE so the planner knows the new
 * size before anything is measured. `drop` closes and removes it.
 */
export async function createBenchDatabase(prefix: string, points: number) {
  const scratch = await createScratchDatabase(prefix);
  let db: Database | undefined;
  try {
    db = await openDatabase({ kind: "postgres", url: scratch.url });
    await prepareDatabase(db);
    await addSyntheticContactPoints(db, points);
    await db.exec("ANALYZE");
  } catch (error) {
    await db?.close();
    await scratch.drop();
    throw error;
  }
  const open = db;
  let synthetic = points;
  return {
    url: scratch.url,
    db: open,
    /** Synthetic points so far. */
    synthetic: () => synthetic,
    /** Adds points up to `to` in all; `options` may keep them out of the queries' areas. */
    async grow(to: number, options: SyntheticOptions = {}) {
      await addSyntheticContactPoints(open, to - synthetic, synthetic, options);
      synthetic = to;
      await open.exec("ANALYZE");
    },
    /** Removes the points added with `prefix`, back to `to` in all. */
    async shrink(prefix: string, to: number) {
      await open.query(`DELETE FROM "ContactPoint" WHERE "id" LIKE $1`, [`${prefix}-%`]);
      synthetic = to;
      await open.exec("VACUUM ANALYZE");
    },
    async publishedContactPoints() {
      return open.prisma.contactPoint.count({ where: { status: "PUBLISHED" } });
    },
    async drop() {
      await open.close();
      await scratch.drop();
    },
  };
}

export type BenchDatabase = Awaited<ReturnType<typeof createBenchDatabase>>;
