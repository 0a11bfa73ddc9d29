import { PrismaPg } from "@prisma/adapter-pg";
import { type DatabaseOptions, type DatabaseOptionsInput, resolveDatabaseOptions } from "../options.ts";
import { ScopedPool } from "./scoped-pool.ts";

/**
 * The pool for the application's own raw SQL and the Prisma adapter on top of it. Every
 * connection carries server-side limits, so no statement and no forgotten transaction can hold
 * a connection (and the server's work) without end.
 */
export function openPostgresPool(url: string, limits: DatabaseOptionsInput | number = {}): ScopedPool {
  // A number is the pool size (as the Prisma CLI's config passes it).
  const options: DatabaseOptions = resolveDatabaseOptions(
    typeof limits === "number" ? { poolSize: limits } : limits,
  );
  return new ScopedPool(
    {
      connectionString: url,
      application_name: "kausa-api",
      max: options.poolSize,
      // Bounds both opening a connection and waiting for a free one (work outside a request scope).
      connectionTimeoutMillis: options.connectTimeoutMs,
      statement_timeout: options.statementTimeoutMs,
      idle_in_transaction_session_timeout: options.idleInTransactionTimeoutMs,
    },
    options.queue,
  );
}

export function postgresAdapter(pool: ScopedPool): PrismaPg {
  return new PrismaPg(pool);
}
