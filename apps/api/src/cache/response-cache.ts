import { createHash } from "node:crypto";
import { useResponseCache } from "@graphql-yoga/plugin-response-cache";
import { localeFromAcceptLanguage } from "@kausa/schema";
import type { Plugin } from "graphql-yoga";
import { hasSessionCookie } from "../auth/session-cookie.ts";
import type { DataChangeFeed } from "./data-changes.ts";
import type { ResponseStore } from "./response-store.ts";

export interface ResponseCacheOptions {
  store: ResponseStore;
  /** How long an answer may be served without a change to the data (changes empty the store). */
  ttlSeconds: number;
}

/**
 * Only anonymous requests are cached: with a session cookie or an API token the answer may hold
 * drafts or editor fields, and such requests are never looked up or stored.
 */
export function isAnonymous(request: Request): boolean {
  return !request.headers.has("authorization") && !hasSessionCookie(request.headers.get("cookie"));
}

/**
 * Yoga's response cache for the public API: keyed by the query text, operation name, variables
 * and the language the answer is in (Accept-Language decides the default locale). Mutations and
 * answers with errors are never cached. A hit skips parsing, validation and the database.
 */
export function responseCache({ store, ttlSeconds }: ResponseCacheOptions): Plugin {
  return useResponseCache({
    cache: store,
    ttl: ttlSeconds * 1000,
    session: () => null,
    enabled: (request) => isAnonymous(request),
    // The store is emptied on every change (subscribeInvalidation); entity tracking is not needed.
    invalidateViaMutation: false,
    buildResponseCacheKey: ({ documentString, variableValues, operationName, request }) =>
      createHash("sha256")
        .update(
          JSON.stringify([
            documentString,
            operationName ?? null,
            variableValues ?? null,
            localeFromAcceptLanguage(request.headers.get("accept-language")),
          ]),
        )
        .digest("base64url"),
  }) as Plugin;
}

/**
 * Empties the store on every change to the data, on every instance that hears the change — and
 * once more when the slowest read that began before the change must have ended, so an answer
 * computed from the old data and stored just after the first emptying cannot outlive it.
 */
export function subscribeInvalidation(feed: DataChangeFeed, store: ResponseStore, slowestReadMs: number) {
  const timers = new Set<NodeJS.Timeout>();
  const unsubscribe = feed.subscribe(() => {
    void store.clear();
    const timer = setTimeout(() => {
      timers.delete(timer);
      void store.clear();
    }, slowestReadMs + 100);
    timer.unref();
    timers.add(timer);
  });
  return () => {
    unsubscribe();
    for (const timer of timers) clearTimeout(timer);
  };
}
