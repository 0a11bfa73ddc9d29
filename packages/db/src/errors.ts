/**
 * Errors the database layer raises itself. Neither has a `code` property on purpose: Prisma
 * re-wraps any error with a `code` into a PrismaClientKnownRequestError, but passes others
 * through unchanged, so these arrive at the API as themselves.
 */

/** The request that wanted this statement was aborted (client left, deadline passed): it did not run. */
export class RequestAbortedError extends Error {
  override readonly name = "RequestAbortedError";
  /** "deadline" when the request's deadline passed, "aborted" when its signal was aborted otherwise. */
  readonly reason: "aborted" | "deadline";

  constructor(reason: "aborted" | "deadline", cause?: unknown) {
    super(
      reason === "deadline"
        ? "The request's deadline passed before the database statement could run."
        : "The request was aborted before the database statement could run.",
      cause === undefined ? undefined : { cause },
    );
    this.reason = reason;
  }
}

/** The database's waiting line is full, or this statement waited too long in it: try again later. */
export class DatabaseBusyError extends Error {
  override readonly name = "DatabaseBusyError";
  /** Seconds a client should wait before retrying (for a Retry-After header), 1–5. */
  readonly retryAfterSeconds: number;

  constructor(message: string, retryAfterSeconds: number) {
    super(message);
    this.retryAfterSeconds = retryAfterSeconds;
  }
}
