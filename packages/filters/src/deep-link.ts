import { type ContactPointFilter, normalizeFilter } from "./filter.ts";

// Deep links: the visitor's filter in `kf-*` parameters of the host page, so a search can be
// shared or bookmarked. Short, prefixed names stay out of the host page's way; the names are
// public (links in the wild use them) and never change.
const LINK_LISTS = {
  services: "kf-services",
  languages: "kf-languages",
  targetGroups: "kf-groups",
  offerKinds: "kf-offers",
} as const;
const ACCESSIBLE = "kf-accessible";
/** One area: "region:nordthueringen" or "district:16062". */
const AREA = "kf-area";

/** Every parameter name the filter uses in a deep link. */
export const DEEP_LINK_PARAMS: readonly string[] = [...Object.values(LINK_LISTS), ACCESSIBLE, AREA];

// Links come from anywhere: only values shaped like enum values, language codes and keys pass.
const LIST_VALUE = /^[A-Za-z_]{2,40}$/;
const REGION = /^[a-z]{3,40}$/;
const DISTRICT = /^\d{5}$/;

/** The filter fields a deep link can carry. */
export type LinkFilter = Pick<
  ContactPointFilter,
  keyof typeof LINK_LISTS | "accessible" | "regionIds" | "districtKeys"
>;

/** Writes the filter into `params` (its other parameters are kept; old `kf-*` filter values removed). */
export function writeDeepLink(params: URLSearchParams, filter: LinkFilter): URLSearchParams {
  for (const name of DEEP_LINK_PARAMS) params.delete(name);
  const f = normalizeFilter(filter);
  for (const [field, name] of Object.entries(LINK_LISTS)) {
    const values = f[field as keyof typeof LINK_LISTS];
    if (values) params.set(name, values.join(","));
  }
  if (f.accessible) params.set(ACCESSIBLE, "1");
  const region = f.regionIds?.[0];
  const district = f.districtKeys?.[0];
  if (region) params.set(AREA, `region:${region}`);
  else if (district) params.set(AREA, `district:${district}`);
  return params;
}

/** The filter from a deep link; malformed or hostile values are left out, never an error. */
export function readDeepLink(params: URLSearchParams): LinkFilter {
  const filter: LinkFilter = {};
  for (const [field, name] of Object.entries(LINK_LISTS)) {
    const value = params.get(name);
    if (value === null) continue;
    filter[field as keyof typeof LINK_LISTS] = value.split(",").filter((v) => LIST_VALUE.test(v));
  }
  if (params.get(ACCESSIBLE) === "1") filter.accessible = true;
  const [kind, key = ""] = params.get(AREA)?.split(":") ?? [];
  if (kind === "region" && REGION.test(key)) filter.regionIds = [key];
  if (kind === "district" && DISTRICT.test(key)) filter.districtKeys = [key];
  return filter;
}
