import { print } from "@0no-co/graphql.web";
import type { TadaDocumentNode } from "gql.tada";

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
 * Sends one GraphQL query. Aborting `signal` cancels the request (a newer search replaces an
 * older one). Requests go to the API only, never with cookies: the widget sends no visitor data
 * anywhere else.
 */
export async function request<Result, Variables>(
  document: TadaDocumentNode<Result, Variables>,
  variables: Variables,
  { origin, language }: Endpoint,
  signal?: AbortSignal,
): Promise<Result> {
  const response = await fetch(`${origin}/graphql`, {
    method: "POST",
    credentials: "omit",
    headers: { "content-type": "application/json", accept: "application/json", "accept-language": language },
    body: JSON.stringify({ query: print(document), variables }),
    signal,
  });
  const body = (await response.json().catch(() => null)) as { data?: Result; errors?: unknown[] } | null;
  if (!body?.data) throw new RequestError(`The API answered ${response.status} without data.`);
  return body.data;
}
