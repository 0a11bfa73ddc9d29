import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  DatabaseBusyError,
  databaseErrorKind,
  prepareDatabase,
  RequestAbortedError,
  retryAfterSeconds,
  runInRequestScope,
} from "../src/index.ts";
import { createTestDatabase, type TestDatabase } from "../src/testing/test-database.ts";
import { outcome, waitFor } from "./support/wait-for.ts";

// PostgreSQL's own limits. These create their own databases on the test server, so they run in
// the PGlite project as well (CI always has the server; TEST_DATABASE_URL or the local default).
const serverUrl = () => process.env.TEST_DATABASE_URL || "postgres://postgres@127.0.0.1:5432/postgres";

async function activeStatements(database: string, like: string): Promise<{ pid: number }[]> {
  const admin = new pg.Client({ connectionString: serverUrl() });
  await admin.connect();
  try {
    const { rows } = await admin.query<{ pid: number }>(
      `SELECT pid FROM pg_stat_activity WHERE datname = $1 AND state = 'active' AND query LIKE $2`,
      [database, like],
    );
    return rows;
  } finally {
    await admin.end();
  }
}

describe("PostgreSQL statement limits", () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase({
      kind: "postgres",
      seed: false,
      limits: { statementTimeoutMs: 200, idleInTransactionTimeoutMs: 1_000 },
    });
  });
  afterAll(() => t.dispose());

  it("sets statement_timeout and idle_in_transaction_session_timeout on every connection", async () => {
    const [settings] = await t.db.query<{ statement: string; idle: string }>(
      `SELECT current_setting('statement_timeout') AS statement,
              current_setting('idle_in_transaction_session_timeout') AS idle`,
    );
    expect(settings).toEqual({ statement: "200ms", idle: "1s" });
  });

  it("stops a long statement at statement_timeout and calls it a timeout", async () => {
    for (const run of [
      () => t.db.query("SELECT pg_sleep(10)"),
      () => t.db.prisma.$queryRaw`SELECT pg_sleep(10)::text`,
      () =>
        runInRequestScope({ signal: new AbortController().signal }, async () =>
          t.db.query("SELECT pg_sleep(10)"),
        ),
    ]) {
      const started = Date.now();
      const error = await run().then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(Date.now() - started).toBeLessThan(2_000);
      expect(databaseErrorKind(error)).toBe("timeout");
      expect(retryAfterSeconds("timeout")).toBeGreaterThanOrEqual(1);
    }
  });
});

describe("PostgreSQL limits and start-up work", () => {
  it("do not cut short migrations and the seed waiting for another instance", async () => {
    const t = await createTestDatabase({
      kind: "postgres",
      seed: false,
      limits: { statementTimeoutMs: 100 },
    });
    const [{ database }] = (await t.db.query<{ database: string }>(
      "SELECT current_database() AS database",
    )) as [{ database: string }];
    // Another instance migrating and seeding: it holds the locks both take (see runner.ts, seed.ts).
    const url = new URL(serverUrl());
    url.pathname = `/${database}`;
    const other = new pg.Client({ connectionString: url.toString() });
    await other.connect();
    try {
      await other.query("SELECT pg_advisory_lock(72707369), pg_advisory_lock(47112026)");
      const preparing = outcome(prepareDatabase(t.db, { sample: false }));
      // Waiting for `key`, for longer than statement_timeout.
      const waitedLong = (key: number) => async () => {
        const { rowCount } = await other.query(
          `SELECT 1 FROM pg_locks l JOIN pg_stat_activity a USING (pid)
           WHERE a.datname = $1 AND l.locktype = 'advisory' AND NOT l.granted AND l.objid = $2
             AND now() - a.query_start > interval '400 ms'`,
          [database, key],
        );
        return rowCount === 1;
      };
      await waitFor("the migration to wait well past statement_timeout", waitedLong(72707369));
      await other.query("SELECT pg_advisory_unlock(72707369)");
      await waitFor("the seed to wait well past statement_timeout", waitedLong(47112026));
      await other.query("SELECT pg_advisory_unlock(47112026)");
      const prepared = await preparing;
      expect(prepared.ok && prepared.value.seed.referenceData).toBe(true);
      expect(await t.db.prisma.place.count()).toBe(1041);
    } finally {
      await other.end();
      await t.dispose();
    }
  });
});

describe("PostgreSQL pool under load", () => {
  let t: TestDatabase;
  let database: string;
  beforeAll(async () => {
    t = await createTestDatabase({
      kind: "postgres",
      seed: false,
      limits: {
        poolSize: 1,
        statementTimeoutMs: 20_000,
        connectTimeoutMs: 400,
        queue: { maxWaiting: 1, maxWaitMs: 300 },
      },
    });
    [{ database }] = (await t.db.query<{ database: string }>("SELECT current_database() AS database")) as [
      { database: string },
    ];
  });
  afterAll(() => t.dispose());

  const scoped = <T>(signal: AbortSignal, run: () => Promise<T>) => runInRequestScope({ signal }, run);

  it("bounds the wait for a connection, drops aborted waiters, and cancels an aborted request's statement", async () => {
    const holder = new AbortController();
    const holding = outcome(scoped(holder.signal, () => t.db.query("SELECT pg_sleep(19)")));
    const [held] = await waitFor("the holder's statement to run", () =>
      activeStatements(database, "%pg_sleep(19)%"),
    );

    // One request may wait for the single connection; the next one is turned away at once.
    const waiting = outcome(
      scoped(new AbortController().signal, () => t.db.prisma.$queryRaw`SELECT 1 AS one`),
    );
    await waitFor("one waiter", () => t.db.load().waiting === 1);
    const rejectedAt = Date.now();
    const overflow = await outcome(scoped(new AbortController().signal, () => t.db.query("SELECT 1")));
    expect(overflow.ok).toBe(false);
    expect(overflow.at - rejectedAt).toBeLessThan(100);
    expect(overflow.ok === false && overflow.error).toBeInstanceOf(DatabaseBusyError);
    expect(overflow.ok === false && databaseErrorKind(overflow.error)).toBe("busy");

    // The waiter gives up after maxWaitMs, while the holder still runs.
    const waited = await waiting;
    expect(waited.ok === false && databaseErrorKind(waited.error)).toBe("busy");
    expect(waited.ok === false && retryAfterSeconds("busy", waited.error)).toBe(1);
    expect(t.db.load()).toEqual({ active: 1, waiting: 0 });

    // A waiter whose client leaves stops waiting at once.
    const leaving = new AbortController();
    const left = outcome(scoped(leaving.signal, () => t.db.query("SELECT 1")));
    await waitFor("the second waiter", () => t.db.load().waiting === 1);
    leaving.abort();
    const leftResult = await left;
    expect(leftResult.ok === false && leftResult.error).toBeInstanceOf(RequestAbortedError);
    expect(t.db.load().waiting).toBe(0);

    // Work outside a request scope is bounded by connectTimeoutMs (an outage, if it lasts that long).
    const unscoped = await outcome(t.db.query("SELECT 1"));
    expect(unscoped.ok === false && databaseErrorKind(unscoped.error)).toBe("unavailable");

    // The holder's client leaves: its statement is cancelled on the server, well before pg_sleep ends.
    holder.abort();
    const cancelled = await holding;
    expect(cancelled.ok === false && cancelled.error).toBeInstanceOf(RequestAbortedError);
    expect(cancelled.ok === false && (cancelled.error as RequestAbortedError).reason).toBe("aborted");
    expect(await activeStatements(database, "%pg_sleep(19)%")).toEqual([]);

    // The pool recovers, on a fresh connection (the cancelled one is not reused).
    const [after] = await t.db.query<{ pid: number }>("SELECT pg_backend_pid() AS pid");
    expect(after?.pid).not.toBe(held?.pid);
  });

  it("cancels a statement when its request's deadline passes, and says so", async () => {
    const started = Date.now();
    const result = await outcome(
      runInRequestScope(
        { signal: AbortSignal.timeout(300) },
        () => t.db.prisma.$queryRaw`SELECT pg_sleep(18)::text`,
      ),
    );
    expect(result.ok === false && result.error).toBeInstanceOf(RequestAbortedError);
    expect(result.ok === false && (result.error as RequestAbortedError).reason).toBe("deadline");
    expect(Date.now() - started).toBeLessThan(5_000);
    await waitFor(
      "the statement to be gone",
      async () => (await activeStatements(database, "%pg_sleep(18)%")).length === 0,
    );
  });
});
