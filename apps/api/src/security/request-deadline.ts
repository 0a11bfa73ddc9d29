import { enterRequestScope } from "@kausa/db";
import type { Plugin } from "graphql-yoga";

const signals = new WeakMap<Request, AbortSignal>();

/**
 * Every request gets a deadline. One signal — aborted when the client disconnects or the
 * deadline passes (reason: a "TimeoutError") — goes to the database layer through the request
 * scope (no further statements start; a running PostgreSQL statement is cancelled) and to the
 * GraphQL executor (no further resolvers run). Work for a client that has left stops instead
 * of going on. Entered first thing in onRequest, so the map layer and /ready run in it too.
 */
export function requestDeadline(timeoutMs: number): Plugin {
  return {
    onRequest({ request }) {
      const deadline = AbortSignal.timeout(timeoutMs);
      const signal = request.signal ? AbortSignal.any([request.signal, deadline]) : deadline;
      signals.set(request, signal);
      enterRequestScope({ signal, deadline: Date.now() + timeoutMs });
    },
    onExecute({ args }) {
      const request = (args.contextValue as { request?: Request }).request;
      const signal = request && signals.get(request);
      // Read by Yoga's executor (@graphql-tools/executor): no resolver starts after an abort.
      if (signal) (args as { signal?: AbortSignal }).signal = signal;
    },
  };
}
