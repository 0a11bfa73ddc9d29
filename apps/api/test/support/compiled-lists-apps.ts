import { createTestDatabase, type TestDatabase } from "@kausa/db/testing";
import { afterAll, beforeAll, expect } from "vitest";
import { createApp } from "../../src/app.ts";
import { memoryResponseStore } from "../../src/cache/response-store.ts";
import { type CompiledLists, compiledLists } from "../../src/execution/compiled-lists.ts";

/**
 * The same database behind three apps: with the compiled list path (the default), with the
 * executor only, and with the compiled path behind the response cache (as deployed). `same`
 * sends one request to the first two and requires the same status, type and bytes; it tells
 * whether the compiled path answered.
 */
export function useCompiledListApps() {
  const ctx = {} as TestDatabase & {
    compiled: ReturnType<typeof createApp>;
    executor: ReturnType<typeof createApp>;
    cached: ReturnType<typeof createApp>;
    path: CompiledLists;
    cachedPath: CompiledLists;
  };
  beforeAll(async () => {
    Object.assign(ctx, await createTestDatabase());
    ctx.path = compiledLists();
    ctx.cachedPath = compiledLists();
    ctx.compiled = createApp({ db: ctx.db, rateLimit: false, compiledLists: ctx.path });
    ctx.executor = createApp({ db: ctx.db, rateLimit: false, compiledLists: false });
    ctx.cached = createApp({
      db: ctx.db,
      rateLimit: false,
      compiledLists: ctx.cachedPath,
      responseCache: { store: memoryResponseStore(), ttlSeconds: 60 },
    });
  }, 60_000);
  afterAll(() => ctx.dispose());

  const post = (query: string, variables?: unknown, headers: Record<string, string> = {}) =>
    new Request("http://localhost/graphql", {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: JSON.stringify({ query, variables }),
    });

  async function answer(app: ReturnType<typeof createApp>, request: Request) {
    const response = await app.fetch(request);
    return {
      status: response.status,
      type: response.headers.get("content-type"),
      body: await response.text(),
    };
  }

  /** Both apps' answers to one request, required equal; `compiled`: the compiled path answered. */
  async function same(query: string, variables?: unknown, headers?: Record<string, string>) {
    const before = ctx.path.stats().compiled;
    const compiled = await answer(ctx.compiled, post(query, variables, headers));
    const executor = await answer(ctx.executor, post(query, variables, headers));
    expect(compiled).toEqual(executor);
    return { ...compiled, compiled: ctx.path.stats().compiled > before };
  }

  /** The app with the response cache: its answer and whether the compiled path computed it. */
  async function viaCache(query: string, variables?: unknown) {
    const before = ctx.cachedPath.stats().compiled;
    const result = await answer(ctx.cached, post(query, variables));
    return { ...result, compiled: ctx.cachedPath.stats().compiled > before };
  }

  return { ctx, same, viaCache };
}
