import type { PGlite } from "@electric-sql/pglite";
import type { PrismaPg } from "@prisma/adapter-pg";
import type pg from "pg";
import type { PrismaPGlite } from "pglite-prisma-adapter";
import { openPglite, pgliteAdapter } from "./adapters/pglite.ts";
import { openPostgresPool, postgresAdapter } from "./adapters/postgres.ts";
import { queuedPglite } from "./adapters/queued-pglite.ts";
import { requestScopedAdapter } from "./adapters/request-scoped-adapter.ts";
import { type DatabaseConfig, describeDatabase } from "./config.ts";
import { FairQueue } from "./fair-queue.ts";
import { PrismaClient } from "./generated/prisma/client.ts";
import { type DatabaseOptions, type DatabaseOptionsInput, resolveDatabaseOptions } from "./options.ts";
import { throwIfRequestAborted } from "./request-scope.ts";
import { runScopedStatement } from "./scoped-statement.ts";

/** Plain SQL access below Prisma, for migrations and health checks. */
export interface SqlSession {
  /** Runs one or more statements without parameters. */
  exec(sql: string): Promise<void>;
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
}

/** How loaded the database is right now (for metrics and tests). */
export interface DatabaseLoad {
  /** Units of work running: PostgreSQL connections checked out; PGlite 0 or 1. */
  active: number;
  /** Request work waiting its turn (PGlite) or for a free connection (PostgreSQL). */
  waiting: number;
}

export type QueryListener = (sql: string, params: unknown[]) => void;

export interface Database extends SqlSession {
  readonly config: DatabaseConfig;
  /** The limits in force (defaults filled in). */
  readonly options: DatabaseOptions;
  readonly description: string;
  readonly prisma: PrismaClient;
  /** Runs `fn` in one transaction on one connection. */
  transaction<T>(fn: (tx: SqlSession) => Promise<T>): Promise<T>;
  /**
   * Statements run through Prisma or `query` are reported here with their parameters (the N+1
   * guard in tests listens; the benchmark explains them).
   */
  onQuery(listener: QueryListener): () => void;
  load(): DatabaseLoad;
  close(): Promise<void>;
}

/**
 * Opens the database with its limits. Every statement run inside a request scope (see
 * request-scope.ts) — through `prisma`, `query`, `exec` or `transaction` — first checks that
 * its request is still wanted, and waits for the database in a bounded line.
 */
export async function openDatabase(
  config: DatabaseConfig,
  options: DatabaseOptionsInput = {},
): Promise<Database> {
  const resolved = resolveDatabaseOptions(options);
  return config.kind === "postgres" ? openPostgres(config, resolved) : openEmbedded(config, resolved);
}

function createPrisma(adapter: PrismaPg | PrismaPGlite) {
  const prisma = new PrismaClient({
    adapter: requestScopedAdapter(adapter),
    log: [{ emit: "event", level: "query" }],
  });
  const listeners = new Set<QueryListener>();
  prisma.$on("query", (event) => {
    if (listeners.size === 0) return;
    const params = parseParams(event.params);
    for (const listener of listeners) listener(event.query, params);
  });
  const onQuery = (listener: QueryListener) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  };
  const report = (sql: string, params: unknown[]) => {
    for (const listener of listeners) listener(sql, params);
  };
  return { prisma, onQuery, report };
}

/** Prisma reports a statement's parameters as JSON text. */
function parseParams(text: string): unknown[] {
  try {
    const params: unknown = JSON.parse(text);
    return Array.isArray(params) ? params : [];
  } catch {
    return [];
  }
}

/** A session whose every statement first checks the request scope. */
function scopedSession(
  run: {
    exec(sql: string): Promise<unknown>;
    query(sql: string, params: unknown[]): Promise<{ rows: unknown[] }>;
  },
  report: (sql: string, params: unknown[]) => void,
): SqlSession {
  return {
    async exec(sql) {
      await runScopedStatement(() => run.exec(sql));
    },
    async query<T>(sql: string, params: unknown[] = []) {
      const result = await runScopedStatement(() => run.query(sql, params));
      // Reported once it has run, as Prisma reports its own (an aborted request's never does).
      report(sql, params);
      return result.rows as T[];
    },
  };
}

async function openPostgres(
  config: Extract<DatabaseConfig, { kind: "postgres" }>,
  options: DatabaseOptions,
): Promise<Database> {
  const pool = openPostgresPool(config.url, options);
  // An idle client that loses its connection must not crash the process.
  pool.on("error", (error) => console.error("[db] idle PostgreSQL client error:", error.message));
  const { prisma, onQuery, report } = createPrisma(postgresAdapter(pool));
  const session = (client: pg.Pool | pg.PoolClient) =>
    scopedSession(
      { exec: (sql) => client.query(sql), query: (sql, params) => client.query(sql, params) },
      report,
    );
  return {
    config,
    options,
    description: describeDatabase(config),
    prisma,
    onQuery,
    ...session(pool),
    async transaction(fn) {
      throwIfRequestAborted();
      const client = await pool.connect();
      try {
        await client.query("BEGIN");
        const result = await fn(session(client));
        await client.query("COMMIT");
        return result;
      } catch (error) {
        await client.query("ROLLBACK").catch(() => {});
        throw error;
      } finally {
        client.release();
      }
    },
    load: () => ({ active: pool.totalCount - pool.idleCount, waiting: pool.scopedWaitingCount }),
    async close() {
      await prisma.$disconnect();
      await pool.end();
    },
  };
}

async function openEmbedded(
  config: Extract<DatabaseConfig, { kind: "pglite" }>,
  options: DatabaseOptions,
): Promise<Database> {
  const raw: PGlite = await openPglite(config.dataDir);
  // PGlite runs one statement at a time; everything the app runs waits in this bounded line.
  const queue = new FairQueue({ name: "the embedded database", ...options.queue });
  const db = queuedPglite(raw, queue);
  const { prisma, onQuery, report } = createPrisma(pgliteAdapter(db));
  const session = (client: Pick<PGlite, "exec" | "query">) => scopedSession(client, report);
  return {
    config,
    options,
    description: describeDatabase(config),
    prisma,
    onQuery,
    ...session(db),
    // One unit in the line; its statements run on PGlite's transaction and do not queue again.
    transaction: (fn) => db.transaction((tx) => fn(session(tx))),
    load: () => ({ active: queue.busy ? 1 : 0, waiting: queue.waitingCount }),
    async close() {
      await prisma.$disconnect();
      // PGlite keeps the event loop alive until closed; closing also flushes to disk.
      if (!raw.closed) await raw.close();
    },
  };
}
