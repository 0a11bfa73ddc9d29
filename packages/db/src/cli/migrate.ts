import { databaseConfigFromEnv } from "../config.ts";
import { openDatabase } from "../database.ts";
import { applyMigrations } from "../migrations/runner.ts";

const db = await openDatabase(databaseConfigFromEnv());
try {
  const applied = await applyMigrations(db);
  console.log(
    `${db.description}: ${applied.length ? `applied ${applied.join(", ")}` : "already up to date"}`,
  );
} finally {
  await db.close();
}
