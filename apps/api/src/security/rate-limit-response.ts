import { GraphQLError } from "graphql";
import { json } from "../http/json.ts";
import type { Budget } from "./rate-limit-config.ts";

/** Response headers browsers may read cross-origin (the public API is read from other sites). */
export const RATE_LIMIT_HEADERS = [
  "RateLimit-Limit",
  "RateLimit-Remaining",
  "RateLimit-Reset",
  "RateLimit-Policy",
  "Retry-After",
  "X-Query-Cost",
] as const;

/** Whole seconds until the window ends; at least 1, so a client never retries at once. */
export function retryAfterSeconds(resetMs: number): number {
  return Math.max(1, Math.ceil(resetMs / 1000));
}

const message = (seconds: number) => `Too many requests: try again in ${seconds} s.`;

/** The GraphQL error of a refused operation; Yoga turns `extensions.http` into status and headers. */
export function rateLimitedError(seconds: number): GraphQLError {
  return new GraphQLError(message(seconds), {
    extensions: {
      code: "RATE_LIMITED",
      retryAfterSeconds: seconds,
      http: { status: 429, headers: { "Retry-After": String(seconds) } },
    },
  });
}

/**
 * 429 before anything was parsed: a GraphQL-shaped body on /graphql, the map layer's own
 * `{ error }` shape on its route (with the same code and seconds).
 */
export function rateLimitedResponse(
  fetchAPI: { Response: typeof Response },
  route: "graphql" | "map",
  seconds: number,
): Response {
  const headers = { "Retry-After": String(seconds) };
  const details = { code: "RATE_LIMITED", retryAfterSeconds: seconds };
  const body =
    route === "graphql"
      ? { errors: [{ message: message(seconds), extensions: details }] }
      : { error: message(seconds), ...details };
  return json(fetchAPI, body, 429, headers);
}

/**
 * The IETF draft `RateLimit-*` fields (draft-ietf-httpapi-ratelimit-headers-06, as express-rate-limit's
 * "draft-6"): the budget's size, what is left, seconds until the window ends, and the policy.
 */
export function setRateLimitHeaders(
  headers: Headers,
  budget: Budget,
  remaining: number,
  resetMs: number,
): void {
  headers.set("RateLimit-Limit", String(budget.points));
  headers.set("RateLimit-Remaining", String(Math.max(0, remaining)));
  headers.set("RateLimit-Reset", String(Math.ceil(resetMs / 1000)));
  headers.set("RateLimit-Policy", `${budget.points};w=${budget.windowSeconds}`);
}

/** Adds our headers to Access-Control-Expose-Headers, keeping what a route exposes already (ETag). */
export function exposeRateLimitHeaders(headers: Headers): void {
  const present = (headers.get("Access-Control-Expose-Headers") ?? "")
    .split(",")
    .map((h) => h.trim())
    .filter(Boolean);
  const known = new Set(present.map((h) => h.toLowerCase()));
  const added = RATE_LIMIT_HEADERS.filter((h) => !known.has(h.toLowerCase()));
  headers.set("Access-Control-Expose-Headers", [...present, ...added].join(", "));
}
