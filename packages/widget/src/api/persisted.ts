import type { DocumentNode } from "@0no-co/graphql.web";
import { print } from "@0no-co/graphql.web";

/**
 * Trusted documents: the widget's operations are known to the API by the SHA-256 of their text
 * (scripts/persisted-operations.ts writes dist/persisted-operations.json at build time with the
 * same `print`), so the widget sends `GET /graphql?operationName=…&variables=…&extensions=…`
 * with the hash instead of the query: small, and cacheable by browsers, proxies and CDNs.
 */
export interface PersistedDocument {
  text: string;
  operationName: string | undefined;
  hash: Promise<string>;
}

const known = new WeakMap<object, PersistedDocument>();

export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

export function persisted(document: DocumentNode): PersistedDocument {
  let entry = known.get(document);
  if (!entry) {
    const text = print(document);
    const operation = document.definitions.find((d) => d.kind === "OperationDefinition");
    entry = {
      text,
      operationName: operation && "name" in operation ? operation.name?.value : undefined,
      hash: sha256Hex(text),
    };
    known.set(document, entry);
  }
  return entry;
}
