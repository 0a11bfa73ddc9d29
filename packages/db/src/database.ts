import type { PGlite } from "@electric-sql/pglite";
import type { PrismaPg } from "@prisma/adapter-pg";
import type pg from "pg";
import type { PrismaPGlite } from "pglite-prisma-adapter";
import { openPglite, pgliteAdapter } from "./adapters/pglite.ts";
import { openPostgresPool, postgresAdapter } from "./adapters/postgres.ts";
import { type DatabaseConfig, describeDatabase } from "./config.ts";
import { PrismaClient } from "./generated/prisma/client.ts";

/** Plain SQL access below Prisma, for migrations and health checks. */
export interface SqlSession {
  /** Runs one or more statements without parameters. */
  exec(sql: string): Promise<void>;
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
}

export interface Database extends SqlSession {
  readonly config: DatabaseConfig;
  readonly description: string;
  readonly prisma: PrismaClient;
  /** Runs `fn` in one transaction on one connection. */
  transaction<T>(fn: (tx: SqlSession) => Promise<T>): Promise<T>;
  /** Statements run through Prisma are reported here (the N+1 guard in tests listens). */
  onQuery(listener: (sql: string) => void): () => void;
  close(): Promise<void>;
}

export async function openDatabase(config: DatabaseConfig): Promise<Database> {
  return config.kind === "postgres" ? openPostgres(config) : openEmbedded(config);
}

function createPrisma(adapter: PrismaPg | PrismaPGlite) {
  const prisma = new PrismaClient({ adapter, log: [{ emit: "event", level: "query" }] });
  const listeners = new Set<(sql: string) => void>();
  prisma.$on("query", (event) => {
    for (const listener of listeners) listener(event.query);
  });
  const onQuery = (listener: (sql: string) => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  };
  return { prisma, onQuery };
}

async function openPostgres(config: Extract<DatabaseConfig, { kind: "postgres" }>): Promise<Database> {
  const pool = openPostgresPool(config.url);
  // An idle client that loses its connection must not crash the process.
  pool.on("error", (error) => console.error("[db] idle PostgreSQL client error:", error.message));
  const { prisma, onQuery } = createPrisma(postgresAdapter(pool));
  const session = (client: pg.Pool | pg.PoolClient): SqlSession => ({
    async exec(sql) {
      await client.query(sql);
    },
    async query<T>(sql: string, params: unknown[] = []) {
      return (await client.query(sql, params)).rows as T[];
    },
  });
  return {
    config,
    description: describeDatabase(config),
    prisma,
    onQuery,
    ...session(pool),
    async transaction(fn) {
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
    async close() {
      await prisma.$disconnect();
      await pool.end();
    },
  };
}

async function openEmbedded(config: Extract<DatabaseConfig, { kind: "pglite" }>): Promise<Database> {
  const db: PGlite = await openPglite(config.dataDir);
  const { prisma, onQuery } = createPrisma(pgliteAdapter(db));
  const session = (client: Pick<PGlite, "exec" | "query">): SqlSession => ({
    async exec(sql) {
      await client.exec(sql);
    },
    async query<T>(sql: string, params: unknown[] = []) {
      return (await client.query<T>(sql, params)).rows;
    },
  });
  return {
    config,
    description: describeDatabase(config),
    prisma,
    onQuery,
    ...session(db),
    transaction: (fn) => db.transaction((tx) => fn(session(tx))),
    async close() {
      await prisma.$disconnect();
      // PGlite keeps the event loop alive until closed; closing also flushes to disk.
      if (!db.closed) await db.close();
    },
  };
}
