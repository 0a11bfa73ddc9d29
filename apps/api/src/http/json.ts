/**
 * A JSON response for the plain HTTP routes (GraphQL responses are Yoga's). Built with the
 * server's own fetch API: a foreign Response class can lose its body in the Node adapter.
 */
export function json(
  fetchAPI: { Response: typeof Response },
  body: unknown,
  status = 200,
  headers: Record<string, string> = {},
): Response {
  return new fetchAPI.Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json; charset=utf-8", "cache-control": "no-store", ...headers },
  });
}
