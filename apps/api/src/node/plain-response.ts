import type { ServerResponse } from "node:http";

/**
 * A small JSON answer written by the Node layer itself, before or instead of Yoga (bad Host,
 * draining /ready, a failed handler). It names no file, library or version. GraphQL clients
 * find the usual `errors` array; `extraHeaders` may add e.g. `connection: close`.
 */
export function sendPlainJson(
  res: ServerResponse,
  status: number,
  body: Record<string, unknown>,
  extraHeaders: Record<string, string> = {},
): void {
  if (res.headersSent) {
    // Too late for a status line: the client sees a cut-off response, which is the honest signal.
    res.destroy();
    return;
  }
  // Headers the failed response had set already (its type, caching, cookies) do not belong here.
  for (const name of res.getHeaderNames()) {
    if (name !== "connection") res.removeHeader(name);
  }
  const text = `${JSON.stringify(body)}\n`;
  res.writeHead(status, {
    "content-type": "application/json; charset=utf-8",
    "content-length": Buffer.byteLength(text),
    "cache-control": "no-store",
    "x-content-type-options": "nosniff",
    ...extraHeaders,
  });
  res.end(text);
}

export const errorBody = (message: string, code: string) => ({ errors: [{ message, extensions: { code } }] });
