import { widgetDistDir } from "@kausa/widget/dist-path";
import type { Plugin } from "graphql-yoga";
import { staticFiles, staticResponse } from "./static-files.ts";

/**
 * GET /widget/*: the embeddable bundle. The entry keeps its name (embed snippets point at it) and
 * is revalidated after 5 minutes; chunks in /widget/assets/ carry a content hash and are cached
 * for a year. Module scripts and MapLibre's worker are fetched cross-origin: CORS is open.
 * Served brotli- or gzip-compressed (pre-compressed by the build) to clients that accept it.
 */
export function widgetAssets(dir = widgetDistDir): Plugin {
  const read = staticFiles(dir);
  return {
    async onRequest({ request, url, endResponse, fetchAPI }) {
      if (!url.pathname.startsWith("/widget/")) return;
      const name = url.pathname.slice("/widget/".length);
      const file = request.method === "GET" || request.method === "HEAD" ? await read(name) : null;
      if (!file) {
        endResponse(
          new fetchAPI.Response("Not found", { status: 404, headers: { "content-type": "text/plain" } }),
        );
        return;
      }
      const headers = {
        "cache-control": name.startsWith("assets/")
          ? "public, max-age=31536000, immutable"
          : "public, max-age=300",
        "access-control-allow-origin": "*",
        "cross-origin-resource-policy": "cross-origin",
        "x-content-type-options": "nosniff",
      };
      endResponse(await staticResponse(fetchAPI, request, file, headers));
    },
  };
}
