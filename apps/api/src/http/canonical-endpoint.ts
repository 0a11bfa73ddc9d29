import type { Plugin } from "graphql-yoga";
import { json } from "./json.ts";

/**
 * GraphQL is served at exactly one path. Yoga also executes requests whose URL merely ends in
 * the endpoint ("/graphql/", "/x/graphql", "/health?x=/graphql"); the rate limits, the deadline
 * and every other per-route rule would not recognise them as GraphQL, so they get a 404 here.
 */
export function canonicalGraphQLEndpoint(endpoint: string): Plugin {
  return {
    onRequest({ request, url, endResponse, fetchAPI }) {
      if (url.pathname === endpoint) return;
      const looksLikeGraphQL =
        url.pathname === `${endpoint}/` ||
        request.url.endsWith(endpoint) ||
        request.url.endsWith(`${endpoint}/`);
      if (looksLikeGraphQL) {
        endResponse(json(fetchAPI, { error: `Not found. The GraphQL endpoint is ${endpoint}.` }, 404));
      }
    },
  };
}
