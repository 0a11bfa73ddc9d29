import { enterRequestScope } from "@kausa/db";
import type { Plugin } from "graphql-yoga";

/**
 * Every operation gets a deadline. One signal — aborted when the client disconnects or the
 * deadline passes (reason: a "TimeoutError") — goes to the executor (no further resolvers
 * run) and, through the request scope, to the database layer (no further statements start;
 * PostgreSQL's statement_timeout ends the one that runs). Work for a client that has left
 * stops instead of going on.
 */
export function requestDeadline(timeoutMs: number): Plugin {
  return {
    onExecute({ args }) {
      const request = (args.contextValue as { request?: Request }).request;
      const deadline = AbortSignal.timeout(timeoutMs);
      const signal = request?.signal ? AbortSignal.any([request.signal, deadline]) : deadline;
      enterRequestScope({ signal, deadline: Date.now() + timeoutMs });
      // Read by Yoga's executor (@graphql-tools/executor): no resolver starts after an abort.
      (args as { signal?: AbortSignal }).signal = signal;
    },
  };
}
