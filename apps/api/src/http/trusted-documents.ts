import { usePersistedOperations } from "@graphql-yoga/plugin-persisted-operations";
import { loadPersistedOperations } from "@kausa/widget/persisted-operations";
import type { Plugin } from "graphql-yoga";
import { isAnonymous } from "../cache/response-cache.ts";

/**
 * The widget's operations by hash (its build writes the list; `GET /graphql?operationName=…&
 * variables=…&extensions={"persistedQuery":{"version":1,"sha256Hash":"…"}}`), while any other
 * query stays allowed for developers. An unknown hash answers `PersistedQueryNotFound` and the
 * widget falls back to POST.
 */
export function trustedDocuments(manifest: Record<string, string> = loadPersistedOperations()): Plugin {
  return usePersistedOperations({
    getPersistedOperation: (hash) => manifest[hash] ?? null,
    allowArbitraryOperations: true,
  });
}

/** Shared caches may keep an anonymous GET answer a minute, and serve it stale while refreshing. */
export const PUBLIC_GRAPHQL_CACHE = "public, max-age=60, stale-while-revalidate=600";

/**
 * Anonymous `GET /graphql` answers (the widget's persisted queries, or anyone's GET) are public
 * data: browsers, reverse proxies and CDNs may cache them per language. Everything else keeps
 * no cache headers: POSTs, answers to logged-in editors or tokens, errors.
 */
export function publicGetCaching(): Plugin {
  return {
    onResponse({ request, response }) {
      if (request.method !== "GET" || response.status !== 200) return;
      if (pathnameOf(request.url) !== "/graphql") return;
      if (!isAnonymous(request)) return;
      if (!response.headers.get("content-type")?.includes("json")) return;
      response.headers.set("cache-control", PUBLIC_GRAPHQL_CACHE);
      const vary = response.headers.get("vary");
      response.headers.set("vary", vary ? `${vary}, Accept-Language` : "Accept-Language");
    },
  };
}

/**
 * The path of a Request's URL without parsing it again (this runs for every response): a
 * Request's `url` is already absolute and normalised, so the path is what lies between the
 * authority and the query or fragment.
 */
export function pathnameOf(url: string): string {
  const start = url.indexOf("/", url.indexOf("//") + 2);
  if (start < 0) return "/";
  const query = url.indexOf("?", start);
  const hash = url.indexOf("#", start);
  const end = Math.min(query < 0 ? url.length : query, hash < 0 ? url.length : hash);
  return url.slice(start, end);
}
