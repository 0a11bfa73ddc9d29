import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  applyMigrations,
  databaseErrorKind,
  enterRequestScope,
  RequestAbortedError,
  runInRequestScope,
} from "../src/index.ts";
import { createTestDatabase, type TestDatabase } from "../src/testing/test-database.ts";

// The request scope travels through Prisma's client into the driver adapter (and through the
// plain SQL session): once a request is aborted, none of its statements run.
describe("request scope", () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase({ seed: false });
    await applyMigrations(t.db);
    await t.db.exec(`CREATE TABLE scope_marks (label text PRIMARY KEY)`);
  });
  afterAll(() => t.dispose());

  const marks = async () =>
    (await t.db.query<{ label: string }>(`SELECT label FROM scope_marks ORDER BY label`)).map((r) => r.label);
  const abortedScope = () => ({ signal: AbortSignal.abort() });

  it("runs nothing for an aborted request, through Prisma and the SQL session alike", async () => {
    const logged: string[] = [];
    const stop = t.db.onQuery((sql) => logged.push(sql));
    const attempts = {
      findMany: () => t.db.prisma.contactPoint.findMany(),
      findUnique: () => t.db.prisma.region.findUnique({ where: { id: "nordthueringen" } }),
      queryRaw: () => t.db.prisma.$queryRaw`SELECT 1 AS one`,
      executeRaw: () => t.db.prisma.$executeRaw`INSERT INTO scope_marks VALUES ('prisma')`,
      interactiveTransaction: () =>
        t.db.prisma.$transaction((tx) => tx.$executeRaw`INSERT INTO scope_marks VALUES ('prisma-tx')`),
      query: () => t.db.query(`INSERT INTO scope_marks VALUES ('query') RETURNING label`),
      exec: () => t.db.exec(`INSERT INTO scope_marks VALUES ('exec')`),
      transaction: () => t.db.transaction((tx) => tx.exec(`INSERT INTO scope_marks VALUES ('tx')`)),
    };
    for (const [name, attempt] of Object.entries(attempts)) {
      const error = await runInRequestScope(abortedScope(), async () => {
        await attempt();
      }).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error, name).toBeInstanceOf(RequestAbortedError);
      expect(databaseErrorKind(error), name).toBe("aborted");
    }
    stop();
    expect(logged).toEqual([]);
    expect(await marks()).toEqual([]);
  });

  it("runs everything for a live request, and keeps concurrent requests apart", async () => {
    const live = new AbortController();
    const [points, aborted, raw] = await Promise.allSettled([
      runInRequestScope({ signal: live.signal }, async () => t.db.prisma.contactPoint.findMany()),
      runInRequestScope(abortedScope(), async () => t.db.prisma.contactPoint.findMany()),
      runInRequestScope(
        { signal: live.signal },
        async () => t.db.prisma.$queryRaw<{ one: number }[]>`SELECT 1 AS one`,
      ),
    ]);
    expect(points).toEqual({ status: "fulfilled", value: [] });
    expect(aborted.status === "rejected" && aborted.reason).toBeInstanceOf(RequestAbortedError);
    expect(raw).toEqual({ status: "fulfilled", value: [{ one: 1 }] });
  });

  it("stops a request's remaining statements when it is aborted half-way, rolling back its transaction", async () => {
    const request = new AbortController();
    const result = runInRequestScope({ signal: request.signal }, async () => {
      await t.db.prisma.$executeRaw`INSERT INTO scope_marks VALUES ('before')`;
      await t.db.prisma.$transaction(async (tx) => {
        await tx.$executeRaw`INSERT INTO scope_marks VALUES ('in-tx')`;
        request.abort();
        await tx.$executeRaw`INSERT INTO scope_marks VALUES ('after-abort')`;
      });
    });
    await expect(result).rejects.toBeInstanceOf(RequestAbortedError);
    expect(await marks()).toEqual(["before"]);
    // The transaction's connection went back clean: the next statement works.
    expect(await t.db.prisma.$queryRaw`SELECT 1 AS one`).toEqual([{ one: 1 }]);
    await t.db.exec(`DELETE FROM scope_marks`);
  });

  it("treats a passed deadline like an abort, even before the signal fires", async () => {
    const scope = { signal: new AbortController().signal, deadline: Date.now() - 1 };
    // Prisma's queries are lazy (they start where first awaited): this one is awaited outside the scope.
    const error = await runInRequestScope(scope, () => t.db.prisma.contactPoint.findMany()).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(RequestAbortedError);
    expect((error as RequestAbortedError).reason).toBe("deadline");
  });

  it("reports AbortSignal.timeout() as a deadline", async () => {
    const signal = AbortSignal.timeout(1);
    await new Promise((resolve) => signal.addEventListener("abort", resolve, { once: true }));
    const error = await runInRequestScope({ signal }, () => t.db.query("SELECT 1")).catch((e: unknown) => e);
    expect((error as RequestAbortedError).reason).toBe("deadline");
  });

  it("sees a scope entered from an awaited hook (enterRequestScope), as a Yoga plugin does", async () => {
    const request = new AbortController();
    const handleRequest = async () => {
      const onRequest = async () => enterRequestScope({ signal: request.signal });
      await onRequest();
      const before = await t.db.prisma.contactPoint.count();
      request.abort();
      return { before, after: await t.db.prisma.contactPoint.count().catch((e: unknown) => e) };
    };
    // A fresh async context, as each HTTP request has; entering a scope must not leak out of it.
    const { before, after } = await runInRequestScope(
      { signal: new AbortController().signal },
      handleRequest,
    );
    expect(before).toBe(0);
    expect(after).toBeInstanceOf(RequestAbortedError);
    expect(await t.db.prisma.contactPoint.count()).toBe(0);
  });
});
