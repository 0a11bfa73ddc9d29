/**
 * The contact-point filter, once: which fields it has and of what kind. Every encoding (GraphQL
 * variables, the map layer's query string, the widget's deep links) is derived from this table,
 * so a new filter is one line here (and its place in the schema).
 */
export const FILTER_FIELDS = {
  search: "text",
  regionIds: "list",
  districtKeys: "list",
  rural: "flag",
  partnerTypes: "list",
  services: "list",
  languages: "list",
  targetGroups: "list",
  offerKinds: "list",
  accessible: "flag",
  bbox: "bbox",
} as const;

export type FilterField = keyof typeof FILTER_FIELDS;
export type ListField = {
  [K in FilterField]: (typeof FILTER_FIELDS)[K] extends "list" ? K : never;
}[FilterField];
export type FlagField = {
  [K in FilterField]: (typeof FILTER_FIELDS)[K] extends "flag" ? K : never;
}[FilterField];

export interface BBox {
  west: number;
  south: number;
  east: number;
  north: number;
}

/** Mirrors the schema's ContactPointFilter input. Absent means "any". */
export type ContactPointFilter = { [K in ListField]?: string[] } & { [K in FlagField]?: boolean } & {
  search?: string;
  bbox?: BBox;
};

/** Mirrors the schema's NearInput. */
export interface Near {
  lat: number;
  lng: number;
  radiusKm: number;
}

/**
 * The canonical form: no empty lists, no empty search, fields in the table's order. Two filters
 * that mean the same are equal after this (and give the same map URL, the same cache key).
 */
export function normalizeFilter(filter: ContactPointFilter): ContactPointFilter {
  const out: Record<string, unknown> = {};
  for (const [name, kind] of Object.entries(FILTER_FIELDS)) {
    const value = filter[name as FilterField];
    if (value === undefined || value === null) continue;
    if (kind === "list" && (value as string[]).length === 0) continue;
    if (kind === "text" && value === "") continue;
    out[name] = kind === "list" ? [...(value as string[])] : kind === "bbox" ? { ...(value as BBox) } : value;
  }
  return out as ContactPointFilter;
}
