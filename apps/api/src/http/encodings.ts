import { promisify } from "node:util";
import { brotliCompress, brotliCompressSync, constants, gzip, gzipSync } from "node:zlib";

export type Encoding = "br" | "gzip";

// Browsers send a handful of distinct Accept-Encoding values: each is parsed once.
const preferred = new Map<string, Encoding | null>();

/** The best encoding the client accepts: brotli, else gzip, else none. `q=0` refuses one. */
export function preferredEncoding(acceptEncoding: string | null): Encoding | null {
  const header = acceptEncoding ?? "";
  let encoding = preferred.get(header);
  if (encoding === undefined) {
    encoding = parsePreferredEncoding(header);
    if (preferred.size >= 200) preferred.clear();
    preferred.set(header, encoding);
  }
  return encoding;
}

function parsePreferredEncoding(acceptEncoding: string): Encoding | null {
  const accepted = new Map<string, number>();
  for (const part of acceptEncoding.toLowerCase().split(",")) {
    const [name = "", ...params] = part.trim().split(";");
    const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    accepted.set(name.trim(), q ? Number(q.slice(2)) || 0 : 1);
  }
  const wants = (name: string) => (accepted.get(name) ?? accepted.get("*") ?? 0) > 0;
  if (wants("br")) return "br";
  if (wants("gzip")) return "gzip";
  return null;
}

/** Build-time (and first-read) compression: the smallest result, time is no concern. */
export function compressForStorage(body: Uint8Array, encoding: Encoding): Buffer {
  return encoding === "br"
    ? brotliCompressSync(body, {
        params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.byteLength },
      })
    : gzipSync(body, { level: 9 });
}

const brotliAsync = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** Per-response compression: fast settings, off the event loop (zlib's thread pool). */
export function compressForResponse(body: Uint8Array, encoding: Encoding): Promise<Buffer> {
  return encoding === "br"
    ? brotliAsync(body, {
        params: { [constants.BROTLI_PARAM_QUALITY]: 4, [constants.BROTLI_PARAM_SIZE_HINT]: body.byteLength },
      })
    : gzipAsync(body, { level: 6 });
}

/** A strong ETag as a weak one: the same for every encoding of the same content (RFC 9110 8.8.1). */
export const weakEtag = (etag: string) => (etag.startsWith("W/") ? etag : `W/${etag}`);

/** Adds Accept-Encoding to a Vary header value. */
export function varyOnEncoding(vary: string | null): string {
  if (!vary) return "Accept-Encoding";
  return /\baccept-encoding\b/i.test(vary) || vary.trim() === "*" ? vary : `${vary}, Accept-Encoding`;
}
