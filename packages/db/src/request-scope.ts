import { AsyncLocalStorage } from "node:async_hooks";
import { RequestAbortedError } from "./errors.ts";

/**
 * The request a database statement runs for. The API enters one per HTTP request; every
 * statement checks it before it runs (and while it waits for the database), so work for a
 * client that has left, or whose deadline has passed, never starts.
 * Statements outside any scope (migrations, seed, CLI) run as before.
 */
export interface RequestScope {
  /** Aborted when the client disconnects or the request's deadline passes. */
  readonly signal: AbortSignal;
  /**
   * Optional deadline (epoch milliseconds). Checked by clock as well as through `signal`:
   * the embedded database runs each statement synchronously, so while one runs no timer can
   * fire and an `AbortSignal.timeout()` is only aborted afterwards.
   */
  readonly deadline?: number;
}

const storage = new AsyncLocalStorage<RequestScope>();

/** Runs `fn` (and everything it starts, synchronously or asynchronously) in `scope`. */
export function runInRequestScope<T>(scope: RequestScope, fn: () => T): T {
  return storage.run(scope, () => {
    const result = fn();
    // Prisma's queries are lazy thenables that start (and read the scope) only when first
    // awaited — which may be outside the scope. Start them here; Prisma reuses the started request
    // (so do not hand such a result to a batch `$transaction([…])`, which would run it again).
    if (isLazyThenable(result)) result.then(ignore, ignore);
    return result;
  });
}

const ignore = () => {};

function isLazyThenable(value: unknown): value is PromiseLike<unknown> {
  return (
    typeof value === "object" &&
    value !== null &&
    !(value instanceof Promise) &&
    typeof (value as { then?: unknown }).then === "function"
  );
}

/**
 * Makes `scope` current for the rest of the calling execution and everything it starts
 * (AsyncLocalStorage.enterWith), for hooks that cannot wrap the whole request in a callback.
 * Enter a new scope at the start of every request: a scope entered this way stays current
 * for whatever the calling async context runs later.
 */
export function enterRequestScope(scope: RequestScope): void {
  storage.enterWith(scope);
}

export function currentRequestScope(): RequestScope | undefined {
  return storage.getStore();
}

/** Why `scope` must not run another statement, or undefined while it may. */
export function requestScopeAbortReason(scope: RequestScope | undefined): "aborted" | "deadline" | undefined {
  if (!scope) return undefined;
  if (scope.signal.aborted) {
    const reason = scope.signal.reason as { name?: unknown } | undefined;
    return reason?.name === "TimeoutError" ? "deadline" : "aborted";
  }
  if (scope.deadline !== undefined && Date.now() >= scope.deadline) return "deadline";
  return undefined;
}

// One real listener per signal, however many statements of the request wait: a request may run
// dozens of statements at once, and Node warns about a leak from the eleventh listener on.
const abortCallbacks = new WeakMap<AbortSignal, Set<() => void>>();

/** Calls `callback` once when `scope` (not aborted yet) is aborted; returns a function that cancels that. */
export function onRequestAbort(scope: RequestScope, callback: () => void): () => void {
  const { signal } = scope;
  let callbacks = abortCallbacks.get(signal);
  if (!callbacks) {
    const registered = new Set<() => void>();
    callbacks = registered;
    abortCallbacks.set(signal, registered);
    signal.addEventListener(
      "abort",
      () => {
        abortCallbacks.delete(signal);
        for (const call of registered) call();
      },
      { once: true },
    );
  }
  const set = callbacks;
  set.add(callback);
  return () => set.delete(callback);
}

/** Throws RequestAbortedError when `scope` (default: the current one) is aborted or past its deadline. */
export function throwIfRequestAborted(scope: RequestScope | undefined = currentRequestScope()): void {
  const reason = requestScopeAbortReason(scope);
  if (reason && scope) throw new RequestAbortedError(reason, scope.signal.reason);
}
