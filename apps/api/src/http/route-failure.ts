import { classifyDatabaseError } from "@kausa/db";
import { json } from "./json.ts";

/**
 * The answer when a plain route (not GraphQL) fails: 503 with Retry-After for a database outage,
 * else a logged, masked 500 (a thrown error would escape Yoga with its stack trace).
 */
export function routeFailure(
  fetchAPI: { Response: typeof Response },
  error: unknown,
  what: string,
  // Yoga's logger (the API's JSON log), taken by the route's plugin in onYogaInit.
  logger: { error(...args: unknown[]): void } = console,
): Response {
  const outage = classifyDatabaseError(error);
  if (outage) {
    return json(fetchAPI, { error: "The database is not available right now. Try again shortly." }, 503, {
      "retry-after": String(outage.retryAfterSeconds),
    });
  }
  logger.error(error, `[api] ${what} failed`);
  return json(fetchAPI, { error: "Internal server error." }, 500);
}
