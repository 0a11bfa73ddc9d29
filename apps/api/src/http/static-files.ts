import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { compressForStorage, type Encoding, preferredEncoding, weakEtag } from "./encodings.ts";

const TYPES: Record<string, string> = {
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".woff2": "font/woff2",
};

/** Below this, compression saves less than its headers cost. */
const MIN_COMPRESS_BYTES = 1024;

export interface StaticFile {
  body: Buffer;
  type: string;
  etag: string;
  /** The body in `encoding`: the build's pre-compressed file (name.br, name.gz) or made once here. */
  encoded(encoding: Encoding): Promise<Buffer | null>;
}

const SUFFIX: Record<Encoding, string> = { br: ".br", gzip: ".gz" };

/** Reads a file below `root` by a plain name (no traversal), cached in memory after the first read. */
export function staticFiles(root: string) {
  const cache = new Map<string, StaticFile | null>();
  return async (relative: string): Promise<StaticFile | null> => {
    if (!/^[A-Za-z0-9_-][A-Za-z0-9._/-]*$/.test(relative) || relative.includes("..")) return null;
    if (cache.has(relative)) return cache.get(relative) ?? null;
    const file = path.join(root, relative);
    let result: StaticFile | null = null;
    try {
      const body = await readFile(file);
      const type = TYPES[path.extname(file)] ?? "application/octet-stream";
      const variants = new Map<Encoding, Promise<Buffer | null>>();
      result = {
        body,
        type,
        etag: `"${createHash("sha1").update(body).digest("base64url")}"`,
        encoded(encoding) {
          if (body.byteLength < MIN_COMPRESS_BYTES || !/text|json|javascript/.test(type))
            return Promise.resolve(null);
          let variant = variants.get(encoding);
          if (!variant) {
            variant = readFile(file + SUFFIX[encoding]).catch(() => compressForStorage(body, encoding));
            variants.set(encoding, variant);
          }
          return variant;
        },
      };
    } catch {
      result = null;
    }
    cache.set(relative, result);
    return result;
  };
}

/**
 * The answer for a static file: 304 when the client has it, else the body in the best encoding
 * the client accepts (brotli or gzip, pre-compressed by the build), with `Vary: Accept-Encoding`.
 */
export async function staticResponse(
  fetchAPI: { Response: typeof Response },
  request: Request,
  file: StaticFile,
  headers: Record<string, string>,
): Promise<Response> {
  const etag = weakEtag(file.etag);
  const all = { ...headers, etag, vary: "Accept-Encoding", "content-type": file.type };
  const matches = (request.headers.get("if-none-match") ?? "")
    .split(",")
    .some((tag) => weakEtag(tag.trim()) === etag);
  if (matches) return new fetchAPI.Response(null, { status: 304, headers: all });
  const encoding = preferredEncoding(request.headers.get("accept-encoding"));
  const encoded = encoding ? await file.encoded(encoding) : null;
  const body = encoded ?? file.body;
  const final = encoded && encoding ? { ...all, "content-encoding": encoding } : all;
  return new fetchAPI.Response(request.method === "HEAD" ? null : new Uint8Array(body), {
    status: 200,
    headers: { ...final, "content-length": String(body.byteLength) },
  });
}
