export {
  type DatabaseConfig,
  databaseConfigFromEnv,
  describeDatabase,
  redactUrl,
  repositoryRoot,
} from "./config.ts";
export { type Database, openDatabase, type SqlSession } from "./database.ts";
export { Prisma, PrismaClient } from "./generated/prisma/client.ts";
export * from "./generated/prisma/enums.ts";
export { applyMigrations, migrationsDir, readMigrations } from "./migrations/runner.ts";
export { prepareDatabase } from "./prepare.ts";
export { type SeedResult, seedIfEmpty } from "./seed/seed.ts";
