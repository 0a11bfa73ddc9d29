import { randomUUID } from "node:crypto";
import type { Plugin } from "graphql-yoga";

/** What an id from a proxy may look like: short, and nothing that could forge a log line. */
const SAFE_ID = /^[\w.:@-]{1,128}$/;

/** The id for this request: the trusted proxy's, if it sent a sane one, else a fresh UUID. */
export function requestIdFor(request: Request, trustProxy: boolean): string {
  const incoming = request.headers.get("x-request-id");
  return trustProxy && incoming && SAFE_ID.test(incoming) ? incoming : randomUUID();
}

/**
 * Every answer carries `X-Request-Id`: the one a trusted reverse proxy sent (TRUSTED_PROXIES > 0),
 * else a fresh UUID, so an operator can follow one request through proxy, API and logs.
 */
export function requestId({ trustProxy }: { trustProxy: boolean }): Plugin {
  return {
    onResponse({ request, response }) {
      if (!response.headers.has("x-request-id"))
        response.headers.set("x-request-id", requestIdFor(request, trustProxy));
    },
  };
}
