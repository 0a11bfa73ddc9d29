import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { createTestDatabase, type TestDatabase } from "@kausa/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type App, createApp } from "../src/app.ts";

let database: TestDatabase;
let app: App;
beforeAll(async () => {
  database = await createTestDatabase();
  app = createApp({ db: database.db, rateLimit: false });
});
afterAll(() => database.dispose());

const LIST = `{ contactPoints(first: 30) { edges { node { name city phone partner { name } } } } }`;

const post = (query: string, headers: Record<string, string> = {}) =>
  app.fetch("http://localhost/graphql", {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ query }),
  });

describe("compressed answers", () => {
  it("compresses a GraphQL answer for clients that accept brotli or gzip, and not for others", async () => {
    const plain = await post(LIST);
    const text = await plain.text();
    expect(text.length).toBeGreaterThan(2000);
    expect(plain.headers.get("content-encoding")).toBeNull();
    for (const [accept, encoding, decode] of [
      ["gzip, deflate, br", "br", brotliDecompressSync],
      ["gzip", "gzip", gunzipSync],
    ] as const) {
      const response = await post(LIST, { "accept-encoding": accept });
      expect(response.headers.get("content-encoding")).toBe(encoding);
      expect(response.headers.get("vary")).toMatch(/Accept-Encoding/);
      const bytes = Buffer.from(await response.arrayBuffer());
      expect(bytes.byteLength).toBeLessThan(text.length / 3);
      expect(decode(bytes).toString()).toBe(text);
    }
  });

  it("leaves small answers alone", async () => {
    const response = await post("{ __typename }", { "accept-encoding": "br" });
    expect(response.headers.get("content-encoding")).toBeNull();
    expect(await response.json()).toEqual({ data: { __typename: "Query" } });
  });

  it("keeps 304s working for the map layer whatever encoding the client had", async () => {
    const url = "http://localhost/map/contact-points.geojson?regionIds=nordthueringen";
    const first = await app.fetch(url, { headers: { "accept-encoding": "br" } });
    expect(first.headers.get("content-encoding")).toBe("br");
    const etag = first.headers.get("etag");
    expect(etag).toMatch(/^W\//);
    const again = await app.fetch(url, {
      headers: { "accept-encoding": "gzip", "if-none-match": etag ?? "" },
    });
    expect(again.status).toBe(304);
  });

  it("serves the widget's first paint compressed, under 35 KB over the wire", async () => {
    const response = await app.fetch("http://localhost/widget/kausa-widget.js", {
      headers: { "accept-encoding": "br" },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-encoding")).toBe("br");
    const compressed = Buffer.from(await response.arrayBuffer());
    const plain = await (await app.fetch("http://localhost/widget/kausa-widget.js")).arrayBuffer();
    expect(brotliDecompressSync(compressed).equals(Buffer.from(plain))).toBe(true);
    expect(compressed.byteLength).toBeLessThan(35 * 1024);
    const cached = await app.fetch("http://localhost/widget/kausa-widget.js", {
      headers: { "accept-encoding": "gzip", "if-none-match": response.headers.get("etag") ?? "" },
    });
    expect(cached.status).toBe(304);
  });
});

describe("X-Request-Id", () => {
  it("gives every answer an id of its own, and ignores one from an untrusted client", async () => {
    const ids = new Set<string>();
    for (const path of [
      "/graphql?query=%7B__typename%7D",
      "/health",
      "/widget/kausa-widget.js",
      "/nowhere",
    ]) {
      const response = await app.fetch(`http://localhost${path}`, {
        headers: { "x-request-id": "from-client" },
      });
      const id = response.headers.get("x-request-id") ?? "";
      expect(id).toMatch(/^[0-9a-f-]{36}$/);
      ids.add(id);
    }
    expect(ids.size).toBe(4);
  });

  it("echoes a trusted proxy's id, if it looks like one", async () => {
    const behindProxy = createApp({ db: database.db, rateLimit: false, auth: { trustedProxies: 1 } });
    const echoed = await behindProxy.fetch("http://localhost/health", {
      headers: { "x-request-id": "lb-4711.abc" },
    });
    expect(echoed.headers.get("x-request-id")).toBe("lb-4711.abc");
    const forged = await behindProxy.fetch("http://localhost/health", {
      headers: { "x-request-id": "x\r\nfake: log" },
    });
    expect(forged.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
  });
});
