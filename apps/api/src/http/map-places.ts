import type { Database } from "@kausa/db";
import type { Plugin } from "graphql-yoga";
import { json } from "./json.ts";
import { keptBody, type PublicBody, publicFileResponse } from "./public-file.ts";
import { routeFailure } from "./route-failure.ts";

export const PLACES_PATH = "/map/places.geojson";

/**
 * How important a settlement is for labelling the map: 1 is shown from the overview on, 2 a bit
 * closer, 3 only zoomed in (the widget's map-places.ts).
 */
export type PlaceRank = 1 | 2 | 3;

/**
 * The seat of each district's administration (Kreisstadt; a kreisfreie Stadt is its own), as the
 * gazetteer spells it. The gazetteer has no population and no seat, so this one public fact is
 * kept here: without it Arnstadt or Apolda, which share their postcode with villages, would look
 * like villages. A test checks that every name is in the gazetteer of its district.
 */
export const DISTRICT_SEATS: Readonly<Record<string, string>> = {
  "16051": "Erfurt",
  "16052": "Gera",
  "16053": "Jena",
  "16054": "Suhl",
  "16055": "Weimar",
  "16061": "Heilbad Heiligenstadt",
  "16062": "Nordhausen",
  "16063": "Bad Salzungen",
  "16064": "Mühlhausen",
  "16065": "Sondershausen",
  "16066": "Meiningen",
  "16067": "Gotha",
  "16068": "Sömmerda",
  "16069": "Hildburghausen",
  "16070": "Arnstadt",
  "16071": "Apolda",
  "16072": "Sonneberg",
  "16073": "Saalfeld/Saale",
  "16074": "Eisenberg",
  "16075": "Schleiz",
  "16076": "Greiz",
  "16077": "Altenburg",
};

interface PlaceRow {
  postcode: string;
  name: string;
  districtKey: string;
  lat: number;
  lng: number;
}

interface Settlement {
  name: string;
  districtKey: string;
  /** Its postcodes' points, lowest postcode first. */
  points: [number, number][];
  postcodes: string[];
}

/** ~11 m: plenty for a label, and it keeps the file small. */
const round = (degrees: number) => Math.round(degrees * 1e4) / 1e4;

/**
 * One label point per settlement: the gazetteer has a row per postcode and place, so a town with
 * several postcodes (Erfurt has 12) is merged by name within its district. Its point is that of
 * its lowest postcode, which in Thuringia's cities is the centre (Erfurt 99084, Gera 07545).
 * The rank: 1 for a district seat; 2 for a town, i.e. a place with a postcode of its own (no other
 * locality shares it) or with several postcodes; 3 for every other place (a village, or a town
 * whose postcode it shares with its villages: the gazetteer cannot tell the two apart).
 */
export function placeFeatures(rows: PlaceRow[]) {
  const localities = new Map<string, number>();
  for (const row of rows) localities.set(row.postcode, (localities.get(row.postcode) ?? 0) + 1);
  const settlements = new Map<string, Settlement>();
  const sorted = [...rows].sort((a, b) => a.postcode.localeCompare(b.postcode));
  for (const row of sorted) {
    const key = `${row.districtKey}\u0000${row.name}`;
    const settlement = settlements.get(key) ?? {
      name: row.name,
      districtKey: row.districtKey,
      points: [],
      postcodes: [],
    };
    settlement.points.push([round(row.lng), round(row.lat)]);
    settlement.postcodes.push(row.postcode);
    settlements.set(key, settlement);
  }
  const names = new Set([...settlements.values()].map((s) => `${s.districtKey}\u0000${s.name}`));
  const features = [];
  for (const s of settlements.values()) {
    // "Mühlhausen/Thüringen" next to "Mühlhausen": a second spelling of a labelled place.
    const [plain] = s.name.split("/");
    if (plain !== s.name && names.has(`${s.districtKey}\u0000${plain}`)) continue;
    features.push({
      type: "Feature" as const,
      properties: { name: s.name, rank: rankOf(s, localities) },
      geometry: { type: "Point" as const, coordinates: s.points[0]! },
    });
  }
  // The important places first: a client that draws in order lets them win any overlap.
  features.sort((a, b) => a.properties.rank - b.properties.rank);
  return { type: "FeatureCollection" as const, features };
}

function rankOf(s: Settlement, localities: Map<string, number>): PlaceRank {
  if (DISTRICT_SEATS[s.districtKey] === s.name) return 1;
  if (s.postcodes.length > 1 || s.postcodes.some((p) => localities.get(p) === 1)) return 2;
  return 3;
}

/**
 * GET /map/places.geojson: the gazetteer's towns and villages as label points for the widget's
 * map (`properties: { name, rank }`). Reference data, changed only by a new seed: built and
 * compressed once per process, cached by browsers for an hour and revalidated by ETag.
 */
export function mapPlacesRoute(db: Database): Plugin {
  let logger: { error(...args: unknown[]): void } = console;
  // Kept once built, never while building: a build fails with its request (the client left, the
  // database was down), and the next request must not inherit that failure.
  let built: PublicBody | null = null;
  const build = async () => {
    const rows = await db.query<PlaceRow>(
      `SELECT "postcode", "name", "districtKey", "lat", "lng" FROM "Place" ORDER BY "postcode", "name", "id"`,
    );
    return keptBody(JSON.stringify(placeFeatures(rows)));
  };
  return {
    onYogaInit({ yoga }) {
      logger = yoga.logger;
    },
    async onRequest({ request, url, endResponse, fetchAPI }) {
      if (url.pathname !== PLACES_PATH) return;
      if (request.method !== "GET" && request.method !== "HEAD") {
        return endResponse(json(fetchAPI, { error: "Use GET." }, 405, { allow: "GET, HEAD" }));
      }
      try {
        // Runs in the request's scope (request-deadline.ts), like every statement of a request.
        built ??= await build();
        const file = await publicFileResponse(fetchAPI, request, built, {
          contentType: "application/geo+json; charset=utf-8",
          cacheControl: "public, max-age=3600, stale-while-revalidate=86400",
        });
        return endResponse(file);
      } catch (error) {
        return endResponse(routeFailure(fetchAPI, error, "place labels", logger));
      }
    },
  };
}
