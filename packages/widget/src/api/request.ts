import type { TadaDocumentNode } from "gql.tada";
import { persisted } from "./persisted.ts";

/** Where and how to ask: the API's origin and the visitor's language. */
export interface Endpoint {
  origin: string;
  language: string;
}

/** The API answered with errors and no data, or not at all (`status` 0: no answer, e.g. offline). */
export class RequestError extends Error {
  override name = "RequestError";
  constructor(
    message: string,
    readonly status = 0,
  ) {
    super(message);
  }
}

/**
 * Sends one GraphQL query as a persisted GET (its hash, operation name and variables in the URL:
 * cacheable, see persisted.ts); if the API does not know the hash — a widget build newer than
 * the server — it asks again with the full query by POST. Aborting `signal` cancels the request
 * (a newer search replaces an older one). Requests go to the API only, never with cookies: the
 * widget sends no visitor data anywhere else.
 */
export async function request<Result, Variables>(
  document: TadaDocumentNode<Result, Variables>,
  variables: Variables,
  { origin, language }: Endpoint,
  signal?: AbortSignal,
): Promise<Result> {
  const { text, operationName, hash } = persisted(document);
  const headers = { accept: "application/json", "accept-language": language };
  const url = new URL(`${origin}/graphql`);
  if (operationName) url.searchParams.set("operationName", operationName);
  url.searchParams.set("variables", JSON.stringify(variables ?? {}));
  url.searchParams.set(
    "extensions",
    JSON.stringify({ persistedQuery: { version: 1, sha256Hash: await hash } }),
  );
  let body = await answer<Result>(await fetch(url, { method: "GET", credentials: "omit", headers, signal }));
  if (!body.data && body.errors?.some((e) => e.message === "PersistedQueryNotFound")) {
    body = await answer<Result>(
      await fetch(`${origin}/graphql`, {
        method: "POST",
        credentials: "omit",
        headers: { ...headers, "content-type": "application/json" },
        body: JSON.stringify({ query: text, operationName, variables }),
        signal,
      }),
    );
  }
  if (!body.data) throw new RequestError(`The API answered ${body.status} without data.`, body.status);
  return body.data;
}

/**
 * Sends one GraphQL mutation by POST with its full text: never as a GET (not cacheable, not
 * repeatable by a prefetch) and never as a trusted document (the build's manifest holds queries
 * only). Like request(): to the API only, without cookies, so the visitor stays anonymous.
 * Throws RequestError with the HTTP status (429 when rate-limited, 0 when there was no answer).
 */
export async function mutate<Result, Variables>(
  document: TadaDocumentNode<Result, Variables>,
  variables: Variables,
  { origin, language }: Endpoint,
): Promise<Result> {
  const { text, operationName } = persisted(document);
  let response: Response;
  try {
    response = await fetch(`${origin}/graphql`, {
      method: "POST",
      credentials: "omit",
      headers: {
        accept: "application/json",
        "accept-language": language,
        "content-type": "application/json",
      },
      body: JSON.stringify({ query: text, operationName, variables }),
    });
  } catch (error) {
    throw new RequestError(`The API did not answer: ${String(error)}`, 0);
  }
  const body = await answer<Result>(response);
  if (!body.data || !response.ok) throw new RequestError(`The API answered ${body.status}.`, body.status);
  return body.data;
}

async function answer<Result>(response: Response) {
  const body = (await response.json().catch(() => null)) as {
    data?: Result;
    errors?: { message: string }[];
  } | null;
  return { data: body?.data, errors: body?.errors, status: response.status };
}
