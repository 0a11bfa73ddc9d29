import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { applyMigrations, type DatabaseConfig, openDatabase } from "@kausa/db";
import { testDatabaseKind } from "@kausa/db/testing";
import pg from "pg";

/**
 * A database for server processes the tests start: a PGlite directory in a temporary folder, or
 * (TEST_DATABASE=postgres) a fresh database on the TEST_DATABASE_URL server, dropped afterwards.
 */
export interface ServerDatabase {
  config: DatabaseConfig;
  /** The environment that points a server process at it. */
  env: Record<string, string>;
  dispose(): Promise<void>;
}

const serverUrl = () => process.env.TEST_DATABASE_URL || "postgres://postgres@127.0.0.1:5432/postgres";

async function admin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl() });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export async function createServerDatabase(): Promise<ServerDatabase> {
  // Rate limits would count the load tests' requests; Redis would share them between processes.
  const quiet = { RATE_LIMIT: "false", REDIS_URL: "", SAMPLE_DATA: "true" };
  if (testDatabaseKind() === "postgres") {
    const name = `kausa_test_${randomBytes(6).toString("hex")}`;
    await admin(`CREATE DATABASE ${name}`);
    const url = new URL(serverUrl());
    url.pathname = `/${name}`;
    return {
      config: { kind: "postgres", url: url.toString() },
      env: { ...quiet, DATABASE_URL: url.toString() },
      dispose: () => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
    };
  }
  const dataDir = mkdtempSync(path.join(tmpdir(), "kausa-server-"));
  return {
    config: { kind: "pglite", dataDir },
    env: { ...quiet, DATABASE_URL: "", PGLITE_DATA_DIR: dataDir },
    dispose: async () => rmSync(dataDir, { recursive: true, force: true }),
  };
}

/**
 * Opens the database the way a restarted server would and reports what it finds: the
 * migrations still to apply (none, if it was closed cleanly) and the contact points.
 */
export async function inspectDatabase(config: DatabaseConfig) {
  const db = await openDatabase(config);
  try {
    const pendingMigrations = await applyMigrations(db);
    const contactPoints = await db.prisma.contactPoint.count();
    return { pendingMigrations, contactPoints };
  } finally {
    await db.close();
  }
}
