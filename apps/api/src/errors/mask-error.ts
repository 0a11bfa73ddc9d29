import { classifyDatabaseError } from "@kausa/db";
import { GraphQLError } from "graphql";

/** A GraphQL error that a client caused or may show: its own message, its own status. */
const isClientFacing = (error: unknown): error is GraphQLError =>
  error instanceof GraphQLError && !(error.originalError && !(error.originalError instanceof GraphQLError));

const unavailable = (message: string, retryAfterSeconds: number) =>
  new GraphQLError(message, {
    extensions: {
      code: "SERVICE_UNAVAILABLE",
      retryAfterSeconds,
      http: { status: 503, headers: { "retry-after": String(retryAfterSeconds) } },
    },
  });

/**
 * The response-status policy for everything that goes wrong inside the API:
 * - the client's mistakes are GraphQLErrors with their own message and 400 (or 413, 429);
 * - outages — the database unreachable, its waiting line full, a statement or the request's
 *   deadline running out — answer 503 with Retry-After, so load balancers and CDNs see them;
 * - anything else is a bug: logged in full (logger.ts), answered 500 "Unexpected error." and nothing more.
 */
export function maskError(error: unknown, message: string): Error {
  if (isClientFacing(error)) return error;
  const original = error instanceof GraphQLError ? error.originalError : error;
  if ((original as { name?: unknown } | undefined)?.name === "TimeoutError") {
    return unavailable("The request took too long and was stopped; try again shortly.", 2);
  }
  const database = classifyDatabaseError(original);
  if (database) {
    // "aborted" reaches a client only when its deadline passed (a client that left reads nothing).
    const text =
      database.kind === "busy"
        ? "The service is busy; try again shortly."
        : database.kind === "unavailable"
          ? "The service is temporarily unavailable; try again shortly."
          : "The request took too long and was stopped; try again shortly.";
    return unavailable(text, database.retryAfterSeconds);
  }
  // Yoga logs the original through apiLogger (logger.ts).
  return new GraphQLError(message, {
    extensions: { code: "INTERNAL_SERVER_ERROR", http: { status: 500 } },
  });
}
