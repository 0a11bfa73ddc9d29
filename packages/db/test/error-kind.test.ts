import { createServer } from "node:net";
import pg from "pg";
import { beforeAll, describe, expect, it } from "vitest";
import {
  applyMigrations,
  classifyDatabaseError,
  DatabaseBusyError,
  databaseErrorKind,
  openDatabase,
  Prisma,
  RequestAbortedError,
  retryAfterSeconds,
} from "../src/index.ts";
import { createTestDatabase, type TestDatabase, testDatabaseKind } from "../src/testing/test-database.ts";
import { outcome, waitFor } from "./support/wait-for.ts";

// Outages are told apart from bugs through every wrapper Prisma puts around a driver's error.
const serverUrl = () => process.env.TEST_DATABASE_URL || "postgres://postgres@127.0.0.1:5432/postgres";

/** A TCP port on 127.0.0.1 that nothing listens on. */
async function deadPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** The kind of error each way of running a statement fails with. */
async function kindsOf(db: Awaited<ReturnType<typeof openDatabase>>) {
  const attempts = {
    findMany: () => db.prisma.contactPoint.findMany(),
    queryRaw: () => db.prisma.$queryRaw`SELECT 1 AS one`,
    query: () => db.query("SELECT 1"),
    transaction: () => db.transaction((tx) => tx.query("SELECT 1")),
  };
  const kinds: Record<string, string | null> = {};
  for (const [name, attempt] of Object.entries(attempts)) {
    const result = await outcome(attempt());
    kinds[name] = result.ok ? "succeeded" : databaseErrorKind(result.error);
  }
  return kinds;
}

const allUnavailable = {
  findMany: "unavailable",
  queryRaw: "unavailable",
  query: "unavailable",
  transaction: "unavailable",
};

describe(`databaseErrorKind on the test database (${testDatabaseKind()})`, () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase({ seed: false });
    await applyMigrations(t.db);
  });

  it("leaves bugs and client mistakes that reach the database alone (null: a 500, not a 503)", async () => {
    const failures = await Promise.all([
      outcome(t.db.query("SELECT * FROM no_such_table")),
      outcome(t.db.prisma.$queryRaw`SELECT * FROM no_such_table`),
      outcome(t.db.prisma.$queryRaw`SELECT 1 / 0`),
      outcome(
        t.db.prisma.region
          .create({ data: { id: "r", name: "R" } })
          .then(() => t.db.prisma.region.create({ data: { id: "r", name: "R again" } })),
      ),
      outcome(t.db.prisma.region.findUniqueOrThrow({ where: { id: "missing" } })),
    ]);
    expect(failures.map((f) => (f.ok ? "ok" : databaseErrorKind(f.error)))).toEqual([
      null,
      null,
      null,
      null,
      null,
    ]);
    expect(databaseErrorKind(new TypeError("x is undefined"))).toBeNull();
    expect(databaseErrorKind(undefined)).toBeNull();
    expect(databaseErrorKind("Connection terminated")).toBeNull();
  });

  // Last: closes the database.
  it("calls a closed database unavailable", async () => {
    await t.dispose();
    expect(await kindsOf(t.db)).toEqual(allUnavailable);
  });
});

describe("databaseErrorKind", () => {
  it("calls a PostgreSQL server nobody answers on unavailable, and fails fast", async () => {
    const url = `postgres://postgres@127.0.0.1:${await deadPort()}/postgres`;
    const db = await openDatabase({ kind: "postgres", url }, { connectTimeoutMs: 1_000 });
    const started = Date.now();
    expect(await kindsOf(db)).toEqual(allUnavailable);
    expect(Date.now() - started).toBeLessThan(4_000);
    await db.close();
  });

  it("calls connections terminated by the server (57P01 admin_shutdown) unavailable", async () => {
    const t = await createTestDatabase({
      kind: "postgres",
      seed: false,
      limits: { statementTimeoutMs: 60_000 },
    });
    const admin = new pg.Client({ connectionString: serverUrl() });
    try {
      const [{ database }] = (await t.db.query<{ database: string }>(
        "SELECT current_database() AS database",
      )) as [{ database: string }];
      const running = [
        outcome(t.db.query("SELECT pg_sleep(30)")),
        outcome(t.db.prisma.$queryRaw`SELECT pg_sleep(30)::text`),
      ];
      await admin.connect();
      const sleeping = `SELECT pid FROM pg_stat_activity WHERE datname = $1 AND query LIKE '%pg_sleep(30)%'`;
      await waitFor(
        "both statements to run",
        async () => (await admin.query(sleeping, [database])).rowCount === 2,
      );
      await admin.query(`SELECT pg_terminate_backend(pid) FROM (${sleeping}) s`, [database]);
      const results = await Promise.all(running);
      expect(results.map((r) => (r.ok ? "succeeded" : databaseErrorKind(r.error)))).toEqual([
        "unavailable",
        "unavailable",
      ]);
    } finally {
      await admin.end();
      await t.dispose();
    }
  });

  it("knows its own errors, and sees through GraphQL's and Prisma's wrappers", () => {
    const busy = new DatabaseBusyError("busy", 3);
    expect(classifyDatabaseError(busy)).toEqual({ kind: "busy", retryAfterSeconds: 3 });
    expect(classifyDatabaseError({ message: "Unexpected error.", originalError: busy })).toEqual({
      kind: "busy",
      retryAfterSeconds: 3,
    });
    expect(
      databaseErrorKind(new Error("resolver failed", { cause: new RequestAbortedError("aborted") })),
    ).toBe("aborted");
    expect(retryAfterSeconds("unavailable")).toBeGreaterThanOrEqual(1);
  });

  // Server states that cannot be produced on demand in a test; the errors are shaped exactly as
  // node-postgres and @prisma/adapter-pg deliver them (a DatabaseError, wrapped in a DriverAdapterError
  // inside a PrismaClientKnownRequestError for $queryRaw).
  it.each([
    ["57P01", "terminating connection due to administrator command", "unavailable"],
    ["57P02", "terminating connection due to crash of another server process", "unavailable"],
    ["57P03", "the database system is starting up", "unavailable"],
    ["53300", "sorry, too many clients already", "unavailable"],
    ["08006", "connection failure", "unavailable"],
    ["57014", "canceling statement due to statement timeout", "timeout"],
    ["57014", "canceling statement due to user request", "aborted"],
    ["23505", 'duplicate key value violates unique constraint "Region_pkey"', null],
    ["22P02", "invalid input syntax for type integer", null],
  ])("SQLSTATE %s (%s) is %s", (code, message, kind) => {
    const driverError = Object.assign(new pg.DatabaseError(message, 0, "error"), { code, severity: "ERROR" });
    expect(databaseErrorKind(driverError)).toBe(kind);
    const adapterError = Object.assign(new Error(message), {
      name: "DriverAdapterError",
      cause: {
        kind: "postgres",
        code,
        originalCode: code,
        originalMessage: message,
        severity: "ERROR",
        message,
      },
    });
    expect(databaseErrorKind(adapterError)).toBe(kind);
    const prismaError = new Prisma.PrismaClientKnownRequestError(`Raw query failed. Code: \`${code}\``, {
      code: "P2010",
      clientVersion: Prisma.prismaVersion.client,
      meta: { driverAdapterError: adapterError },
    });
    expect(databaseErrorKind(prismaError)).toBe(kind);
  });
});
