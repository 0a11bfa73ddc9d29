import type { Plugin } from "graphql-yoga";
import type { AuthRuntime } from "./auth-runtime.ts";
import { csrfForSessionCookies } from "./csrf.ts";
import { writePendingCookies } from "./request-session.ts";

/**
 * Session cookies: CSRF prevention for requests that carry one, the Set-Cookie headers the
 * resolvers decided on, and closing the session store / throttle connections on dispose.
 */
export function authPlugins(auth: AuthRuntime): Plugin[] {
  return [
    csrfForSessionCookies(),
    {
      onResponse({ serverContext, response }) {
        try {
          writePendingCookies(auth, serverContext as object, response.headers);
        } catch {
          // Immutable headers (a static file): nothing of ours to write there anyway.
        }
      },
      onDispose: () => auth.close(),
    },
  ];
}
