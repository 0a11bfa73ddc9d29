import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { createTestDatabase, type TestDatabase } from "@kausa/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../src/app.ts";
import { PLACES_PATH } from "../src/http/map-places.ts";

// The place labels are reference data: each encoding is compressed once and then reused.

let t: TestDatabase;
let yoga: ReturnType<typeof createApp>;
beforeAll(async () => {
  t = await createTestDatabase();
  yoga = createApp({ db: t.db, rateLimit: false });
});
afterAll(async () => {
  await yoga.dispose();
  await t.dispose();
});

const get = (headers: Record<string, string> = {}, method = "GET") =>
  yoga.fetch(`http://localhost${PLACES_PATH}`, { method, headers });

const bytesOf = async (response: Response) => new Uint8Array(await response.arrayBuffer());

const ENCODINGS = [
  ["br", brotliDecompressSync],
  ["gzip", gunzipSync],
] as const;

describe("GET /map/places.geojson, compressed", () => {
  it.each(ENCODINGS)(
    "sends the same %s bytes to every request, with a weak ETag",
    async (encoding, decode) => {
      const plain = await get();
      const text = await plain.text();
      const etag = plain.headers.get("etag");
      expect(etag).toMatch(/^"[\w-]+"$/);

      const first = await get({ "accept-encoding": encoding });
      const second = await get({ "accept-encoding": encoding });
      for (const response of [first, second]) {
        expect(response.status).toBe(200);
        expect(response.headers.get("content-encoding")).toBe(encoding);
        expect(response.headers.get("content-type")).toBe("application/geo+json; charset=utf-8");
        expect(response.headers.get("vary")).toBe("Accept-Encoding");
        expect(response.headers.get("cache-control")).toBe(
          "public, max-age=3600, stale-while-revalidate=86400",
        );
        expect(response.headers.get("etag")).toBe(`W/${etag}`);
      }
      const firstBytes = await bytesOf(first);
      const secondBytes = await bytesOf(second);
      expect(secondBytes).toEqual(firstBytes);
      expect(first.headers.get("content-length")).toBe(String(firstBytes.byteLength));
      // Compressed once on the way out, not again by the compression plugin.
      expect(decode(secondBytes).toString("utf8")).toBe(text);
      expect(secondBytes.byteLength).toBeLessThan(new TextEncoder().encode(text).byteLength / 5);

      const revalidated = await get({ "accept-encoding": encoding, "if-none-match": `W/${etag}` });
      expect(revalidated.status).toBe(304);
      expect(await revalidated.text()).toBe("");
      expect(revalidated.headers.get("etag")).toBe(etag);
    },
  );

  it("keeps a 304 whatever encoding the client had before", async () => {
    const br = await get({ "accept-encoding": "br" });
    const again = await get({ "accept-encoding": "gzip", "if-none-match": br.headers.get("etag") ?? "" });
    expect(again.status).toBe(304);
  });

  it("chooses brotli over gzip, gzip when brotli is refused, and none when neither is accepted", async () => {
    const chosen = async (accept: string) =>
      (await get({ "accept-encoding": accept })).headers.get("content-encoding");
    expect(await chosen("gzip, deflate, br")).toBe("br");
    expect(await chosen("gzip, br;q=0")).toBe("gzip");
    expect(await chosen("identity")).toBeNull();
  });

  it("answers HEAD without a body, also when the client accepts compression", async () => {
    const head = await get({ "accept-encoding": "br" }, "HEAD");
    expect(head.status).toBe(200);
    expect(await head.text()).toBe("");
    expect(head.headers.get("access-control-allow-origin")).toBe("*");
  });
});
