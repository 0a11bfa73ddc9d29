import type { Plugin } from "graphql-yoga";
import type { Logger } from "./logger.ts";

/** A client-chosen operation name is logged only if it looks like one (no free text in logs). */
const OPERATION_NAME = /^[A-Za-z][A-Za-z0-9_]{0,63}$/;

/**
 * One log line per request: request id, method, path (without the query string, which may hold
 * GraphQL variables), GraphQL operation name, status and duration. Placed right after the
 * request-id plugin so the id is on the response when the line is written.
 */
export function requestLog(log: Logger): Plugin {
  // Keyed by Yoga's server context (one per request); the Request itself is the fallback.
  const startedAt = new WeakMap<object, number>();
  const operationOf = new WeakMap<object, string>();
  const keyOf = (request: Request, serverContext: unknown) =>
    serverContext && typeof serverContext === "object" ? serverContext : request;

  return {
    onRequest({ request, serverContext }) {
      startedAt.set(keyOf(request, serverContext), performance.now());
    },
    onParams({ params, request, context }) {
      const name = params.operationName;
      const label = name && OPERATION_NAME.test(name) ? name : name ? "other" : undefined;
      // `context` is the server context here, the same object onResponse gets.
      if (label) operationOf.set(keyOf(request, context), label);
    },
    onResponse({ request, response, serverContext }) {
      const key = keyOf(request, serverContext);
      const start = startedAt.get(key);
      const url = new URL(request.url, "http://localhost");
      const status = response.status;
      const line = {
        requestId: response.headers.get("x-request-id") ?? undefined,
        method: request.method,
        path: url.pathname,
        operation: operationOf.get(key),
        status,
        durationMs: start === undefined ? undefined : Math.round((performance.now() - start) * 10) / 10,
      };
      if (status >= 500) log.error(line, "request failed");
      else log.info(line, "request");
    },
  };
}
