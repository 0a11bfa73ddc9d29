import { runInRequestScope } from "@kausa/db";
import type { Plugin } from "graphql-yoga";
import { DeadlineError } from "../errors/deadline-error.ts";
import { isUploadRequest } from "../http/body-limit.ts";

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
export function requestDeadline(defaultTimeoutMs: number, longer: { uploads?: number } = {}): Plugin {
  return {
    instrumentation: {
      request({ request }, handle) {
        const timeoutMs = longer.uploads && isUploadRequest(request) ? longer.uploads : defaultTimeoutMs;
        // A controller and a timer of our own, both released when the request is done:
        // AbortSignal.any/timeout keep every finished request reachable until their timers fire.
        const controller = new AbortController();
        const timer = setTimeout(() => controller.abort(new DeadlineError(timeoutMs)), timeoutMs);
        const onClientGone = () => controller.abort(request.signal.reason);
        if (request.signal.aborted) onClientGone();
        else request.signal.addEventListener("abort", onClientGone, { once: true });
        signals.set(request, controller.signal);
        const release = () => {
          clearTimeout(timer);
          request.signal.removeEventListener("abort", onClientGone);
        };
        try {
          const handled = runInRequestScope(
            { signal: controller.signal, deadline: Date.now() + timeoutMs },
            handle,
          );
          if (handled instanceof Promise) return handled.finally(release);
          release();
          return handled;
        } catch (error) {
          release();
          throw error;
        }
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
