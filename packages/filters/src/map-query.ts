import {
  type BBox,
  type ContactPointFilter,
  FILTER_FIELDS,
  type ListField,
  type Near,
  normalizeFilter,
} from "./filter.ts";

/**
 * The map layer's query string (GET /map/contact-points.geojson?…): parameter names are the
 * GraphQL field names, lists are comma-separated (or repeated), flags are true/false, bbox is
 * west,south,east,north and near is lat,lng,radiusKm.
 */
export function mapQuery(filter: ContactPointFilter, near?: Near | null): URLSearchParams {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(normalizeFilter(filter))) {
    if (Array.isArray(value)) params.set(name, value.join(","));
    else if (name === "bbox") {
      const b = value as BBox;
      params.set(name, [b.west, b.south, b.east, b.north].join(","));
    } else params.set(name, String(value));
  }
  if (near) params.set("near", [near.lat, near.lng, near.radiusKm].join(","));
  return params;
}

/** A query string the map layer cannot understand; the message is meant for the client. */
export class FilterQueryError extends Error {
  override name = "FilterQueryError";
}

export interface ParseOptions {
  /** Allowed values of enum lists (e.g. the schema's Service enum); unknown values are an error. */
  enums?: Partial<Record<ListField, Readonly<Record<string, string>>>>;
  /** Extra rule for every number (e.g. no subnormals); returns a problem or undefined. */
  numberProblem?: (value: number) => string | undefined;
  /** Shortens client text quoted in a message. */
  excerpt?: (text: string) => string;
}

/** The filter and origin from a map-layer query string. Throws FilterQueryError on bad input. */
export function parseMapQuery(
  params: URLSearchParams,
  options: ParseOptions = {},
): { filter: ContactPointFilter; near: Near | undefined } {
  const quote = options.excerpt ?? ((text: string) => text.slice(0, 40));
  const filter: Record<string, unknown> = {};
  for (const [name, kind] of Object.entries(FILTER_FIELDS)) {
    if (kind === "list") {
      const values = list(params, name);
      const allowed = options.enums?.[name as ListField];
      // Own keys only: `in` also accepts "constructor", "__proto__", "toString" … of every object.
      const unknown = allowed ? values?.filter((v) => !Object.hasOwn(allowed, v)) : undefined;
      if (unknown?.length)
        throw new FilterQueryError(
          `Unknown ${name}: ${unknown.slice(0, 5).map(quote).join(", ")}. Allowed: ${Object.keys(allowed!).join(", ")}.`,
        );
      filter[name] = values;
    } else if (kind === "flag") filter[name] = flag(params, name);
    else if (kind === "text") filter[name] = params.get(name) ?? undefined;
    else {
      const b = numbers(params, name, 4, "west,south,east,north", options);
      filter[name] = b ? { west: b[0], south: b[1], east: b[2], north: b[3] } : undefined;
    }
  }
  const n = numbers(params, "near", 3, "lat,lng,radiusKm", options);
  return {
    filter: normalizeFilter(filter as ContactPointFilter),
    near: n ? { lat: n[0]!, lng: n[1]!, radiusKm: n[2]! } : undefined,
  };
}

function list(params: URLSearchParams, name: string) {
  const values = params
    .getAll(name)
    .flatMap((v) => v.split(","))
    .map((v) => v.trim())
    .filter(Boolean);
  return values.length ? values : undefined;
}

function flag(params: URLSearchParams, name: string) {
  const value = params.get(name);
  if (value === null || value === "") return undefined;
  if (value === "true") return true;
  if (value === "false") return false;
  throw new FilterQueryError(`"${name}" must be true or false.`);
}

function numbers(params: URLSearchParams, name: string, count: number, help: string, options: ParseOptions) {
  const value = params.get(name);
  if (!value) return undefined;
  const parts = value.split(",").map(Number);
  if (parts.length !== count || parts.some((n) => !Number.isFinite(n)))
    throw new FilterQueryError(`"${name}" must be ${help}.`);
  const problem = options.numberProblem ? parts.map(options.numberProblem).find(Boolean) : undefined;
  if (problem) throw new FilterQueryError(`"${name}" has a value that ${problem}.`);
  return parts;
}
