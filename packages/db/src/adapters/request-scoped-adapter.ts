import { runScopedStatement } from "../scoped-statement.ts";

/**
 * Wraps a Prisma driver adapter factory (PrismaPg, PrismaPGlite) so every statement Prisma
 * sends checks the request scope first: once the request is aborted, nothing more runs for it
 * (RequestAbortedError; see runScopedStatement). Prisma calls the adapter within the caller's
 * async context, so the scope of the request that awaited `db.prisma.…` is the current one here.
 */
export function requestScopedAdapter<Factory extends object>(factory: Factory): Factory {
  return override(factory, {
    connect: (target) => async () => guardAdapter(await call<object>(target, "connect")),
  });
}

interface Query {
  sql: string;
}

function guardAdapter(adapter: object): object {
  return override(adapter, {
    queryRaw: (target) => (query: Query) => runScopedStatement(() => call(target, "queryRaw", query)),
    executeRaw: (target) => (query: Query) => runScopedStatement(() => call(target, "executeRaw", query)),
    executeScript: (target) => (script: string) =>
      runScopedStatement(() => call(target, "executeScript", script)),
    startTransaction: (target) => (isolationLevel?: string) =>
      runScopedStatement(async () =>
        guardTransaction(await call<object>(target, "startTransaction", isolationLevel)),
      ),
  });
}

// Ending a transaction must always be possible, or its connection would go back to the pool mid-transaction.
const TRANSACTION_END = /^\s*(COMMIT|ROLLBACK)\b|^-- Implicit "(COMMIT|ROLLBACK)"/i;

function guardTransaction(transaction: object): object {
  const guarded = (method: string) => (target: object) => (query: Query) =>
    TRANSACTION_END.test(query.sql)
      ? call(target, method, query)
      : runScopedStatement(() => call(target, method, query));
  return override(transaction, { queryRaw: guarded("queryRaw"), executeRaw: guarded("executeRaw") });
}

function call<T = unknown>(target: object, method: string, ...args: unknown[]): Promise<T> {
  return (target as Record<string, (...a: unknown[]) => Promise<T>>)[method]!(...args);
}

/** A proxy of `target` with some methods replaced; the others keep `this` bound to the target. */
function override<T extends object>(target: T, methods: Record<string, (target: T) => unknown>): T {
  const replaced = new Map(Object.entries(methods).map(([name, make]) => [name, make(target)]));
  return new Proxy(target, {
    get(object, property) {
      if (typeof property === "string" && replaced.has(property)) return replaced.get(property);
      const value = Reflect.get(object, property, object);
      return typeof value === "function" ? value.bind(object) : value;
    },
  });
}
