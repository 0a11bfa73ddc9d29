import { Client, cacheExchange, fetchExchange } from "@urql/core";

const clients = new Map<string, Client>();

/**
 * One GraphQL client per API origin and language. Requests go to the API only, never with
 * cookies (`credentials: "omit"`): the widget sends no visitor data anywhere else.
 */
export function apiClient(origin: string, language: string): Client {
  const key = `${origin}|${language}`;
  let client = clients.get(key);
  if (!client) {
    client = new Client({
      url: `${origin}/graphql`,
      exchanges: [cacheExchange, fetchExchange],
      preferGetMethod: false,
      fetchOptions: { credentials: "omit", headers: { "accept-language": language } },
    });
    clients.set(key, client);
  }
  return client;
}
