import { createHash } from "node:crypto";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { renderGraphiQL } from "@graphql-yoga/render-graphiql";
import type { Plugin } from "graphql-yoga";

export interface GraphiQLOptions {
  title: string;
  defaultQuery: string;
}

interface RenderedPage {
  etag: string;
  csp: string;
  bodies: { identity: Uint8Array<ArrayBuffer>; gzip?: Uint8Array<ArrayBuffer>; br?: Uint8Array<ArrayBuffer> };
}

const sha256 = (text: string) => `'sha256-${createHash("sha256").update(text).digest("base64")}'`;

/**
 * GraphiQL's page inlines all of its code (~9 MB, no CDN), so the policy names its inline
 * script by hash; Monaco starts its workers from blob: URLs and sets styles at run time.
 * This policy holds on this page only; every other page keeps the strict one.
 */
function graphiqlCsp(html: string): string {
  const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => sha256(m[1] ?? ""));
  return [
    "default-src 'self'",
    `script-src 'self' ${scripts.join(" ")}`,
    "worker-src 'self' blob:",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
  ].join("; ");
}

function render(options: GraphiQLOptions): RenderedPage {
  const html = renderGraphiQL({ title: options.title, defaultQuery: options.defaultQuery });
  const identity = new TextEncoder().encode(html);
  return {
    etag: `"${createHash("sha1").update(identity).digest("base64url")}"`,
    csp: graphiqlCsp(html),
    bodies: { identity },
  };
}

/** Compressed once, on first demand: brotli (fast setting) takes 9 MB to well under 2 MB. */
function body(page: RenderedPage, acceptEncoding: string): [Uint8Array<ArrayBuffer>, string | null] {
  if (/\bbr\b/.test(acceptEncoding)) {
    page.bodies.br ??= new Uint8Array(
      brotliCompressSync(page.bodies.identity, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } }),
    );
    return [page.bodies.br, "br"];
  }
  if (/\bgzip\b/.test(acceptEncoding)) {
    page.bodies.gzip ??= new Uint8Array(gzipSync(page.bodies.identity, { level: 6 }));
    return [page.bodies.gzip, "gzip"];
  }
  return [page.bodies.identity, null];
}

/**
 * GET /graphql from a browser (Accept: text/html, no query): GraphiQL, served from this origin
 * only, compressed and revalidated by ETag. Replaces Yoga's default page, which loads from a CDN.
 */
export function graphiqlPage(endpoint: string, options: GraphiQLOptions): Plugin {
  let page: RenderedPage | undefined;
  return {
    onRequest({ request, url, endResponse, fetchAPI }) {
      if (url.pathname !== endpoint || (request.method !== "GET" && request.method !== "HEAD")) return;
      if (!request.headers.get("accept")?.includes("text/html") || url.searchParams.has("query")) return;
      page ??= render(options);
      const headers: Record<string, string> = {
        "content-type": "text/html; charset=utf-8",
        "content-security-policy": page.csp,
        "cache-control": "public, max-age=3600",
        etag: page.etag,
        vary: "Accept, Accept-Encoding",
      };
      if (request.headers.get("if-none-match") === page.etag) {
        endResponse(new fetchAPI.Response(null, { status: 304, headers }));
        return;
      }
      const [bytes, encoding] = body(page, request.headers.get("accept-encoding") ?? "");
      if (encoding) headers["content-encoding"] = encoding;
      endResponse(new fetchAPI.Response(request.method === "HEAD" ? null : bytes, { headers }));
    },
  };
}
