import type { TadaDocumentNode } from "gql.tada";
import { persisted } from "./persisted.ts";

/** Where and how to ask: the API's origin and the visitor's language. */
export interface Endpoint {
  origin: string;
  language: string;
}

/** The API answered with errors and no data, or not at all. */
export class RequestError extends Error {
  override name = "RequestError";
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
  if (!body.data) throw new RequestError(`The API answered ${body.status} without data.`);
  return body.data;
}

async function answer<Result>(response: Response) {
  const body = (await response.json().catch(() => null)) as {
    data?: Result;
    errors?: { message: string }[];
  } | null;
  return { data: body?.data, errors: body?.errors, status: response.status };
}
