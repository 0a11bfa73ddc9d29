import { brotliDecompressSync } from "node:zlib";
import { createTestDatabase, type TestDatabase } from "@kausa/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../src/app.ts";
import { localDataChanges } from "../src/cache/data-changes.ts";
import { hotAnswers } from "../src/cache/hot-answers.ts";
import { subscribeInvalidation } from "../src/cache/response-cache.ts";
import { memoryResponseStore } from "../src/cache/response-store.ts";
import { bearerFor } from "./support/editing-actors.ts";

const QUERY = "query Names { contactPoints(first: 40) { totalCount edges { node { id name city } } } }";
const URL_ = `http://localhost/graphql?query=${encodeURIComponent(QUERY)}`;

/** The headers that differ from one answer to the next by nature. */
const PER_REQUEST = new Set(["x-request-id", "date"]);
const headerSet = (response: Response) =>
  Object.fromEntries(
    [...response.headers]
      .filter(([name]) => !PER_REQUEST.has(name))
      .map(([name, value]) => [name, name === "vary" ? value.split(/,\s*/).sort().join(", ") : value]),
  );

function cachedApp(db: TestDatabase["db"]) {
  const store = memoryResponseStore();
  const feed = localDataChanges();
  const stop = subscribeInvalidation(feed, store, 200);
  const app = createApp({ db, rateLimit: false, events: feed, responseCache: { store, ttlSeconds: 60 } });
  const get = (headers: Record<string, string> = {}) => app.fetch(URL_, { headers });
  return {
    app,
    store,
    get,
    async dispose() {
      stop();
      await app.dispose();
    },
  };
}

describe("hot answers (the bytes of repeated anonymous GETs)", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => database?.dispose());

  it("sends a repeated GET's bytes and headers again without asking the response cache", async () => {
    const api = cachedApp(database.db);
    const host = { origin: "https://www.example-landkreis.de" };
    const first = await api.get(host);
    const firstBody = await first.text();
    expect(first.status).toBe(200);
    expect(JSON.parse(firstBody).data.contactPoints.edges.length).toBeGreaterThan(20);
    const lookups = api.store.stats();

    const again = await api.get(host);
    expect(again.status).toBe(200);
    expect(await again.text()).toBe(firstBody);
    expect(headerSet(again)).toEqual(headerSet(first));
    expect(again.headers.get("access-control-allow-origin")).toBe(host.origin);
    expect(again.headers.get("cache-control")).toBe("public, max-age=60, stale-while-revalidate=600");
    // Answered before the response cache was asked.
    expect(api.store.stats()).toEqual(lookups);
    await api.dispose();
  });

  it("keeps each compressed form once and sends it with the same headers as a compressed miss", async () => {
    const api = cachedApp(database.db);
    const br = { "accept-encoding": "br" };
    const miss = await api.get(br);
    const missBytes = Buffer.from(await miss.arrayBuffer());
    expect(miss.headers.get("content-encoding")).toBe("br");
    const hit = await api.get(br);
    const hitBytes = Buffer.from(await hit.arrayBuffer());
    expect(headerSet(hit)).toEqual({ ...headerSet(miss), "content-length": String(hitBytes.byteLength) });
    expect(hit.headers.get("etag")).toMatch(/^W\//);
    expect(brotliDecompressSync(hitBytes).toString()).toBe(brotliDecompressSync(missBytes).toString());
    // A client without compression gets the plain bytes of the same answer.
    const plain = await api.get();
    expect(plain.headers.get("content-encoding")).toBeNull();
    expect(await plain.text()).toBe(brotliDecompressSync(hitBytes).toString());
    await api.dispose();
  });

  it("is stale at once when the data changes through the API", async () => {
    const api = cachedApp(database.db);
    const before = JSON.parse(await (await api.get()).text());
    await api.get();
    const target = before.data.contactPoints.edges[0].node as { id: string; name: string };
    const [, rawId] = Buffer.from(target.id, "base64").toString().split(":");
    const row = await database.db.prisma.contactPoint.findUniqueOrThrow({ where: { id: rawId! } });
    const renamed = await api.app.fetch("http://localhost/graphql", {
      method: "POST",
      headers: { "content-type": "application/json", ...(await bearerFor(database.db, "EDITOR")) },
      body: JSON.stringify({
        query:
          "mutation($id: ID!, $v: Int!, $name: String) { updateContactPoint(id: $id, version: $v, input: { name: $name }) { __typename } }",
        variables: { id: target.id, v: row.version, name: `${target.name} (neu)` },
      }),
    });
    expect((await renamed.json()).data.updateContactPoint.__typename).toBe(
      "MutationUpdateContactPointSuccess",
    );
    const after = JSON.parse(await (await api.get()).text());
    expect(
      after.data.contactPoints.edges.find((e: { node: { id: string } }) => e.node.id === target.id).node.name,
    ).toBe(`${target.name} (neu)`);
    await api.dispose();
  });

  it("is never used for requests with a session or a token, nor for POST", async () => {
    const api = cachedApp(database.db);
    await api.get();
    await api.get();
    const lookups = api.store.stats();
    const staff = await bearerFor(database.db, "EDITOR");
    expect((await api.get(staff)).status).toBe(200);
    const post = await api.app.fetch("http://localhost/graphql", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: QUERY }),
    });
    expect(post.status).toBe(200);
    // The token's request bypasses every cache; the POST went to the response cache (a lookup).
    expect(api.store.stats().hits + api.store.stats().misses).toBe(lookups.hits + lookups.misses + 1);
    await api.dispose();
  });

  it("does not keep an answer computed while the store was emptied", async () => {
    let generation = 0;
    const plugin = hotAnswers({ generation: () => generation });
    const request = new Request(URL_);
    const url = new URL(URL_);
    let ended: Response | undefined;
    const onRequest = (r: Request) =>
      plugin.onRequest!({
        request: r,
        url,
        endResponse: (res: Response) => (ended = res),
        fetchAPI: globalThis,
      } as never);
    const answer = () =>
      new Response('{"data":{}}', { headers: { "content-type": "application/json", etag: "abc" } });
    await onRequest(request);
    generation++;
    await plugin.onResponse!({
      request,
      response: answer(),
      setResponse: () => {},
      fetchAPI: globalThis,
    } as never);
    await onRequest(new Request(URL_));
    expect(ended).toBeUndefined();

    // The same in one generation is kept: the check above can fail.
    const second = new Request(URL_);
    await onRequest(second);
    await plugin.onResponse!({
      request: second,
      response: answer(),
      setResponse: () => {},
      fetchAPI: globalThis,
    } as never);
    await onRequest(new Request(URL_));
    expect(await ended?.text()).toBe('{"data":{}}');
  });

  it("keeps an answer no longer than maxAgeMs", async () => {
    const plugin = hotAnswers({ generation: () => 0, maxAgeMs: 0 });
    const url = new URL(URL_);
    let ended: Response | undefined;
    const request = new Request(URL_);
    const context = (r: Request) =>
      ({ request: r, url, endResponse: (res: Response) => (ended = res), fetchAPI: globalThis }) as never;
    await plugin.onRequest!(context(request));
    const response = new Response('{"data":{}}', {
      headers: { "content-type": "application/json", etag: "abc" },
    });
    await plugin.onResponse!({ request, response, setResponse: () => {}, fetchAPI: globalThis } as never);
    await plugin.onRequest!(context(new Request(URL_)));
    expect(ended).toBeUndefined();
  });
});
