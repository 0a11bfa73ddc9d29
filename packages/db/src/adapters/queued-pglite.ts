import type { PGlite } from "@electric-sql/pglite";
import type { FairQueue } from "../fair-queue.ts";

/**
 * The PGlite instance as the application uses it: every statement, and every transaction as
 * one unit, waits its turn in `queue` (bounded, first come first served, dropped when its
 * request is aborted) instead of in PGlite's own unbounded mutex. Statements inside a
 * transaction run on PGlite's transaction object and do not queue again.
 * Everything else (close, closed, waitReady, …) is the instance's own.
 */
export function queuedPglite(db: PGlite, queue: FairQueue): PGlite {
  const queued: Partial<Record<keyof PGlite, unknown>> = {
    query: (...args: Parameters<PGlite["query"]>) => queue.run(() => db.query(...args)),
    exec: (...args: Parameters<PGlite["exec"]>) => queue.run(() => db.exec(...args)),
    sql: (...args: Parameters<PGlite["sql"]>) => queue.run(() => db.sql(...args)),
    transaction: (...args: Parameters<PGlite["transaction"]>) => queue.run(() => db.transaction(...args)),
  };
  return new Proxy(db, {
    get(target, property) {
      if (typeof property === "string" && Object.hasOwn(queued, property)) {
        return queued[property as keyof PGlite];
      }
      // PGlite keeps its state in private fields: its own methods must run with `this` = the instance.
      const value = Reflect.get(target, property, target);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}
