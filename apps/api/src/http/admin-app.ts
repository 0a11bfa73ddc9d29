import { adminDistDir } from "@kausa/admin/dist-path";
import type { Plugin } from "graphql-yoga";
import { adminCsp } from "./csp.ts";
import { staticFiles, staticResponse } from "./static-files.ts";

/**
 * GET /admin and /admin/…: the admin app (apps/admin), on the API's own origin so the session
 * cookie is first-party. Hashed chunks in /admin/assets/ are cached for a year; every other path
 * is the app's index.html (the app routes in the browser), revalidated on each load, under a
 * strict CSP and never framed. Pre-compressed by the build like the widget.
 */
export function adminApp(dir = adminDistDir): Plugin {
  const read = staticFiles(dir);
  return {
    async onRequest({ request, url, endResponse, fetchAPI }) {
      const path = url.pathname;
      if (path !== "/admin" && !path.startsWith("/admin/")) return;
      const notFound = (text: string) =>
        endResponse(
          new fetchAPI.Response(text, {
            status: 404,
            headers: { "content-type": "text/plain; charset=utf-8" },
          }),
        );
      if (request.method !== "GET" && request.method !== "HEAD") {
        endResponse(
          new fetchAPI.Response("Method not allowed", { status: 405, headers: { allow: "GET, HEAD" } }),
        );
        return;
      }
      // One address per page: the app's routes have no trailing slash.
      if (path.length > "/admin".length && path.endsWith("/")) {
        endResponse(
          new fetchAPI.Response(null, {
            status: 308,
            headers: { location: path.replace(/\/+$/, "") || "/admin" },
          }),
        );
        return;
      }
      if (path.startsWith("/admin/assets/")) {
        const file = await read(path.slice("/admin/".length));
        if (!file) return notFound("Not found");
        endResponse(
          await staticResponse(fetchAPI, request, file, {
            "cache-control": "public, max-age=31536000, immutable",
            "x-content-type-options": "nosniff",
          }),
        );
        return;
      }
      const index = await read("index.html");
      if (!index)
        return notFound("The admin app is not built: run `pnpm build` (or `pnpm start`, which builds it).");
      endResponse(
        await staticResponse(fetchAPI, request, index, {
          "cache-control": "no-cache",
          "content-security-policy": adminCsp(),
          "x-frame-options": "DENY",
          "cross-origin-opener-policy": "same-origin",
          "permissions-policy": "geolocation=(), camera=(), microphone=()",
        }),
      );
    },
  };
}
