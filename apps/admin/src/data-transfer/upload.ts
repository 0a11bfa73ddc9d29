import { stringifyDocument } from "@urql/core";
import type { TadaDocumentNode } from "gql.tada";
import { CSRF_HEADER, SESSION_EXPIRED_EVENT } from "../api/client.ts";

/**
 * Why an upload failed. Like the client's ApiError, plus "too-large": an import file is the one
 * request whose HTTP status (413) matters to the editor, so this module talks to fetch itself.
 */
export type UploadFailureKind =
  | "too-large"
  | "too-many"
  | "forbidden"
  | "unauthenticated"
  | "bad-input"
  | "network"
  | "server";

export class UploadError extends Error {
  override name = "UploadError";
  constructor(
    readonly kind: UploadFailureKind,
    message: string,
    /** Seconds to wait, from Retry-After (429). */
    readonly retryAfter?: number,
  ) {
    super(message);
  }
}

interface GraphQLResponse<Result> {
  data?: Result | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

const KIND_OF_CODE: Record<string, UploadFailureKind> = {
  UNAUTHENTICATED: "unauthenticated",
  FORBIDDEN: "forbidden",
  TOO_MANY_REQUESTS: "too-many",
  BAD_USER_INPUT: "bad-input",
  GRAPHQL_VALIDATION_FAILED: "bad-input",
  REQUEST_ENTITY_TOO_LARGE: "too-large",
};

function kindOfStatus(status: number): UploadFailureKind {
  if (status === 413) return "too-large";
  if (status === 429) return "too-many";
  if (status === 401) return "unauthenticated";
  if (status === 403) return "forbidden";
  if (status === 400) return "bad-input";
  return "server";
}

/**
 * Sends one mutation as a GraphQL multipart request (the spec Yoga implements): the variable
 * `fileVariable` holds the file, all other variables go as JSON. Same origin with the session
 * cookie and the CSRF header, which the API requires for multipart requests with a cookie.
 * (urql's fetchExchange would build the same request, but its errors drop the HTTP status.)
 */
export async function uploadMutation<Result, Variables extends Record<string, unknown>>(
  document: TadaDocumentNode<Result, Variables>,
  variables: Variables,
  fileVariable: keyof Variables & string,
  options: { signal?: AbortSignal } = {},
): Promise<Result> {
  const file = variables[fileVariable] as File;
  const body = new FormData();
  body.append(
    "operations",
    JSON.stringify({ query: stringifyDocument(document), variables: { ...variables, [fileVariable]: null } }),
  );
  body.append("map", JSON.stringify({ 0: [`variables.${fileVariable}`] }));
  body.append("0", file, file.name);

  let response: Response;
  try {
    response = await fetch("/graphql", {
      method: "POST",
      body,
      credentials: "same-origin",
      headers: { [CSRF_HEADER]: "1", accept: "application/graphql-response+json, application/json" },
      signal: options.signal ?? null,
    });
  } catch (error) {
    throw new UploadError("network", error instanceof Error ? error.message : String(error));
  }
  const retry = Number(response.headers.get("retry-after") ?? Number.NaN);
  const retryAfter = Number.isFinite(retry) ? retry : undefined;
  const payload = (await response.json().catch(() => null)) as GraphQLResponse<Result> | null;
  const first = payload?.errors?.[0];
  if (payload?.data && !first) return payload.data;
  const kind =
    (first?.extensions?.code && KIND_OF_CODE[first.extensions.code]) || kindOfStatus(response.status);
  if (kind === "unauthenticated") window.dispatchEvent(new CustomEvent(SESSION_EXPIRED_EVENT));
  throw new UploadError(kind, first?.message ?? response.statusText, retryAfter);
}
