import { type ContactPointFilter, type LinkFilter, type Near, normalizeFilter } from "@kausa/filters";
import type { CheckedAttributes } from "./attribute-checks.ts";

/** What the visitor has chosen; everything else follows from it. */
export interface FinderState {
  /**
   * The chosen place (from the gazetteer) or the visitor's own position (`fromDevice`: the
   * browser's location, which never leaves the finder: not in the URL, not in public events).
   */
  origin: { lat: number; lng: number; label: string; fromDevice?: true; districtKey?: string } | null;
  /** The visitor's own filter: at most one region or district, the lists, accessibility. */
  filter: LinkFilter;
  selectedId: string | null;
  tab: "contacts" | "offers";
  /**
   * The visitor asked for help beyond the embedder's region or district too (after a search for
   * a place outside it): the area preset is set aside until the next place is chosen.
   */
  beyondArea?: boolean;
}

/** Filters set by the embedder through attributes; `locked` ones the visitor cannot change. */
export interface Presets {
  regionId: string | null;
  districtKey: string | null;
  services: string[];
  languages: string[];
  targetGroups: string[];
  ruralOnly: boolean;
  locked: Set<string>;
}

export type PresetList = "services" | "languages" | "targetGroups";

/**
 * The presets from the finder's attributes, as checked (attribute-checks.ts): values the finder
 * does not know are left out, so no preset rather than a search the API refuses.
 */
export function presetsFrom(checked: CheckedAttributes, ruralOnly: boolean): Presets {
  return {
    regionId: checked.region,
    districtKey: checked.district,
    services: checked.services,
    languages: checked.languages,
    targetGroups: checked.targetGroups,
    ruralOnly,
    locked: new Set(checked.locked),
  };
}

export const DEFAULT_RADIUS_KM = 60;

/** The state a finder starts with: the embedder's presets are the visitor's first choices. */
export const initialState = (presets: Presets): FinderState => ({
  origin: null,
  filter: normalizeFilter({
    services: presets.services,
    languages: presets.languages,
    targetGroups: presets.targetGroups,
  }),
  selectedId: null,
  tab: "contacts",
});

/** The filter to search with: the visitor's choices within the embedder's presets. */
export function searchFilter(state: FinderState, presets: Presets): ContactPointFilter {
  const f = state.filter;
  const pick = (name: PresetList) =>
    presets.locked.has(name) && presets[name].length ? presets[name] : f[name];
  // The visitor's area narrows the embedder's preset, never widens it.
  const area = !state.beyondArea;
  return normalizeFilter({
    regionIds: f.regionIds ?? (area && presets.regionId ? [presets.regionId] : undefined),
    districtKeys: f.districtKeys ?? (area && presets.districtKey ? [presets.districtKey] : undefined),
    offerKinds: f.offerKinds,
    rural: presets.ruralOnly ? true : undefined,
    services: pick("services"),
    languages: pick("languages"),
    targetGroups: pick("targetGroups"),
    accessible: f.accessible,
  });
}

export const nearOf = (state: FinderState): Near | null =>
  state.origin ? { lat: state.origin.lat, lng: state.origin.lng, radiusKm: DEFAULT_RADIUS_KM } : null;

/** The filter "Filter zurücksetzen" leaves: only the locked presets. */
export function clearedFilter(presets: Presets): LinkFilter {
  const keep = (name: PresetList) => (presets.locked.has(name) ? presets[name] : []);
  return normalizeFilter({
    services: keep("services"),
    languages: keep("languages"),
    targetGroups: keep("targetGroups"),
  });
}

/** The origin of a search from a chosen place ("99734 Nordhausen"; "near me" has no postcode). */
export const originOf = (place: {
  postcode: string;
  name: string;
  lat: number;
  lng: number;
  district?: { key: string } | null;
}) => ({
  lat: place.lat,
  lng: place.lng,
  label: place.postcode ? `${place.postcode} ${place.name}` : place.name,
  ...(place.district ? { districtKey: place.district.key } : {}),
});

/** "region:nordthueringen" / "district:16062" / "" — the value of the area select. */
export const areaValue = (filter: LinkFilter) =>
  filter.regionIds?.[0]
    ? `region:${filter.regionIds[0]}`
    : filter.districtKeys?.[0]
      ? `district:${filter.districtKeys[0]}`
      : "";

/** The filter with the area from the select's value. */
export function withArea(filter: LinkFilter, value: string): LinkFilter {
  const [kind, key] = value.split(":");
  const { regionIds: _r, districtKeys: _d, ...rest } = filter;
  if (kind === "region" && key) return { ...rest, regionIds: [key] };
  if (kind === "district" && key) return { ...rest, districtKeys: [key] };
  return rest;
}

/** How many filters the visitor has set (shown on the folded filter form). */
export const activeFilterCount = (filter: LinkFilter) =>
  (["services", "languages", "targetGroups", "offerKinds"] as const).filter((n) => filter[n]?.length).length +
  Number(!!filter.accessible) +
  Number(!!areaValue(filter));
