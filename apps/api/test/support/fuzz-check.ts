import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { expect } from "vitest";
import { LEAK_MARKERS } from "./fuzz-values.ts";

/** A library name with a version, e.g. "graphql-yoga/5.24.1" or "node v20.20.2". */
const VERSION = /\b(?:graphql|yoga|envelop|armor|prisma|pglite|node|whatwg)[-\w]*[ /@]v?\d+\.\d+/i;

/** Bodies meant for people or programs that could carry an error text (not the widget bundle). */
const isInspectable = (status: number, type: string) =>
  status >= 400 || /json|text\/plain/.test(type) || type === "";

/**
 * What every answer to a hostile request must satisfy: no 5xx other than a documented 503 with
 * Retry-After (a database outage, which should not happen here), no stack trace, file path or
 * library version in the body, and no masked internal error hidden in a 200 GraphQL response.
 * Returns the body text for further checks.
 */
export async function expectHonestAnswer(response: Response, request: unknown): Promise<string> {
  const body = await response.text();
  const where = () => `${JSON.stringify(request).slice(0, 600)}\n→ ${response.status} ${body.slice(0, 600)}`;
  const outage = response.status === 503 && response.headers.has("retry-after");
  if (response.status >= 500 && !outage) expect.fail(`server error for ${where()}`);
  const type = response.headers.get("content-type") ?? "";
  if (isInspectable(response.status, type)) {
    for (const marker of LEAK_MARKERS) {
      if (body.includes(marker)) expect.fail(`body contains "${marker}" for ${where()}`);
    }
    if (VERSION.test(body)) expect.fail(`body names a library version for ${where()}`);
  }
  for (const [name, value] of response.headers) {
    if (VERSION.test(value)) expect.fail(`header ${name} names a library version for ${where()}`);
  }
  if (/json/.test(type) && body.includes('"errors"')) {
    let errors: { message?: string; extensions?: { code?: string } }[] = [];
    try {
      errors = (JSON.parse(body) as { errors?: typeof errors }).errors ?? [];
    } catch {
      expect.fail(`a JSON response that is not JSON for ${where()}`);
    }
    const internal = errors.find(
      (e) => e.extensions?.code === "INTERNAL_SERVER_ERROR" || e.message === "Unexpected error.",
    );
    if (internal) expect.fail(`a masked internal error for ${where()}`);
  }
  return body;
}

/**
 * A real garbage collection without starting Node with --expose-gc: V8 accepts the flag at run
 * time, and a fresh context then sees `gc`.
 */
export function collectGarbage(): () => void {
  setFlagsFromString("--expose-gc");
  const gc = runInNewContext("gc") as () => void;
  return () => {
    gc();
    gc();
  };
}

/** Heap in use after a full collection, in MB. */
export function heapAfterGc(gc: () => void): number {
  gc();
  return process.memoryUsage().heapUsed / 1024 / 1024;
}

/**
 * Fills Yoga's parser, error and validation caches (LRU, 1,024 entries each) with tiny documents,
 * so that what fuzzed documents left in them does not count as growth: what stays after this and
 * a full collection is memory the fuzzed requests leaked.
 */
export async function flushDocumentCaches(fetch: (request: Request) => Promise<Response> | Response) {
  for (let i = 0; i < 1100; i++) {
    for (const query of [`{ f${i}: __typename }`, `{ f${i}`]) {
      const response = await fetch(
        new Request("http://localhost/graphql", {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ query }),
        }),
      );
      await response.arrayBuffer();
    }
  }
}
