import type { Database } from "../database.ts";
import { loadReferenceData } from "./reference-data.ts";
import { loadSampleData } from "./sample-data.ts";

const SEED_LOCK_KEY = 4_711_2026;

export interface SeedResult {
  referenceData: boolean;
  sampleData: Awaited<ReturnType<typeof loadSampleData>> | null;
}

/**
 * Loads reference data when missing and the sample dataset when the database holds no
 * partners, contact points or offers yet. Never writes over existing data. One transaction
 * under a lock, so a crash leaves nothing half-seeded and two instances never seed twice.
 */
export async function seedIfEmpty(db: Database, options: { sample?: boolean } = {}): Promise<SeedResult> {
  return db.prisma.$transaction(
    async (tx) => {
      // Like migrations, seeding (and waiting for another instance's) is not bound by the limits
      // meant for requests: statement_timeout and idle_in_transaction_session_timeout.
      await tx.$executeRawUnsafe("SET LOCAL statement_timeout = 0");
      await tx.$executeRawUnsafe("SET LOCAL idle_in_transaction_session_timeout = 0");
      await tx.$executeRawUnsafe("SELECT pg_advisory_xact_lock($1)", SEED_LOCK_KEY);
      const referenceData = await loadReferenceData(tx);
      if (options.sample === false) return { referenceData, sampleData: null };
      const [partners, contactPoints, offers] = await Promise.all([
        tx.partner.count(),
        tx.contactPoint.count(),
        tx.offer.count(),
      ]);
      if (partners + contactPoints + offers > 0) return { referenceData, sampleData: null };
      return { referenceData, sampleData: await loadSampleData(tx) };
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
}
