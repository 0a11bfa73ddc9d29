import { runInRequestScope } from "@kausa/db";
import type { Plugin } from "graphql-yoga";

const signals = new WeakMap<Request, AbortSignal>();

/**
 * Every request gets a deadline. One signal — aborted when the client disconnects or the
 * deadline passes (reason: a "TimeoutError") — goes to the database layer through the request
 * scope (no further statements start; a running PostgreSQL statement is cancelled) and to the
 * GraphQL executor (no further resolvers run). Work for a client that has left stops instead
 * of going on. The scope wraps the whole handling of the request (Yoga's request instrument),
 * so the map layer and /ready run in it too, and it ends with the request: an app called in
 * process (yoga.fetch) does not leave it behind in its caller.
 */
export function requestDeadline(timeoutMs: number): Plugin {
  return {
    instrumentation: {
      request({ request }, handle) {
        const deadline = AbortSignal.timeout(timeoutMs);
        const signal = request.signal ? AbortSignal.any([request.signal, deadline]) : deadline;
        signals.set(request, signal);
        return runInRequestScope({ signal, deadline: Date.now() + timeoutMs }, handle);
      },
    },
    onExecute({ args }) {
      const request = (args.contextValue as { request?: Request }).request;
      const signal = request && signals.get(request);
      // Read by Yoga's executor (@graphql-tools/executor): no resolver starts after an abort.
      if (signal) (args as { signal?: AbortSignal }).signal = signal;
    },
  };
}
