import { runInRequestScope } from "@kausa/db";
import type { Plugin } from "graphql-yoga";
import { DeadlineError } from "../errors/deadline-error.ts";
import { isUploadRequest } from "../http/body-limit.ts";

const signals = new WeakMap<Request, LazyScope>();

/**
 * Every request gets a deadline. One signal — aborted when the client disconnects or the
 * deadline passes (reason: a "TimeoutError") — goes to the database layer through the request
 * scope (no further statements start; a running PostgreSQL statement is cancelled) and to the
 * GraphQL executor (no further resolvers run). Work for a client that has left stops instead
 * of going on. The scope wraps the whole handling of the request (Yoga's request instrument),
 * so the map layer and /ready run in it too, and it ends with the request: an app called in
 * process (yoga.fetch) does not leave it behind in its caller.
 */
export function requestDeadline(defaultTimeoutMs: number, longer: { uploads?: number } = {}): Plugin {
  return {
    instrumentation: {
      request({ request }, handle) {
        const timeoutMs = longer.uploads && isUploadRequest(request) ? longer.uploads : defaultTimeoutMs;
        const scope = lazyScope(request, timeoutMs);
        signals.set(request, scope);
        try {
          const handled = runInRequestScope(scope, handle);
          if (handled instanceof Promise) return handled.finally(scope.release);
          scope.release();
          return handled;
        } catch (error) {
          scope.release();
          throw error;
        }
      },
    },
    onExecute({ args }) {
      const request = (args.contextValue as { request?: Request }).request;
      const scope = request && signals.get(request);
      // Read by Yoga's executor (@graphql-tools/executor): no resolver starts after an abort.
      if (scope) (args as { signal?: AbortSignal }).signal = scope.signal;
    },
  };
}

interface LazyScope {
  readonly signal: AbortSignal;
  readonly deadline: number;
  release(): void;
}

/**
 * The request's scope, its signal made on first use: most requests answered before any GraphQL
 * or database work (a hot answer, a static file, a refusal) never need one, and an
 * AbortController with its timer and a listener on the client's connection cost such a request
 * a tenth of its time. Made late, it is the same signal: aborted at once if the client has
 * already gone or the deadline has passed, else when either happens.
 */
function lazyScope(request: Request, timeoutMs: number): LazyScope {
  const deadline = Date.now() + timeoutMs;
  let controller: AbortController | undefined;
  let timer: NodeJS.Timeout | undefined;
  let released = false;
  const onClientGone = () => controller?.abort(request.signal.reason);
  return {
    deadline,
    get signal() {
      if (controller) return controller.signal;
      const made = new AbortController();
      controller = made;
      // Asked for after the request was handled (late work): a signal that no longer fires.
      if (released) return made.signal;
      const remaining = deadline - Date.now();
      if (request.signal.aborted) made.abort(request.signal.reason);
      else if (remaining <= 0) made.abort(new DeadlineError(timeoutMs));
      else {
        timer = setTimeout(() => made.abort(new DeadlineError(timeoutMs)), remaining);
        request.signal.addEventListener("abort", onClientGone, { once: true });
      }
      return made.signal;
    },
    release() {
      released = true;
      if (timer) clearTimeout(timer);
      if (controller) request.signal.removeEventListener("abort", onClientGone);
    },
  };
}
