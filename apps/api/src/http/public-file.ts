import { createHash } from "node:crypto";
import { compressForResponse, type Encoding, preferredEncoding, weakEtag } from "./encodings.ts";

type FetchAPI = { Response: typeof Response };

/** Below this, compression saves less than its headers cost (compressResponses' threshold). */
const MIN_COMPRESS_BYTES = 1024;

/** The body of a public file and its strong ETag, a hash of the body. */
export interface PublicBody {
  text: string;
  etag: string;
  /**
   * The body in `encoding`, kept with the body; null when too small to be worth it. Absent for a
   * body built per request: compressResponses (last in app.ts) compresses that one per response.
   */
  compressed?(encoding: Encoding): Promise<Uint8Array<ArrayBuffer> | null>;
}

const etagOf = (text: string) => `"${createHash("sha1").update(text).digest("base64url")}"`;

/** A body built for one request. */
export function freshBody(text: string): PublicBody {
  return { text, etag: etagOf(text) };
}

/**
 * A body kept for the life of the process (reference data): each encoding is compressed by the
 * first request that wants it and reused, so later requests cost no compression at all.
 */
export function keptBody(text: string): PublicBody {
  const bytes = new TextEncoder().encode(text);
  const forms = new Map<Encoding, Promise<Uint8Array<ArrayBuffer>>>();
  return {
    text,
    etag: etagOf(text),
    compressed(encoding) {
      if (bytes.byteLength < MIN_COMPRESS_BYTES) return Promise.resolve(null);
      let form = forms.get(encoding);
      if (!form) {
        form = compressForResponse(bytes, encoding).then(
          (compressed) => new Uint8Array(compressed),
          (error: unknown) => {
            // Not kept when it failed: the next request tries again.
            forms.delete(encoding);
            throw error;
          },
        );
        forms.set(encoding, form);
      }
      return form;
    },
  };
}

export interface PublicFileHeaders {
  contentType: string;
  cacheControl: string;
  /** Request headers besides Accept-Encoding that choose the body (`Vary`). */
  varyAlso?: string[];
  /** Response headers besides ETag that a script of another origin may read. */
  exposeAlso?: string[];
  /** Any further response headers (Content-Disposition). */
  extra?: Record<string, string>;
}

/**
 * A file of the public directory (map layers, calendar and contact files): CORS for every origin
 * (no credentials), an ETag from the body so an unchanged file costs a 304, the route's
 * Cache-Control, and `Vary: Accept-Encoding`. A kept body goes out in the best encoding the client
 * accepts, its ETag weak as compressResponses makes it for the others, so a 304 works whatever
 * encoding the client had.
 */
export async function publicFileResponse(
  fetchAPI: FetchAPI,
  request: Request,
  body: PublicBody,
  file: PublicFileHeaders,
): Promise<Response> {
  const headers: Record<string, string> = {
    "content-type": file.contentType,
    "cache-control": file.cacheControl,
    etag: body.etag,
    vary: ["Accept-Encoding", ...(file.varyAlso ?? [])].join(", "),
    "access-control-allow-origin": "*",
    "access-control-expose-headers": ["ETag", ...(file.exposeAlso ?? [])].join(", "),
    ...file.extra,
  };
  const ifNoneMatch = request.headers.get("if-none-match");
  if (ifNoneMatch?.split(",").some((tag) => tag.trim().replace(/^W\//, "") === body.etag)) {
    return new fetchAPI.Response(null, { status: 304, headers });
  }
  if (request.method === "HEAD") return new fetchAPI.Response(null, { status: 200, headers });
  const encoding = preferredEncoding(request.headers.get("accept-encoding"));
  const compressed = encoding && body.compressed ? await body.compressed(encoding) : null;
  if (!encoding || !compressed) return new fetchAPI.Response(body.text, { status: 200, headers });
  return new fetchAPI.Response(compressed, {
    status: 200,
    headers: {
      ...headers,
      etag: weakEtag(body.etag),
      "content-encoding": encoding,
      "content-length": String(compressed.byteLength),
    },
  });
}
