import { createTestDatabase, type TestDatabase } from "@kausa/db/testing";
import { loadPersistedOperations } from "@kausa/widget/persisted-operations";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../src/app.ts";
import { memoryResponseStore } from "../src/cache/response-store.ts";
import { PUBLIC_GRAPHQL_CACHE, pathnameOf } from "../src/http/trusted-documents.ts";

// The widget's build (pnpm test builds before testing) lists its operations by hash.
const manifest = loadPersistedOperations();
const areas = Object.entries(manifest).find(([, text]) => text.startsWith("query Areas"));

const persistedGet = (hash: string, operationName: string, variables: object = {}) =>
  `http://localhost/graphql?${new URLSearchParams({
    operationName,
    variables: JSON.stringify(variables),
    extensions: JSON.stringify({ persistedQuery: { version: 1, sha256Hash: hash } }),
  })}`;

describe("trusted documents: the widget's queries as cacheable GETs", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => database?.dispose());

  it("the widget's build lists its six operations", () => {
    expect(
      Object.values(manifest)
        .map((text) => /^query (\w+)/.exec(text)?.[1])
        .sort(),
    ).toEqual(["Areas", "ContactPoint", "ContactPoints", "DistrictBoundaries", "Offers", "Places"]);
  });

  it("runs a persisted query by hash, cacheable by browsers and proxies per language", async () => {
    const app = createApp({ db: database.db, rateLimit: false });
    const [hash] = areas!;
    const response = await app.fetch(persistedGet(hash, "Areas"), {
      headers: { "accept-language": "en", origin: "https://www.kyffhaeuser.example" },
    });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { data: { regions: { key: string }[] } };
    expect(body.data.regions).toHaveLength(4);
    expect(response.headers.get("cache-control")).toBe(PUBLIC_GRAPHQL_CACHE);
    expect(response.headers.get("vary")).toContain("Accept-Language");
    // Readable from any site (Yoga names the asking origin, and varies by it).
    expect(response.headers.get("access-control-allow-origin")).toBe("https://www.kyffhaeuser.example");
    await app.dispose();
  });

  it("says PersistedQueryNotFound for an unknown hash, and still runs any query sent in full", async () => {
    const app = createApp({ db: database.db, rateLimit: false });
    const unknown = await app.fetch(persistedGet("0".repeat(64), "Areas"));
    const body = (await unknown.json()) as { errors?: { message: string }[] };
    expect(body.errors?.[0]?.message).toBe("PersistedQueryNotFound");
    const post = await app.fetch("http://localhost/graphql", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "{ regions { key } }" }),
    });
    expect(post.status).toBe(200);
    expect(post.headers.get("cache-control")).toBeNull();
    await app.dispose();
  });

  it("never marks an answer to a logged-in editor or a token as public", async () => {
    const app = createApp({ db: database.db, rateLimit: false });
    const [hash] = areas!;
    const response = await app.fetch(persistedGet(hash, "Areas"), {
      headers: { authorization: "Bearer kausa_at_x" },
    });
    expect(response.headers.get("cache-control")).not.toBe(PUBLIC_GRAPHQL_CACHE);
    await app.dispose();
  });

  it("with the response cache: an ETag, and 304 Not Modified for a client that has the answer", async () => {
    const app = createApp({
      db: database.db,
      rateLimit: false,
      responseCache: { store: memoryResponseStore(), ttlSeconds: 60 },
    });
    const [hash] = areas!;
    const first = await app.fetch(persistedGet(hash, "Areas"));
    expect(first.status).toBe(200);
    const etag = first.headers.get("etag");
    expect(etag).toBeTruthy();
    const again = await app.fetch(persistedGet(hash, "Areas"), {
      headers: { "if-none-match": etag!, "if-modified-since": first.headers.get("last-modified")! },
    });
    expect(again.status).toBe(304);
    await app.dispose();
  });
});

describe("pathnameOf", () => {
  it("is the URL's pathname for any normalised absolute URL (as a Request's url is)", () => {
    fc.assert(
      fc.property(fc.webUrl({ withQueryParameters: true, withFragments: true }), (raw) => {
        const url = new URL(raw).href;
        expect(pathnameOf(url)).toBe(new URL(url).pathname);
      }),
      { numRuns: 500 },
    );
    expect(pathnameOf("http://localhost:4000/graphql?query=%7B%7D#x")).toBe("/graphql");
    expect(pathnameOf("http://localhost/")).toBe("/");
  });
});
