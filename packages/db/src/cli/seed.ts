import { databaseConfigFromEnv } from "../config.ts";
import { openDatabase } from "../database.ts";
import { applyMigrations } from "../migrations/runner.ts";
import { seedIfEmpty } from "../seed/seed.ts";

const db = await openDatabase(databaseConfigFromEnv());
try {
  await applyMigrations(db);
  const { referenceData, sampleData } = await seedIfEmpty(db);
  console.log(`${db.description}: reference data ${referenceData ? "loaded" : "already present"}`);
  console.log(
    sampleData
      ? `sample data loaded: ${JSON.stringify(sampleData)}`
      : "sample data not loaded: the database already holds partners, contact points or offers",
  );
} finally {
  await db.close();
}
