import type { Database } from "@kausa/db";
import { encodeGlobalID } from "@pothos/plugin-relay";
import { contactPointMapRows } from "./search/contact-point-search.ts";
import type { Filter, Near } from "./search/filters.ts";

export interface MapFeature {
  type: "Feature";
  id: string;
  geometry: { type: "Point"; coordinates: [number, number] };
  properties: { name: string; kind: string; rural: boolean };
}

export interface MapFeatureCollection {
  type: "FeatureCollection";
  features: MapFeature[];
}

/**
 * The filtered contact points as a small GeoJSON FeatureCollection: only what a marker needs.
 * `id` is the ContactPoint's global ID, so a click can fetch details with node(id).
 */
export async function contactPointFeatures(
  db: Database,
  filter: Filter,
  near?: Near,
): Promise<MapFeatureCollection> {
  const rows = await contactPointMapRows(db, filter, near);
  return {
    type: "FeatureCollection",
    features: rows.map((row) => ({
      type: "Feature",
      id: encodeGlobalID("ContactPoint", row.id),
      // GeoJSON order is [lng, lat]; 5 decimals ≈ 1 m is more than the data holds.
      geometry: { type: "Point", coordinates: [round5(row.lng), round5(row.lat)] },
      properties: { name: row.name, kind: row.kind, rural: row.rural },
    })),
  };
}

const round5 = (n: number) => Math.round(n * 1e5) / 1e5;
