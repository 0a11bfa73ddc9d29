import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type Database,
  DatabaseBusyError,
  databaseErrorKind,
  RequestAbortedError,
  retryAfterSeconds,
  runInRequestScope,
} from "../src/index.ts";
import { createTestDatabase, type TestDatabase } from "../src/testing/test-database.ts";
import { outcome, waitFor } from "./support/wait-for.ts";

// Embedded-only: the bounded, fair line in front of PGlite (which runs one statement at a time).

// Keeps PGlite busy for `ms` by its own clock. PGlite runs a statement synchronously, so while it
// runs nothing else in this process does: no timer, no abort event.
const HOLD = `CREATE FUNCTION hold(ms int) RETURNS int LANGUAGE plpgsql AS $$
  DECLARE until timestamptz := clock_timestamp() + ms * interval '1 millisecond'; n int := 0;
  BEGIN WHILE clock_timestamp() < until LOOP n := n + 1; END LOOP; RETURN n; END $$`;

const live = () => ({ signal: new AbortController().signal });

/** A transaction that holds the line until `release()` — without blocking the event loop. */
function holdWithTransaction(db: Database) {
  let release = () => {};
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  const done = runInRequestScope(live(), () =>
    db.transaction(async (tx) => {
      await tx.query("SELECT 1");
      await gate;
    }),
  );
  return { release, done };
}

const MAX_WAIT_MS = 600;

describe("the line in front of the embedded database", () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase({
      kind: "pglite",
      seed: false,
      limits: { queue: { maxWaiting: 3, maxWaitMs: MAX_WAIT_MS } },
    });
    await t.db.exec(`${HOLD}; CREATE SEQUENCE turn; CREATE TABLE marks (label text PRIMARY KEY)`);
  });
  afterAll(() => t.dispose());

  it("turns the overflow of a burst away at once and runs the rest first come, first served", async () => {
    const events: string[] = [];
    const track = <T>(name: string, promise: Promise<T>) =>
      outcome(promise).then((result) => {
        events.push(name);
        return result;
      });
    const holder = track(
      "holder",
      runInRequestScope(live(), () => t.db.query("SELECT hold(300)")),
    );
    const burst = Array.from({ length: 7 }, (_, i) =>
      track(
        `request ${i}`,
        runInRequestScope(live(), () => t.db.query<{ turn: number }>("SELECT nextval('turn')::int AS turn")),
      ),
    );
    const results = await Promise.all(burst);
    expect((await holder).ok).toBe(true);

    // The first three waited and ran in the order they came; the other four were turned away.
    expect(results.map((r) => (r.ok ? r.value[0]?.turn : databaseErrorKind(r.error)))).toEqual([
      1,
      2,
      3,
      "busy",
      "busy",
      "busy",
      "busy",
    ]);
    for (const result of results.slice(3)) {
      expect(result.ok === false && result.error).toBeInstanceOf(DatabaseBusyError);
      const seconds = result.ok ? 0 : retryAfterSeconds("busy", result.error);
      expect(seconds).toBeGreaterThanOrEqual(1);
      expect(seconds).toBeLessThanOrEqual(5);
    }
    // At once: before the statement holding the line had finished.
    expect(events.slice(0, 5)).toEqual(["request 3", "request 4", "request 5", "request 6", "holder"]);
  });

  it("drops a waiter whose deadline passed while a statement blocked every timer", async () => {
    // The deadline passes during hold(200); no timer and no abort event can tell the line, only the clock.
    const holder = runInRequestScope(live(), () => t.db.query("SELECT hold(200)"));
    const late = outcome(
      runInRequestScope({ ...live(), deadline: Date.now() + 50 }, () =>
        t.db.exec(`INSERT INTO marks VALUES ('late')`),
      ),
    );
    await holder;
    const lateResult = await late;
    expect(lateResult.ok === false && (lateResult.error as RequestAbortedError).reason).toBe("deadline");
    expect(await t.db.query("SELECT label FROM marks")).toEqual([]);
  });

  it("does not bound work outside a request scope (migrations, seed, CLI)", async () => {
    const all = await Promise.all(Array.from({ length: 50 }, (_, i) => t.db.query(`SELECT ${i} AS i`)));
    expect(all.map((rows) => rows[0]?.i)).toEqual(Array.from({ length: 50 }, (_, i) => i));
  });

  it("lets the server breathe between statements: timers fire while a line of statements runs", async () => {
    let finished = 0;
    const line = Array.from({ length: 10 }, () => t.db.query("SELECT hold(30)").then(() => finished++));
    const finishedWhenTimerFired = new Promise<number>((resolve) => setTimeout(() => resolve(finished), 0));
    await Promise.all(line);
    expect(await finishedWhenTimerFired).toBeLessThan(10);
  });

  it("fails fast through Prisma too, and gives up after maxWaitMs while the line is held", async () => {
    const holder = holdWithTransaction(t.db);
    await waitFor("the transaction to hold the line", () => t.db.load().active === 1);
    const started = Date.now();
    const waiters = [
      outcome(runInRequestScope(live(), () => t.db.prisma.$queryRaw`SELECT 1 AS one`)),
      outcome(runInRequestScope(live(), () => t.db.query("SELECT 1 AS one"))),
      outcome(runInRequestScope(live(), () => t.db.exec("SELECT 1"))),
    ];
    await waitFor("three waiters", () => t.db.load().waiting === 3);
    const unscoped = outcome(t.db.query<{ two: number }>("SELECT 2 AS two"));

    const overflow = await outcome(runInRequestScope(live(), () => t.db.prisma.contactPoint.count()));
    expect(overflow.ok === false && overflow.error).toBeInstanceOf(DatabaseBusyError);

    const waited = await Promise.all(waiters);
    expect(waited.map((w) => (w.ok ? "ran" : databaseErrorKind(w.error)))).toEqual(["busy", "busy", "busy"]);
    for (const w of waited) expect(w.at - started).toBeGreaterThanOrEqual(MAX_WAIT_MS - 10);
    expect(t.db.load()).toEqual({ active: 1, waiting: 1 }); // the unscoped statement still waits

    holder.release();
    await holder.done;
    expect(await unscoped).toMatchObject({ ok: true, value: [{ two: 2 }] });
    expect(await runInRequestScope(live(), () => t.db.prisma.$queryRaw`SELECT 3 AS three`)).toEqual([
      { three: 3 },
    ]);
  });

  it("drops waiters whose request was aborted or whose deadline passed: they never run", async () => {
    const holder = holdWithTransaction(t.db);
    await waitFor("the transaction to hold the line", () => t.db.load().active === 1);
    const leaving = new AbortController();
    const insert = (label: string) => `INSERT INTO marks VALUES ('${label}')`;
    const left = outcome(runInRequestScope({ signal: leaving.signal }, () => t.db.exec(insert("left"))));
    const deadline = Date.now() + 20;
    const late = outcome(runInRequestScope({ ...live(), deadline }, () => t.db.exec(insert("late"))));
    await waitFor("two waiters", () => t.db.load().waiting === 2);

    leaving.abort();
    const leftResult = await left;
    expect(leftResult.ok === false && leftResult.error).toBeInstanceOf(RequestAbortedError);
    expect(t.db.load().waiting).toBe(1);

    await waitFor("the deadline to pass", () => Date.now() > deadline);
    const kept = outcome(runInRequestScope(live(), () => t.db.exec(insert("kept"))));
    holder.release();
    const [lateResult, keptResult] = await Promise.all([late, kept]);
    expect(lateResult.ok === false && (lateResult.error as RequestAbortedError).reason).toBe("deadline");
    expect(keptResult.ok).toBe(true);
    expect(await t.db.query("SELECT label FROM marks")).toEqual([{ label: "kept" }]);
    await t.db.exec("DELETE FROM marks");
  });

  it("drops a waiter that waited longer than maxWaitMs behind a statement that blocked every timer", async () => {
    const holder = runInRequestScope(live(), () => t.db.query(`SELECT hold(${MAX_WAIT_MS + 200})`));
    const slow = outcome(runInRequestScope(live(), () => t.db.exec(`INSERT INTO marks VALUES ('slow')`)));
    await holder;
    const slowResult = await slow;
    expect(slowResult.ok === false && slowResult.error).toBeInstanceOf(DatabaseBusyError);
    expect(await t.db.query("SELECT label FROM marks")).toEqual([]);
  });
});
