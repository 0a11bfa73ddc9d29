import { gunzipSync } from "node:zlib";
import { createTestDatabase, type TestDatabase } from "@kausa/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../src/app.ts";
import { DISTRICT_SEATS, PLACES_PATH } from "../src/http/map-places.ts";

// The place labels of the widget's map (issue #12): the seeded gazetteer, through the whole app.

interface PlaceFeature {
  type: string;
  properties: { name: string; rank: number };
  geometry: { type: string; coordinates: [number, number] };
}
interface Places {
  type: string;
  features: PlaceFeature[];
}

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

const get = (app: ReturnType<typeof createApp>, headers: Record<string, string> = {}, method = "GET") =>
  app.fetch(`http://localhost${PLACES_PATH}`, { method, headers });

async function places(): Promise<Places> {
  const response = await get(yoga);
  expect(response.status).toBe(200);
  return (await response.json()) as Places;
}

const named = (all: Places, name: string) => all.features.filter((f) => f.properties.name === name);

describe("GET /map/places.geojson", () => {
  it("is a FeatureCollection of named, ranked points in Thuringia, rounded to 4 decimals", async () => {
    const response = await get(yoga);
    expect(response.headers.get("content-type")).toBe("application/geo+json; charset=utf-8");
    const all = (await response.json()) as Places;
    expect(all.type).toBe("FeatureCollection");
    expect(all.features.length).toBeGreaterThan(900);
    for (const feature of all.features) {
      expect(feature.type).toBe("Feature");
      expect(Object.keys(feature.properties).sort()).toEqual(["name", "rank"]);
      expect(feature.properties.name).not.toBe("");
      expect([1, 2, 3]).toContain(feature.properties.rank);
      expect(feature.geometry.type).toBe("Point");
      const [lng, lat] = feature.geometry.coordinates;
      expect(lng).toBeGreaterThan(9.8);
      expect(lng).toBeLessThan(12.7);
      expect(lat).toBeGreaterThan(50.1);
      expect(lat).toBeLessThan(51.7);
      for (const degrees of [lng, lat]) expect(Math.round(degrees * 1e4) / 1e4).toBe(degrees);
    }
  });

  it("has one feature per town and district, however many postcodes it has", async () => {
    const all = await places();
    const [erfurt] = await t.db.query<{ postcodes: number }>(
      `SELECT count(*)::int AS postcodes FROM "Place" WHERE "name" = 'Erfurt'`,
    );
    expect(erfurt!.postcodes).toBeGreaterThan(1);
    expect(named(all, "Erfurt")).toHaveLength(1);
    // Its point is its lowest postcode's, the city centre.
    const [centre] = await t.db.query<{ lat: number; lng: number }>(
      `SELECT "lat", "lng" FROM "Place" WHERE "name" = 'Erfurt' ORDER BY "postcode" LIMIT 1`,
    );
    expect(named(all, "Erfurt")[0]!.geometry.coordinates).toEqual([centre!.lng, centre!.lat]);
    // Every settlement of the gazetteer, once: all names and districts but a second spelling.
    const [distinct] = await t.db.query<{ settlements: number }>(
      `SELECT count(DISTINCT ("name", "districtKey"))::int AS settlements FROM "Place"`,
    );
    expect(all.features.length).toBe(distinct!.settlements - 1);
    expect(named(all, "Mühlhausen/Thüringen")).toEqual([]);
    expect(named(all, "Mühlhausen")).toHaveLength(1);
  });

  it("ranks the district seats 1, towns with a postcode of their own 2, villages 3", async () => {
    const all = await places();
    const rank = (name: string) => named(all, name).map((f) => f.properties.rank);
    const seats = all.features.filter((f) => f.properties.rank === 1).map((f) => f.properties.name);
    expect(seats.sort()).toEqual(Object.values(DISTRICT_SEATS).sort());
    expect(rank("Nordhausen")).toEqual([1]);
    expect(rank("Erfurt")).toEqual([1]);
    expect(rank("Arnstadt")).toEqual([1]);
    // Eisenach has postcode 99817 to itself; Harth-Pöllnitz has several.
    expect(rank("Eisenach")).toEqual([2]);
    expect(rank("Harth-Pöllnitz")).toEqual([2]);
    // Windischleuba shares 04603 with Göhren, Nobitz and Saara.
    expect(rank("Windischleuba")).toEqual([3]);
    const count = (r: number) => all.features.filter((f) => f.properties.rank === r).length;
    expect(count(2)).toBeGreaterThan(20);
    expect(count(3)).toBeGreaterThan(count(2) * 10);
    // The important places first: drawn in order, they win an overlap.
    const ranks = all.features.map((f) => f.properties.rank);
    expect(ranks).toEqual([...ranks].sort());
  });

  // Measured on the seeded gazetteer: 1,011 features, ~124 KB, ~13 KB gzipped.
  it("stays small: under 150 KB, under 20 KB gzipped", async () => {
    const plain = await (await get(yoga)).text();
    const zipped = await get(yoga, { "accept-encoding": "gzip" });
    expect(zipped.headers.get("content-encoding")).toBe("gzip");
    const bytes = new Uint8Array(await zipped.arrayBuffer());
    expect(gunzipSync(bytes).toString("utf8")).toBe(plain);
    expect(new TextEncoder().encode(plain).length).toBeLessThan(150_000);
    expect(bytes.length).toBeLessThan(20_000);
  });

  it("is cacheable: an ETag, a 304 for it, an hour's Cache-Control; HEAD without a body", async () => {
    const first = await get(yoga);
    const etag = first.headers.get("etag");
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect(first.headers.get("cache-control")).toMatch(/^public, max-age=3600\b/);
    const again = await get(yoga, { "if-none-match": `W/${etag}` });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
    expect(again.headers.get("etag")).toBe(etag);
    expect((await get(yoga, { "if-none-match": '"other"' })).status).toBe(200);
    const head = await get(yoga, {}, "HEAD");
    expect(head.status).toBe(200);
    expect(await head.text()).toBe("");
    const post = await get(yoga, {}, "POST");
    expect(post.status).toBe(405);
    expect(post.headers.get("allow")).toBe("GET, HEAD");
  });

  it("may be read from any origin, without cookies", async () => {
    expect((await get(yoga)).headers.get("access-control-allow-origin")).toBe("*");
    const response = await get(yoga, { origin: "https://www.gemeinde.example" });
    // Yoga's CORS answers a request with an Origin with that origin: the same permission.
    expect(response.headers.get("access-control-allow-origin")).toMatch(
      /^(\*|https:\/\/www\.gemeinde\.example)$/,
    );
    expect(response.headers.get("access-control-allow-credentials")).toBeNull();
    expect(response.headers.get("access-control-expose-headers")).toContain("ETag");
  });

  it("counts as a request against the client's budget, without a cost (it is one file, built once)", async () => {
    const limited = createApp({
      db: t.db,
      rateLimit: {
        enabled: true,
        requests: { points: 2, windowSeconds: 60 },
        cost: { points: 1_000_000, windowSeconds: 60 },
        mapCost: 250,
      },
    });
    try {
      const first = await get(limited);
      expect(first.status).toBe(200);
      expect(first.headers.get("x-query-cost")).toBeNull();
      expect((await get(limited)).status).toBe(200);
      const refused = await get(limited);
      expect(refused.status).toBe(429);
      expect(refused.headers.get("retry-after")).toMatch(/^\d+$/);
    } finally {
      await limited.dispose();
    }
  });
});
