import { randomUUID } from "node:crypto";
import { createTestDatabase, type TestDatabase } from "@kausa/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../src/app.ts";
import { type DataChangeFeed, localDataChanges, redisDataChanges } from "../src/cache/data-changes.ts";
import { subscribeInvalidation } from "../src/cache/response-cache.ts";
import { memoryResponseStore, type ResponseStore, redisResponseStore } from "../src/cache/response-store.ts";
import { bearerFor, globalId } from "./support/editing-actors.ts";

const REDIS_URL = process.env.TEST_REDIS_URL || "redis://127.0.0.1:6379";
const QUERY = "query Names($first: Int) { contactPoints(first: $first) { edges { node { id name } } } }";

/** One API instance with a response cache, listening to `feed` for changes. */
function instance(db: TestDatabase["db"], store: ResponseStore, feed: DataChangeFeed) {
  const stop = subscribeInvalidation(feed, store, 200);
  const app = createApp({ db, rateLimit: false, events: feed, responseCache: { store, ttlSeconds: 60 } });
  async function names(headers: Record<string, string> = {}) {
    const response = await app.fetch("http://localhost/graphql", {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: JSON.stringify({ query: QUERY, variables: { first: 5 } }),
    });
    expect(response.status).toBe(200);
    const body = (await response.json()) as {
      data: { contactPoints: { edges: { node: { id: string; name: string } }[] } };
    };
    return body.data.contactPoints.edges.map((e) => e.node);
  }
  async function rename(id: string, name: string, headers: Record<string, string>) {
    const row = await db.prisma.contactPoint.findUniqueOrThrow({ where: { id } });
    const response = await app.fetch("http://localhost/graphql", {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: JSON.stringify({
        query:
          "mutation($id: ID!, $v: Int!, $name: String) { updateContactPoint(id: $id, version: $v, input: { name: $name }) { __typename } }",
        variables: { id: globalId("ContactPoint", id), v: row.version, name },
      }),
    });
    expect(await response.json()).toEqual({
      data: { updateContactPoint: { __typename: "MutationUpdateContactPointSuccess" } },
    });
  }
  const dispose = async () => {
    stop();
    await app.dispose();
  };
  return { app, names, rename, dispose };
}

describe("the response cache", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => database?.dispose());

  it("answers a repeated anonymous query from memory, until the data changes through the API", async () => {
    const store = memoryResponseStore();
    const api = instance(database.db, store, localDataChanges());
    const first = await api.names();
    const target = first[0]!;
    // Written behind the API's back: a cached answer cannot know, which proves it is cached.
    await database.db.prisma.contactPoint.update({
      where: { id: rawId(target.id) },
      data: { name: `${target.name} (direkt)` },
    });
    expect(await api.names()).toEqual(first);
    expect(store.stats()).toEqual({ hits: 1, misses: 1 });

    const staff = await bearerFor(database.db, "EDITOR");
    await api.rename(rawId(target.id), `${target.name} – geprüft`, staff);
    expect((await api.names()).find((n) => n.id === target.id)?.name).toBe(`${target.name} – geprüft`);
    await api.dispose();
  });

  it("never caches requests with a session cookie or an API token, and keys by language", async () => {
    const store = memoryResponseStore();
    const api = instance(database.db, store, localDataChanges());
    const staff = await bearerFor(database.db, "EDITOR");
    await api.names(staff);
    await api.names(staff);
    await api.names({ cookie: "kausa_session=abc" });
    expect(store.stats()).toEqual({ hits: 0, misses: 0 });
    await api.names({ "accept-language": "ar" });
    await api.names({ "accept-language": "de-DE,de;q=0.9" });
    await api.names({ "accept-language": "ar-SY" });
    expect(store.stats()).toEqual({ hits: 1, misses: 2 });
    await api.dispose();
  });

  it("counts hits and misses for Prometheus", async () => {
    const store = memoryResponseStore();
    const app = createApp({
      db: database.db,
      rateLimit: false,
      metricsToken: "m".repeat(32),
      responseCache: { store, ttlSeconds: 60 },
    });
    const ask = () =>
      app.fetch("http://localhost/graphql", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: "{ regions { key } }" }),
      });
    for (let i = 0; i < 3; i++) expect((await ask()).status).toBe(200);
    const metrics = await (
      await app.fetch("http://localhost/metrics", { headers: { authorization: `Bearer ${"m".repeat(32)}` } })
    ).text();
    expect(metrics).toContain('kausa_response_cache_lookups_total{result="hit"} 2');
    expect(metrics).toContain('kausa_response_cache_lookups_total{result="miss"} 1');
    await app.dispose();
  });

  it("is shared through Redis: a change made through one instance is seen through the other at once", async () => {
    const key = `kausa:test-response-cache:${randomUUID()}`;
    const feeds = [redisDataChanges(REDIS_URL), redisDataChanges(REDIS_URL)];
    const stores = [redisResponseStore(REDIS_URL, { key }), redisResponseStore(REDIS_URL, { key })];
    const a = instance(database.db, stores[0]!, feeds[0]!);
    const b = instance(database.db, stores[1]!, feeds[1]!);
    const before = await a.names();
    // A stores its answer just after responding: B finds it in the shared hash.
    await expect
      .poll(async () => {
        await b.names();
        return stores[1]!.stats().hits;
      })
      .toBeGreaterThan(0);
    expect(await b.names()).toEqual(before);

    const target = before[1]!;
    await a.rename(rawId(target.id), `${target.name} – über A`, await bearerFor(database.db, "EDITOR"));
    // Within a second on the other instance (here: at once, the shared hash is gone).
    await expect
      .poll(async () => (await b.names()).find((n) => n.id === target.id)?.name, { timeout: 1_000 })
      .toBe(`${target.name} – über A`);
    for (const api of [a, b]) await api.dispose();
    for (const store of stores) await store.close();
    for (const feed of feeds) await feed.close();
  });

  it("answers from the database when Redis is away, without errors", async () => {
    const warnings: string[] = [];
    const store = redisResponseStore("redis://127.0.0.1:1", {
      logger: { warn: (m: string) => warnings.push(m) },
    });
    const api = instance(database.db, store, localDataChanges());
    const first = await api.names();
    expect(await api.names()).toEqual(first);
    expect(store.stats().hits).toBe(0);
    expect(warnings.length).toBeGreaterThan(0);
    expect(warnings.length).toBeLessThanOrEqual(1);
    await api.dispose();
    await store.close();
  });
});

function rawId(id: string): string {
  return Buffer.from(id, "base64").toString("utf8").split(":")[1]!;
}
