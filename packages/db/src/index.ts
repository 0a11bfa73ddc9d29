export {
  type DatabaseConfig,
  databaseConfigFromEnv,
  describeDatabase,
  redactUrl,
  repositoryRoot,
} from "./config.ts";
export {
  type Database,
  type DatabaseLoad,
  openDatabase,
  type QueryListener,
  type SqlSession,
} from "./database.ts";
export {
  classifyDatabaseError,
  type DatabaseErrorKind,
  databaseErrorKind,
  retryAfterSeconds,
} from "./error-kind.ts";
export { DatabaseBusyError, RequestAbortedError } from "./errors.ts";
export type {
  ApiToken,
  AuditEntry,
  ChangeRequest,
  OutdatedReport,
  Session,
  User,
} from "./generated/prisma/client.ts";
export { Prisma, PrismaClient } from "./generated/prisma/client.ts";
export * from "./generated/prisma/enums.ts";
export { applyMigrations, migrationsDir, readMigrations } from "./migrations/runner.ts";
export {
  type DatabaseOptions,
  type DatabaseOptionsInput,
  databaseOptionEnvNames,
  databaseOptionsFromEnv,
  defaultDatabaseOptions,
  resolveDatabaseOptions,
} from "./options.ts";
export { prepareDatabase } from "./prepare.ts";
export {
  currentRequestScope,
  enterRequestScope,
  type RequestScope,
  runInRequestScope,
  throwIfRequestAborted,
} from "./request-scope.ts";
export { type SeedResult, seedIfEmpty } from "./seed/seed.ts";
