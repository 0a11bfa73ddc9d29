import { DatabaseBusyError, RequestAbortedError } from "./errors.ts";

/**
 * What kind of database failure an error is, as far as a client is concerned:
 * - "unavailable": the database cannot be reached or refuses work (outage, restart, closed);
 * - "busy": our own waiting line in front of the database is full or too slow;
 * - "timeout": a statement ran into PostgreSQL's statement_timeout;
 * - "aborted": the request was aborted (client left, deadline passed) and the statement did not run.
 * Everything else is not a database outage (a bug, or a client mistake the API should have caught).
 */
export type DatabaseErrorKind = "unavailable" | "busy" | "timeout" | "aborted";

/** The kind of database failure `error` is (looking through Prisma's and GraphQL's wrappers), or null. */
export function databaseErrorKind(error: unknown): DatabaseErrorKind | null {
  return classifyDatabaseError(error)?.kind ?? null;
}

/** Seconds a client should wait before retrying after a failure of this kind (for Retry-After). */
export function retryAfterSeconds(kind: DatabaseErrorKind, error?: unknown): number {
  if (kind === "busy" && error !== undefined) {
    const busy = findInChain(error, (node) => (node instanceof DatabaseBusyError ? node : undefined));
    if (busy) return busy.retryAfterSeconds;
  }
  return DEFAULT_RETRY_AFTER_SECONDS[kind];
}

/** databaseErrorKind and retryAfterSeconds in one call, or null when `error` is not a database outage. */
export function classifyDatabaseError(
  error: unknown,
): { kind: DatabaseErrorKind; retryAfterSeconds: number } | null {
  const kind = findInChain(error, kindOfNode);
  return kind ? { kind, retryAfterSeconds: retryAfterSeconds(kind, error) } : null;
}

const DEFAULT_RETRY_AFTER_SECONDS: Record<DatabaseErrorKind, number> = {
  unavailable: 5,
  busy: 2,
  timeout: 5,
  aborted: 1,
};

// Node socket errors while connecting to or talking with the server.
const SOCKET_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ECONNABORTED",
  "EPIPE",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "ENOTFOUND",
  "EAI_AGAIN",
]);

// Prisma's codes for an unreachable or refusing database (what driver adapters' errors become).
const PRISMA_UNAVAILABLE_CODES = new Set([
  "P1000",
  "P1001",
  "P1002",
  "P1003",
  "P1008",
  "P1010",
  "P1011",
  "P1017",
  "P2037",
]);

// The driver adapters' own names for the same (DriverAdapterError.cause.kind).
const ADAPTER_UNAVAILABLE_KINDS = new Set([
  "DatabaseNotReachable",
  "ConnectionClosed",
  "SocketTimeout",
  "TooManyConnections",
  "AuthenticationFailed",
  "DatabaseDoesNotExist",
  "DatabaseAccessDenied",
  "TlsConnectionError",
]);

// Messages of errors that carry no code: node-postgres, pg-pool and PGlite. Matched per line,
// since Prisma may put its "Invalid `prisma.x()` invocation" context in front.
const UNAVAILABLE_MESSAGES = [
  /^Connection terminated/m,
  /^timeout exceeded when trying to connect$/m,
  /^Cannot use a pool after calling end on the pool$/m,
  /^Client has encountered a connection error and is not queryable$/m,
  /^Client was closed and is not queryable$/m,
  /^PGlite is clos(ed|ing)$/m,
];

/**
 * SQLSTATE classes and codes that mean "the server cannot do this now", not "this statement is wrong":
 * 08 connection exception, 53 insufficient resources (53300 too_many_connections), 57P01 admin_shutdown,
 * 57P02 crash_shutdown, 57P03 cannot_connect_now, 57P04 database_dropped; 28 and 3D000 (login refused,
 * database missing) are outages from a client's point of view too.
 */
function kindOfSqlState(code: string, message: string): DatabaseErrorKind | null {
  if (code === "57014") {
    // query_canceled: by statement_timeout, or by us cancelling an aborted request's statement.
    return /user request/i.test(message) ? "aborted" : "timeout";
  }
  if (/^(08|53|28)/.test(code) || /^57P0[1-4]$/.test(code) || code === "3D000") return "unavailable";
  return null;
}

function kindOfNode(node: unknown): DatabaseErrorKind | undefined {
  if (node instanceof RequestAbortedError) return "aborted";
  if (node instanceof DatabaseBusyError) return "busy";
  if (typeof node !== "object" || node === null) return undefined;
  const { code, kind, originalCode, message } = node as Record<string, unknown>;
  const text = typeof message === "string" ? message : "";
  // A DriverAdapterError's payload: { kind, originalCode?, originalMessage?, code? (kind "postgres") }.
  if (typeof kind === "string") {
    if (ADAPTER_UNAVAILABLE_KINDS.has(kind)) return "unavailable";
    const sqlState = typeof originalCode === "string" ? originalCode : kind === "postgres" ? code : undefined;
    const originalMessage = (node as { originalMessage?: unknown }).originalMessage;
    if (typeof sqlState === "string") {
      const found = kindOfSqlState(sqlState, typeof originalMessage === "string" ? originalMessage : text);
      if (found) return found;
    }
  }
  if (typeof code === "string") {
    if (SOCKET_CODES.has(code) || PRISMA_UNAVAILABLE_CODES.has(code)) return "unavailable";
    if (/^[0-9A-Z]{5}$/.test(code) && !code.startsWith("P")) {
      const found = kindOfSqlState(code, text);
      if (found) return found;
    }
  }
  if (UNAVAILABLE_MESSAGES.some((pattern) => pattern.test(text))) return "unavailable";
  return undefined;
}

/**
 * Visits `error` and what it wraps, outermost first: `cause` (DriverAdapterError, Error.cause),
 * `originalError` (GraphQLError), `meta.driverAdapterError` (Prisma), `errors` (AggregateError).
 */
function findInChain<T>(error: unknown, visit: (node: unknown) => T | undefined): T | undefined {
  const seen = new Set<unknown>();
  const queue: unknown[] = [error];
  while (queue.length > 0 && seen.size < 50) {
    const node = queue.shift();
    if (node === null || node === undefined || seen.has(node)) continue;
    seen.add(node);
    const found = visit(node);
    if (found !== undefined) return found;
    if (typeof node !== "object") continue;
    const wrapper = node as Record<string, unknown>;
    queue.push(wrapper.cause, wrapper.originalError);
    const meta = wrapper.meta as Record<string, unknown> | undefined;
    if (meta && typeof meta === "object") queue.push(meta.driverAdapterError);
    if (Array.isArray(wrapper.errors)) queue.push(...wrapper.errors);
  }
  return undefined;
}
