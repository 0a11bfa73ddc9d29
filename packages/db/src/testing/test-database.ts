import { randomBytes } from "node:crypto";
import pg from "pg";
import { type Database, openDatabase } from "../database.ts";
import type { DatabaseOptionsInput } from "../options.ts";
import { prepareDatabase } from "../prepare.ts";

/**
 * The database a test suite runs against: an in-memory PGlite by default; with
 * TEST_DATABASE=postgres a fresh database on the PostgreSQL server at TEST_DATABASE_URL
 * (default postgres://postgres@127.0.0.1:5432/postgres), dropped again by `dispose`.
 */
export interface TestDatabase {
  db: Database;
  kind: "pglite" | "postgres";
  dispose(): Promise<void>;
}

export const testDatabaseKind = (): "pglite" | "postgres" =>
  process.env.TEST_DATABASE === "postgres" ? "postgres" : "pglite";

const serverUrl = () => process.env.TEST_DATABASE_URL || "postgres://postgres@127.0.0.1:5432/postgres";

async function admin<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: serverUrl() });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/**
 * `limits`: database options (statement timeout, queue bounds, …), defaults otherwise.
 * `kind`: this kind instead of testDatabaseKind(), for tests of one kind's own behaviour.
 */
export async function createTestDatabase(
  options: { seed?: boolean; limits?: DatabaseOptionsInput; kind?: "pglite" | "postgres" } = {},
): Promise<TestDatabase> {
  const kind = options.kind ?? testDatabaseKind();
  let db: Database;
  let drop = async () => {};
  if (kind === "postgres") {
    const name = `kausa_test_${randomBytes(6).toString("hex")}`;
    await admin((c) => c.query(`CREATE DATABASE ${name}`));
    const url = new URL(serverUrl());
    url.pathname = `/${name}`;
    db = await openDatabase({ kind: "postgres", url: url.toString() }, options.limits);
    drop = () => admin((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => {});
  } else {
    db = await openDatabase({ kind: "pglite", dataDir: undefined }, options.limits);
  }
  if (options.seed !== false) await prepareDatabase(db);
  return {
    db,
    kind,
    async dispose() {
      await db.close();
      await drop();
    },
  };
}
