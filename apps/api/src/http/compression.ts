import type { Plugin } from "graphql-yoga";
import {
  compressForResponse,
  type Encoding,
  preferredEncoding,
  varyOnEncoding,
  weakEtag,
} from "./encodings.ts";

/** Text worth compressing: GraphQL answers, GeoJSON, CSV, HTML, scripts. */
const COMPRESSIBLE =
  /^(application\/(graphql-response\+)?json|application\/geo\+json|text\/|application\/javascript)/i;

/**
 * Compresses answers above `minBytes` (brotli, else gzip) for clients that accept it: rural
 * mobile connections get the map layer and the lists in a fraction of the bytes. Answers that
 * are already encoded (static files, GraphiQL) pass untouched. The ETag turns weak, so a 304
 * still works whatever encoding the client got before.
 */
export function compressResponses({ minBytes = 1024 }: { minBytes?: number } = {}): Plugin {
  return {
    // Not async: most answers are left as they are, and those need no promise.
    onResponse({ request, response, setResponse, fetchAPI }) {
      const encoding = preferredEncoding(request.headers.get("accept-encoding"));
      if (!encoding || request.method === "HEAD" || !response.body) return;
      if (response.status === 204 || response.status === 304 || response.headers.has("content-encoding"))
        return;
      if (!COMPRESSIBLE.test(response.headers.get("content-type") ?? "")) return;
      const length = Number(response.headers.get("content-length") ?? Number.NaN);
      if (length < minBytes) return;
      return compress(encoding, response, setResponse, fetchAPI);
    },
  };

  /** The compressed answer (the uncompressed one, re-sent with Vary, when it turns out small). */
  async function compress(
    encoding: Encoding,
    response: Response,
    setResponse: (response: Response) => void,
    fetchAPI: { Headers: typeof Headers; Response: typeof Response },
  ) {
    const body = new Uint8Array(await response.arrayBuffer());
    const headers = new fetchAPI.Headers(response.headers);
    headers.set("vary", varyOnEncoding(headers.get("vary")));
    if (body.byteLength < minBytes) {
      setResponse(new fetchAPI.Response(body, { status: response.status, headers }));
      return;
    }
    const compressed = await compressForResponse(body, encoding);
    headers.set("content-encoding", encoding);
    headers.set("content-length", String(compressed.byteLength));
    const etag = headers.get("etag");
    if (etag) headers.set("etag", weakEtag(etag));
    setResponse(new fetchAPI.Response(new Uint8Array(compressed), { status: response.status, headers }));
  }
}
