import { Client, type CombinedError, fetchExchange } from "@urql/core";
import type { TadaDocumentNode } from "gql.tada";

/** The header the API requires on every request that carries the session cookie (CSRF). */
export const CSRF_HEADER = "x-graphql-yoga-csrf";

/**
 * The app's one GraphQL client: same origin, so the HttpOnly session cookie goes along (script
 * never sees it), and every request — queries too — carries the CSRF header. No cache: editors
 * must always see what is stored now.
 */
export function createClient(): Client {
  return new Client({
    url: "/graphql",
    exchanges: [fetchExchange],
    requestPolicy: "network-only",
    preferGetMethod: false,
    fetchOptions: baseFetchOptions,
  });
}

const baseFetchOptions = (): RequestInit => ({ credentials: "same-origin", headers: { [CSRF_HEADER]: "1" } });

/** Why a request failed, in terms the UI can act on. */
export type FailureKind =
  | "unauthenticated"
  | "forbidden"
  | "not-found"
  | "too-many"
  | "network"
  | "bad-input"
  | "server";

export class ApiError extends Error {
  override name = "ApiError";
  constructor(
    readonly kind: FailureKind,
    message: string,
    /** Seconds to wait, from Retry-After (429). */
    readonly retryAfter?: number,
    /** For refused input (400): the argument it is about, and a stable reason code if the API gives one. */
    readonly input: { argument?: string; reason?: string } = {},
  ) {
    super(message);
  }
}

/** Told when the API says the session is gone: the app sends the editor to the login page. */
export const SESSION_EXPIRED_EVENT = "kausa-session-expired";

function failureOf(error: CombinedError): ApiError {
  if (error.networkError) {
    const status = (error.response as Response | undefined)?.status;
    if (status === 429) {
      const retry = Number((error.response as Response).headers.get("retry-after"));
      return new ApiError("too-many", error.networkError.message, Number.isFinite(retry) ? retry : undefined);
    }
    return new ApiError("network", error.networkError.message);
  }
  const first = error.graphQLErrors[0];
  const code = first?.extensions?.code;
  const kind: FailureKind =
    code === "UNAUTHENTICATED"
      ? "unauthenticated"
      : code === "FORBIDDEN"
        ? "forbidden"
        : code === "NOT_FOUND"
          ? "not-found"
          : code === "TOO_MANY_REQUESTS"
            ? "too-many"
            : code === "BAD_USER_INPUT" || code === "GRAPHQL_VALIDATION_FAILED"
              ? "bad-input"
              : "server";
  const retry = Number(first?.extensions?.retryAfter);
  const text = (value: unknown) => (typeof value === "string" ? value : undefined);
  return new ApiError(kind, first?.message ?? error.message, Number.isFinite(retry) ? retry : undefined, {
    argument: text(first?.extensions?.argument),
    reason: text(first?.extensions?.reason),
  });
}

/**
 * Runs one query or mutation and returns its data, or throws an ApiError. A lost session
 * (401 on anything but the login itself) also tells the app, which shows the login page.
 */
export async function run<Result, Variables extends Record<string, unknown>>(
  client: Client,
  document: TadaDocumentNode<Result, Variables>,
  variables: Variables,
  options: { signal?: AbortSignal } = {},
): Promise<Result> {
  const isMutation = document.definitions.some(
    (d) => d.kind === "OperationDefinition" && d.operation === "mutation",
  );
  // A context's fetchOptions replace the client's: repeat the CSRF header with the signal.
  const context = options.signal ? { fetchOptions: { ...baseFetchOptions(), signal: options.signal } } : {};
  const result = isMutation
    ? await client.mutation(document, variables, context).toPromise()
    : await client.query(document, variables, context).toPromise();
  if (result.error && !result.data) {
    const failure = failureOf(result.error);
    if (failure.kind === "unauthenticated") window.dispatchEvent(new CustomEvent(SESSION_EXPIRED_EVENT));
    throw failure;
  }
  if (result.error) throw failureOf(result.error);
  return result.data as Result;
}
