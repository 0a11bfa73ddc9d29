import type { ServerResponse } from "node:http";

/**
 * Writes a fetch `Response` (what Yoga returns) to Node's `ServerResponse`. Yoga's own request
 * listener does this too, but it also turns any error into a 500 carrying the stack trace; the
 * request handler calls Yoga one level lower and sends the result here instead.
 * Streams with back-pressure and stops reading the body when the client goes away.
 */
export async function sendFetchResponse(response: Response, res: ServerResponse): Promise<void> {
  if (res.destroyed || res.writableEnded) {
    await response.body?.cancel().catch(() => {});
    return;
  }
  res.statusCode = response.status;
  if (response.statusText) res.statusMessage = response.statusText;
  for (const [name, value] of response.headers) {
    // Headers joins repeated values with ", ", which is wrong only for Set-Cookie.
    if (name !== "set-cookie") res.setHeader(name, value);
  }
  const cookies = response.headers.getSetCookie?.() ?? [];
  if (cookies.length > 0) res.setHeader("set-cookie", cookies);

  const body = response.body;
  if (!body) {
    res.end();
    return;
  }
  const reader = body.getReader();
  const onClose = () => void reader.cancel().catch(() => {});
  res.once("close", onClose);
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done || res.destroyed) break;
      if (!res.write(value)) await drained(res);
    }
    if (!res.destroyed) res.end();
  } finally {
    res.off("close", onClose);
  }
}

function drained(res: ServerResponse): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      res.off("drain", done);
      res.off("close", done);
      resolve();
    };
    res.on("drain", done);
    res.on("close", done);
  });
}
