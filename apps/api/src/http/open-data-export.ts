import { createHash } from "node:crypto";
import type { Database } from "@kausa/db";
import {
  buildExport,
  buildTemplate,
  DIRECTORY_LICENCE_URL,
  type ExportFile,
  exportFormatsOf,
  IMPORT_TYPES,
  type ImportType,
} from "@kausa/schema";
import type { Plugin } from "graphql-yoga";
import { json } from "./json.ts";
import { routeFailure } from "./route-failure.ts";

const PREFIX = "/export/";
const ROUTE = /^\/export\/(?:(templates)\/)?([a-z-]+)\.([a-z]+)$/;

type Route = { kind: "export" | "template"; type: ImportType; format: string };

function routeOf(pathname: string): Route | undefined {
  const match = ROUTE.exec(pathname);
  if (!match || !(IMPORT_TYPES as readonly string[]).includes(match[2]!)) return undefined;
  const type = match[2] as ImportType;
  const format = match[3]!;
  if (match[1]) return format === "csv" || format === "xlsx" ? { kind: "template", type, format } : undefined;
  return (exportFormatsOf(type) as string[]).includes(format) ? { kind: "export", type, format } : undefined;
}

const build = (db: Database, route: Route): Promise<ExportFile> =>
  route.kind === "template"
    ? buildTemplate(route.type, route.format as "csv" | "xlsx")
    : buildExport(db.prisma, route.type, route.format as "csv" | "xlsx" | "geojson");

/**
 * Open-data downloads of the public directory, GET /export/<list>.<format>:
 * contact-points.csv|xlsx|geojson, partners.csv|xlsx, offers.csv|xlsx — published rows of
 * published partners, in the import template's columns plus licence and attribution — and the
 * empty import templates, GET /export/templates/<list>.csv|xlsx (docs/import-export.md).
 */
export function openDataExport(db: Database): Plugin {
  let logger: { error(...args: unknown[]): void } = console;
  return {
    onYogaInit({ yoga }) {
      logger = yoga.logger;
    },
    async onRequest({ request, url, endResponse, fetchAPI }) {
      if (!url.pathname.startsWith(PREFIX)) return;
      const route = routeOf(url.pathname);
      if (!route) {
        return endResponse(
          json(fetchAPI, { error: "No such download. See docs/import-export.md for the list." }, 404),
        );
      }
      if (request.method !== "GET" && request.method !== "HEAD") {
        return endResponse(json(fetchAPI, { error: "Use GET." }, 405, { allow: "GET, HEAD" }));
      }
      let file: ExportFile;
      try {
        file = await build(db, route);
      } catch (error) {
        return endResponse(routeFailure(fetchAPI, error, "open-data export", logger));
      }
      const etag = `"${createHash("sha1").update(file.body).digest("base64url")}"`;
      const headers = {
        "content-type": file.contentType,
        "content-disposition": `attachment; filename="${file.fileName}"`,
        "cache-control": "public, max-age=300, stale-while-revalidate=600",
        link: `<${DIRECTORY_LICENCE_URL}>; rel="license"`,
        etag,
        vary: "Accept-Encoding",
        "access-control-allow-origin": "*",
        "access-control-expose-headers": "ETag, Content-Disposition, Link",
      };
      const ifNoneMatch = request.headers.get("if-none-match");
      if (ifNoneMatch?.split(",").some((tag) => tag.trim().replace(/^W\//, "") === etag)) {
        return endResponse(new fetchAPI.Response(null, { status: 304, headers }));
      }
      const body = request.method === "HEAD" ? null : new Uint8Array(file.body);
      return endResponse(new fetchAPI.Response(body, { status: 200, headers }));
    },
  };
}
