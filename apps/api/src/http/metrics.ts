import { createHash, timingSafeEqual } from "node:crypto";
import type { Database } from "@kausa/db";
import { getOperationAST } from "graphql";
import type { Plugin } from "graphql-yoga";
import { json } from "./json.ts";
import { createApiMetrics } from "./metrics-registry.ts";

export const METRICS_PATH = "/metrics";

/**
 * METRICS_TOKEN: unset or empty turns /metrics off. A set token must be long enough not to be
 * guessed and be sendable as a Bearer token; anything else stops the start with a clear error.
 */
export function metricsTokenFromEnv(value: string | undefined): string | null {
  if (value === undefined || value.trim() === "") return null;
  const token = value.trim();
  if (!/^[\x21-\x7e]{16,256}$/.test(token))
    throw new Error("METRICS_TOKEN must be 16 to 256 visible ASCII characters without spaces");
  return token;
}

/** Equal-length digests, so the comparison takes the same time whatever the token sent. */
function sameToken(sent: string, expected: string): boolean {
  const digest = (value: string) => createHash("sha256").update(value).digest();
  return timingSafeEqual(digest(sent), digest(expected));
}

function bearerToken(request: Request): string | undefined {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.get("authorization") ?? "");
  return match?.[1];
}

/**
 * Prometheus metrics on GET /metrics (docs/operations.md#metrics), for `Authorization: Bearer
 * <METRICS_TOKEN>` only. Without a token configured nothing is collected and /metrics is a 404:
 * the numbers tell an attacker how close the API is to its limits.
 *
 * Durations start in this plugin's onRequest, so a request refused by an earlier plugin (request
 * budget, body size, input guards) has no duration; its status still counts (429s, 5xx).
 */
export function metricsRoute(
  db: Database,
  token: string | null | undefined,
  cacheStats?: () => { hits: number; misses: number },
  compiledOperations?: () => number,
): Plugin {
  if (!token) {
    return {
      onRequest({ url, endResponse, fetchAPI }) {
        if (url.pathname === METRICS_PATH) endResponse(json(fetchAPI, { error: "Not found." }, 404));
      },
    };
  }
  const metrics = createApiMetrics(() => db.load(), cacheStats, compiledOperations);
  // Keyed by Yoga's server context (one per request, the same object in onRequest and onResponse,
  // while plugins may replace the Request); the original Request is the fallback key.
  const startedAt = new WeakMap<object, number>();

  return {
    async onRequest({ request, url, serverContext, endResponse, fetchAPI }) {
      if (url.pathname !== METRICS_PATH) {
        const now = performance.now();
        startedAt.set(request, now);
        if (serverContext && typeof serverContext === "object") startedAt.set(serverContext, now);
        return;
      }
      if (request.method !== "GET" && request.method !== "HEAD") {
        return endResponse(json(fetchAPI, { error: "Use GET." }, 405, { allow: "GET, HEAD" }));
      }
      const sent = bearerToken(request);
      if (sent === undefined || !sameToken(sent, token)) {
        return endResponse(
          json(fetchAPI, { error: "A valid metrics token is required." }, 401, {
            "www-authenticate": 'Bearer realm="metrics"',
          }),
        );
      }
      const body = await metrics.registry.metrics();
      endResponse(
        new fetchAPI.Response(request.method === "HEAD" ? null : body, {
          status: 200,
          headers: { "content-type": metrics.registry.contentType, "cache-control": "no-store" },
        }),
      );
    },
    onExecute({ args }) {
      const operation = getOperationAST(args.document, args.operationName ?? undefined);
      if (operation) metrics.countOperation(operation.name?.value, operation.operation);
    },
    onResponse({ request, response, serverContext }) {
      const pathname = new URL(request.url, "http://localhost").pathname;
      if (pathname === METRICS_PATH) return;
      const start =
        (serverContext && typeof serverContext === "object" ? startedAt.get(serverContext) : undefined) ??
        startedAt.get(request);
      const seconds = start === undefined ? undefined : (performance.now() - start) / 1000;
      metrics.observeResponse(pathname, response.status, seconds);
    },
  };
}
