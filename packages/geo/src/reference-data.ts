import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseCsv } from "./csv.ts";
import { distanceKm } from "./distance.ts";
import { geometryContains, type PolygonGeometry } from "./point-in-polygon.ts";

const dataFile = (name: string) => fileURLToPath(new URL(`../data/${name}`, import.meta.url));

export interface RegionRecord {
  id: string;
  name: string;
  districtKeys: string[];
}

export interface DistrictRecord {
  key: string;
  name: string;
  kind: "LANDKREIS" | "KREISFREIE_STADT";
  regionId: string;
  boundary: PolygonGeometry;
  settlementType: number;
  settlementTypeLabel: string;
  settlementType2024: number | null;
  thuenenType: number;
  thuenenTypeLabel: string;
  ruralityIndex: number | null;
  /** Thünen type 5 is "nicht ländlich"; everything else counts as rural. */
  rural: boolean;
}

export interface PlaceRecord {
  postcode: string;
  name: string;
  districtKey: string;
  lat: number;
  lng: number;
}

let cache: { regions: RegionRecord[]; districts: DistrictRecord[]; places: PlaceRecord[] } | undefined;

function load() {
  if (cache) return cache;
  const regionsJson = JSON.parse(readFileSync(dataFile("regions.json"), "utf8")) as {
    regions: { id: string; name: string; districts: { ags: string }[] }[];
  };
  const regions = regionsJson.regions.map((r) => ({
    id: r.id,
    name: r.name,
    districtKeys: r.districts.map((d) => d.ags),
  }));
  const types = new Map(
    parseCsv(readFileSync(dataFile("district_types.csv"), "utf8")).map((row) => [row.ags, row]),
  );
  const geojson = JSON.parse(readFileSync(dataFile("districts.geojson"), "utf8")) as {
    features: { properties: Record<string, string | number>; geometry: PolygonGeometry }[];
  };
  const districts = geojson.features.map((feature): DistrictRecord => {
    const p = feature.properties;
    const key = String(p.ags);
    const row = types.get(key);
    if (!row) throw new Error(`district_types.csv has no row for ${key}`);
    const thuenenType = Number(row.thuenen_typ_derived);
    return {
      key,
      name: String(p.name),
      kind: p.kind === "kreisfreie Stadt" ? "KREISFREIE_STADT" : "LANDKREIS",
      regionId: String(p.regionId),
      boundary: feature.geometry,
      settlementType: Number(row.bbsr_kreistyp_2020),
      settlementTypeLabel: row.bbsr_kreistyp_2020_label ?? "",
      settlementType2024: row.bbsr_kreistyp_2024_derived ? Number(row.bbsr_kreistyp_2024_derived) : null,
      thuenenType,
      thuenenTypeLabel: row.thuenen_typ_label ?? "",
      ruralityIndex: row.thuenen_laendlichkeitsindex_2016_derived
        ? Number(row.thuenen_laendlichkeitsindex_2016_derived)
        : null,
      rural: thuenenType !== 5,
    };
  });
  const places = parseCsv(readFileSync(dataFile("places.csv"), "utf8")).map((row) => ({
    postcode: row.plz ?? "",
    name: row.place ?? "",
    districtKey: row.district_ags ?? "",
    lat: Number(row.lat),
    lng: Number(row.lon),
  }));
  cache = { regions, districts, places };
  return cache;
}

export const loadRegions = () => load().regions;
export const loadDistricts = () => load().districts;
export const loadPlaces = () => load().places;

/** The state's outline bounds, padded a little; coordinates outside are not in our area. */
export const THURINGIA_BOUNDS = { west: 9.8, south: 50.1, east: 12.7, north: 51.7 } as const;

export function isInThuringiaBounds(lat: number, lng: number): boolean {
  const b = THURINGIA_BOUNDS;
  return lat >= b.south && lat <= b.north && lng >= b.west && lng <= b.east;
}

/**
 * The district a point lies in. VG5000 boundaries are generalised (errors up to ~1 km), so a
 * point just outside every polygon falls back to the district of the nearest gazetteer place.
 */
export function districtKeyAt(lat: number, lng: number): string | undefined {
  const hit = loadDistricts().find((d) => geometryContains(d.boundary, lat, lng));
  if (hit) return hit.key;
  if (!isInThuringiaBounds(lat, lng)) return undefined;
  let best: PlaceRecord | undefined;
  let bestKm = Number.POSITIVE_INFINITY;
  for (const place of loadPlaces()) {
    const km = distanceKm({ lat, lng }, place);
    if (km < bestKm) [best, bestKm] = [place, km];
  }
  return bestKm <= 10 ? best?.districtKey : undefined;
}

/**
 * The district of an address: from its coordinates, or when they fall outside every district,
 * from its postcode (the district most of the postcode's places lie in).
 */
export function deriveDistrictKey(point: {
  lat: number;
  lng: number;
  postcode?: string | null;
}): string | undefined {
  const byCoordinates = districtKeyAt(point.lat, point.lng);
  if (byCoordinates || !point.postcode) return byCoordinates;
  const counts = new Map<string, number>();
  for (const place of loadPlaces()) {
    if (place.postcode === point.postcode)
      counts.set(place.districtKey, (counts.get(place.districtKey) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
}
