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
  if (isWriteConflict(original)) {
    return new GraphQLError("Another change to the same entry happened at the same moment; try again.", {
      extensions: { code: "CONFLICT", http: { status: 409 } },
    });
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
  // Yoga logs the original through yogaLogger (logger.ts).
  return new GraphQLError(message, {
    extensions: { code: "INTERNAL_SERVER_ERROR", http: { status: 500 } },
  });
}

/**
 * Two transactions that wait for each other (PostgreSQL deadlock 40P01, serialization failure
 * 40001; Prisma P2034): one of them is stopped. Nothing was written; the client may retry.
 */
function isWriteConflict(error: unknown): boolean {
  const seen = new Set<unknown>();
  let current = error as { code?: unknown; cause?: unknown; meta?: unknown } | undefined;
  while (current && typeof current === "object" && !seen.has(current)) {
    seen.add(current);
    const code = String(current.code ?? "");
    if (code === "P2034" || code === "40P01" || code === "40001") return true;
    const text = String((current as { message?: unknown }).message ?? "");
    if (/deadlock detected|could not serialize access/i.test(text)) return true;
    current = current.cause as typeof current;
  }
  return false;
}
