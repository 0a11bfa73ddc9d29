import { loadDistricts, loadRegions } from "@kausa/geo";
import { badInput } from "../errors.ts";

/** Filter arguments as they arrive from GraphQL or the GeoJSON endpoint's query string. */
export interface FilterInput {
  search?: string | null;
  regionIds?: readonly string[] | null;
  districtKeys?: readonly string[] | null;
  rural?: boolean | null;
  partnerTypes?: readonly string[] | null;
  services?: readonly string[] | null;
  languages?: readonly string[] | null;
  targetGroups?: readonly string[] | null;
  offerKinds?: readonly string[] | null;
  accessible?: boolean | null;
  bbox?: BBox | null;
  from?: Date | null;
  to?: Date | null;
}

export interface BBox {
  west: number;
  south: number;
  east: number;
  north: number;
}

export interface Near {
  lat: number;
  lng: number;
  radiusKm: number;
}

/** A validated filter: empty lists and blank strings removed, so `undefined` means "no condition". */
export interface Filter {
  search?: string;
  regionIds?: string[];
  districtKeys?: string[];
  rural?: boolean;
  partnerTypes?: string[];
  services?: string[];
  languages?: string[];
  targetGroups?: string[];
  offerKinds?: string[];
  accessible?: boolean;
  bbox?: BBox;
  from?: Date;
  to?: Date;
}

export const MAX_SEARCH_LENGTH = 200;
export const MAX_LIST_LENGTH = 50;
export const MAX_RADIUS_KM = 300;

const regionIds = new Set(loadRegions().map((r) => r.id));
const districtKeys = new Set(loadDistricts().map((d) => d.key));

function list(values: readonly string[] | null | undefined, name: string): string[] | undefined {
  if (!values || values.length === 0) return undefined;
  if (values.length > MAX_LIST_LENGTH)
    throw badInput(`"${name}" accepts at most ${MAX_LIST_LENGTH} values.`, name);
  return [...new Set(values)];
}

function known(values: string[] | undefined, allowed: Set<string>, name: string, hint: string) {
  const unknown = values?.filter((v) => !allowed.has(v));
  // Echo only the start of each value: a message must not carry kilobytes of the client's input.
  const shown = unknown?.slice(0, 5).map((v) => (v.length > 40 ? `${v.slice(0, 40)}…` : v));
  if (unknown?.length) throw badInput(`Unknown ${name}: ${shown?.join(", ")}. ${hint}`, name);
  return values;
}

export function assertLatitude(value: number, name: string) {
  if (!Number.isFinite(value) || value < -90 || value > 90)
    throw badInput(`"${name}" must be a latitude between -90 and 90.`, name);
}

export function assertLongitude(value: number, name: string) {
  if (!Number.isFinite(value) || value < -180 || value > 180)
    throw badInput(`"${name}" must be a longitude between -180 and 180.`, name);
}

export function validateBBox(bbox: BBox): BBox {
  assertLongitude(bbox.west, "bbox.west");
  assertLongitude(bbox.east, "bbox.east");
  assertLatitude(bbox.south, "bbox.south");
  assertLatitude(bbox.north, "bbox.north");
  if (bbox.south > bbox.north) throw badInput('"bbox.south" must not be north of "bbox.north".', "bbox");
  if (bbox.west > bbox.east) throw badInput('"bbox.west" must not be east of "bbox.east".', "bbox");
  return bbox;
}

export function validateNear(near: Near | null | undefined): Near | undefined {
  if (!near) return undefined;
  assertLatitude(near.lat, "near.lat");
  assertLongitude(near.lng, "near.lng");
  if (!Number.isFinite(near.radiusKm) || near.radiusKm <= 0 || near.radiusKm > MAX_RADIUS_KM) {
    throw badInput(`"near.radiusKm" must be greater than 0 and at most ${MAX_RADIUS_KM}.`, "near.radiusKm");
  }
  return near;
}

export function validateSearch(search: string | null | undefined): string | undefined {
  const trimmed = search?.replace(/\s+/g, " ").trim();
  if (!trimmed) return undefined;
  if (trimmed.length > MAX_SEARCH_LENGTH) {
    throw badInput(`"search" must be at most ${MAX_SEARCH_LENGTH} characters.`, "search");
  }
  // NUL bytes cannot be stored in PostgreSQL text and mean the input is not text.
  if (trimmed.includes("\u0000")) throw badInput('"search" contains invalid characters.', "search");
  return trimmed;
}

export function validateFilter(input: FilterInput | null | undefined): Filter {
  if (!input) return {};
  const languages = list(input.languages, "languages");
  const badLanguage = languages?.find((l) => !/^[a-z]{2}$/.test(l));
  if (badLanguage !== undefined) {
    throw badInput(
      `"${badLanguage.slice(0, 20)}" is not an ISO 639-1 language code (two lowercase letters).`,
      "languages",
    );
  }
  if (input.from && input.to && input.from > input.to)
    throw badInput('"from" must not be after "to".', "from");
  return {
    search: validateSearch(input.search),
    regionIds: known(
      list(input.regionIds, "regionIds"),
      regionIds,
      "regionIds",
      `Known: ${[...regionIds].join(", ")}.`,
    ),
    districtKeys: known(
      list(input.districtKeys, "districtKeys"),
      districtKeys,
      "districtKeys",
      "Use 5-digit Kreisschlüssel of Thuringia, e.g. 16062.",
    ),
    rural: input.rural ?? undefined,
    partnerTypes: list(input.partnerTypes, "partnerTypes"),
    services: list(input.services, "services"),
    languages,
    targetGroups: list(input.targetGroups, "targetGroups"),
    offerKinds: list(input.offerKinds, "offerKinds"),
    accessible: input.accessible ?? undefined,
    bbox: input.bbox ? validateBBox(input.bbox) : undefined,
    from: input.from ?? undefined,
    to: input.to ?? undefined,
  };
}
