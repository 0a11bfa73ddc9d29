/** What the visitor has chosen; everything else follows from it. */
export interface FinderState {
  /** The chosen place (from the gazetteer or the browser's location). */
  origin: { lat: number; lng: number; label: string } | null;
  services: string[];
  languages: string[];
  targetGroups: string[];
  accessible: boolean;
  /** A region ("region:nordthueringen") or district ("district:16062") the visitor chose. */
  area: string | null;
  /** Contact points with offers of these kinds; also narrows the offers tab. */
  offerKinds: string[];
  selectedId: string | null;
  tab: "contacts" | "offers";
}

export const emptyState = (): FinderState => ({
  origin: null,
  services: [],
  languages: [],
  targetGroups: [],
  accessible: false,
  area: null,
  offerKinds: [],
  selectedId: null,
  tab: "contacts",
});

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

export const DEFAULT_RADIUS_KM = 60;

/** The GraphQL filter for the current state and presets. */
export function contactPointFilter(state: FinderState, presets: Presets) {
  const pick = (name: "services" | "languages" | "targetGroups") =>
    presets.locked.has(name) && presets[name].length ? presets[name] : state[name];
  // The visitor's area narrows the embedder's preset, never widens it.
  const [areaKind, areaKey] = state.area?.split(":") ?? [];
  const regionId = areaKind === "region" ? areaKey : presets.regionId;
  const districtKey = areaKind === "district" ? areaKey : presets.districtKey;
  return {
    regionIds: regionId ? [regionId] : undefined,
    districtKeys: districtKey ? [districtKey] : undefined,
    offerKinds: nonEmpty(state.offerKinds),
    rural: presets.ruralOnly ? true : undefined,
    services: nonEmpty(pick("services")),
    languages: nonEmpty(pick("languages")),
    targetGroups: nonEmpty(pick("targetGroups")),
    accessible: state.accessible ? true : undefined,
  };
}

const nonEmpty = (list: string[]) => (list.length ? list : undefined);
