import { localeFromAcceptLanguage } from "@kausa/schema";
import type { Plugin } from "graphql-yoga";
import {
  compressForResponse,
  type Encoding,
  preferredEncoding,
  varyOnEncoding,
  weakEtag,
} from "../http/encodings.ts";
import { isAnonymous } from "./response-cache.ts";

type Bytes = Uint8Array<ArrayBuffer>;

/** An answer as sent, with its compressed forms made on first demand. */
interface HotAnswer {
  generation: number;
  storedAt: number;
  body: Bytes;
  headers: [string, string][];
  encoded: Partial<Record<Encoding, Promise<Bytes>>>;
}

export interface HotAnswersOptions {
  /** The response store's generation: it changes whenever the store is emptied (a data change). */
  generation: () => number;
  /** How long an answer is kept; short, so it never outlives the store's own invalidation by much. */
  maxAgeMs?: number;
  maxEntries?: number;
  /** Smaller answers go uncompressed (as compressResponses does). */
  minCompressBytes?: number;
}

/** What is kept of a response: enough to send it again as it was. */
const KEPT_HEADERS = ["content-type", "etag", "last-modified"];

/**
 * The bytes of the hottest anonymous `GET /graphql` answers (the widget's persisted queries),
 * for when a page with the finder is opened by thousands at once. The response cache behind it
 * keeps the *result* and must serialise and compress it again for every hit; this keeps what was
 * sent, and each compressed form once, for a second: a hit is then answered before any GraphQL
 * work. Only answers the response cache itself kept (they carry its ETag) are taken, and only if
 * the store was not emptied while they were computed; any change to the data (a new generation)
 * makes every kept answer stale at once. Headers that the later plugins add (CORS, security,
 * request id, public caching) are added to a hit as to any answer.
 */
export function hotAnswers({
  generation,
  maxAgeMs = 1000,
  maxEntries = 500,
  minCompressBytes = 1024,
}: HotAnswersOptions): Plugin & { stats(): { hits: number } } {
  const answers = new Map<string, HotAnswer>();
  /** The key and generation a request started with (its answer is kept only for those). */
  const started = new WeakMap<Request, { key: string; generation: number }>();
  let hits = 0;

  const fresh = (answer: HotAnswer | undefined) =>
    answer && answer.generation === generation() && Date.now() - answer.storedAt < maxAgeMs
      ? answer
      : undefined;

  function keep(key: string, answer: HotAnswer) {
    answers.delete(key);
    if (answers.size >= maxEntries) answers.delete(answers.keys().next().value as string);
    answers.set(key, answer);
  }

  return {
    stats: () => ({ hits }),
    async onRequest({ request, url, endResponse, fetchAPI }) {
      if (request.method !== "GET" || url.pathname !== "/graphql" || !isAnonymous(request)) return;
      // A revalidation is the response cache's (a 304 by its ETag).
      if (request.headers.has("if-none-match")) return;
      const key = `${localeFromAcceptLanguage(request.headers.get("accept-language"))}${url.search}`;
      const answer = fresh(answers.get(key));
      if (!answer) {
        started.set(request, { key, generation: generation() });
        return;
      }
      hits++;
      // Built afresh: whatwg-node's Headers may keep (and later change) an array it was given.
      const headers = new fetchAPI.Headers();
      for (const [name, value] of answer.headers) headers.set(name, value);
      const encoding =
        answer.body.byteLength >= minCompressBytes
          ? preferredEncoding(request.headers.get("accept-encoding"))
          : null;
      let body = answer.body;
      if (encoding) {
        // Compressed once per answer and encoding, by the first request that wants it.
        answer.encoded[encoding] ??= compressForResponse(answer.body, encoding).then(
          (b) => new Uint8Array(b),
        );
        body = await answer.encoded[encoding];
        headers.set("content-encoding", encoding);
        headers.set("vary", varyOnEncoding(headers.get("vary")));
        const etag = headers.get("etag");
        if (etag) headers.set("etag", weakEtag(etag));
      }
      headers.set("content-length", String(body.byteLength));
      endResponse(new fetchAPI.Response(body, { status: 200, headers }));
    },
    async onResponse({ request, response, setResponse, fetchAPI }) {
      const start = started.get(request);
      if (!start || response.status !== 200 || !response.headers.has("etag")) return;
      if (response.headers.has("content-encoding") || start.generation !== generation()) return;
      const body = new Uint8Array(await response.arrayBuffer());
      // The body is read: the response goes on with the same bytes.
      setResponse(new fetchAPI.Response(body, { status: response.status, headers: response.headers }));
      // Checked again: the store may have been emptied while the body was read.
      if (start.generation !== generation()) return;
      const headers = KEPT_HEADERS.flatMap((name) => {
        const value = response.headers.get(name);
        return value === null ? [] : [[name, value] as [string, string]];
      });
      keep(start.key, { generation: start.generation, storedAt: Date.now(), body, headers, encoded: {} });
    },
  };
}
