import { GraphQLError } from "graphql";
import type { Plugin } from "graphql-yoga";
import { json } from "./json.ts";

export interface BodyLimitOptions {
  /** Every request body, counted on the bytes read (also chunked ones without Content-Length). */
  maxBytes: number;
  /** Larger bodies for one purpose: staff uploading an import file (multipart to /graphql). */
  maxUploadBytes: number;
  /** Whether this multipart request comes from someone who may import (checked before reading). */
  mayUpload(request: Request): Promise<boolean>;
}

/** A multipart POST to the GraphQL endpoint: the only shape an import upload has. */
export function isUploadRequest(request: Request): boolean {
  return (
    request.method === "POST" &&
    (request.headers.get("content-type") ?? "").toLowerCase().startsWith("multipart/form-data") &&
    new URL(request.url).pathname === "/graphql"
  );
}

const tooLarge = (fetchAPI: { Response: typeof Response }, maxBytes: number) =>
  json(
    fetchAPI,
    {
      errors: [
        {
          message: `Request body larger than ${maxBytes} bytes.`,
          extensions: { code: "REQUEST_ENTITY_TOO_LARGE" },
        },
      ],
    },
    413,
  );

function tooLargeError(maxBytes: number) {
  return new GraphQLError(`Request body larger than ${maxBytes} bytes.`, {
    extensions: { code: "REQUEST_ENTITY_TOO_LARGE", http: { status: 413 } },
  });
}

/**
 * Refuses oversized request bodies (413, not a crash): by Content-Length before anything reads
 * them, and while reading for bodies that do not announce their length. 100 KB for everybody;
 * import files of staff may be larger, and only theirs: the account is checked before a byte of
 * the body is read, so nobody else can make the server hold 20 MB.
 */
export function bodyLimit({ maxBytes, maxUploadBytes, mayUpload }: BodyLimitOptions): Plugin {
  const limits = new WeakMap<Request, number>();
  return {
    // Asynchronous only for a multipart upload (the account is looked up): every other request
    // is checked without a promise.
    onRequest({ request, endResponse, fetchAPI }) {
      const length = Number(request.headers.get("content-length") ?? 0);
      const refuseOver = (limit: number) => {
        limits.set(request, limit);
        if (length > limit) endResponse(tooLarge(fetchAPI, limit));
      };
      if (!isUploadRequest(request)) return refuseOver(maxBytes);
      return mayUpload(request).then((may) => refuseOver(may ? maxUploadBytes : maxBytes));
    },
    onRequestParse({ request, requestParser, setRequestParser, fetchAPI }) {
      const limit = limits.get(request) ?? maxBytes;
      if (!requestParser || !request.body) return;
      const parse = requestParser;
      setRequestParser((req) => parse(countedBody(req, limit, fetchAPI)));
    },
  };
}

/**
 * The request with a body that fails once more than `limit` bytes have been read. Also for a body
 * within its Content-Length: without this stream (created inside the request's scope), reading the
 * body resumed the request outside its database scope — no waiting line, no deadline — which the
 * overload test on PostgreSQL caught (response-status.test.ts).
 */
type FetchAPI = { Request: typeof Request; TransformStream: typeof TransformStream };

function countedBody(request: Request, limit: number, fetchAPI: FetchAPI): Request {
  const body = request.body;
  if (!body) return request;
  let read = 0;
  const Transform = body instanceof ReadableStream ? globalThis.TransformStream : fetchAPI.TransformStream;
  const counted = body.pipeThrough(
    new Transform<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        read += chunk.byteLength;
        if (read > limit) controller.error(tooLargeError(limit));
        else controller.enqueue(chunk);
      },
    }),
  );
  return new fetchAPI.Request(request.url, {
    method: request.method,
    headers: request.headers,
    signal: request.signal,
    body: counted,
    duplex: "half",
  } as RequestInit);
}
