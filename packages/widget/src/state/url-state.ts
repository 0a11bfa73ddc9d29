import type { FinderState } from "./finder-state.ts";

// Deep links: the state lives in `kf-*` query parameters of the host page, so a visitor can
// share or bookmark a search. Names are short and prefixed to stay out of the host's way.
const P = {
  lat: "kf-lat",
  lng: "kf-lng",
  place: "kf-place",
  services: "kf-services",
  languages: "kf-languages",
  targetGroups: "kf-groups",
  accessible: "kf-accessible",
  area: "kf-area",
  offerKinds: "kf-offers",
  selected: "kf-selected",
  tab: "kf-tab",
} as const;

const list = (value: string | null) =>
  value ? value.split(",").filter((v) => /^[A-Za-z_]{2,40}$/.test(v)) : [];

export function readUrlState(search: string): Partial<FinderState> {
  const params = new URLSearchParams(search);
  const state: Partial<FinderState> = {};
  const lat = Number(params.get(P.lat));
  const lng = Number(params.get(P.lng));
  if (
    params.has(P.lat) &&
    Number.isFinite(lat) &&
    Number.isFinite(lng) &&
    Math.abs(lat) <= 90 &&
    Math.abs(lng) <= 180
  ) {
    state.origin = { lat, lng, label: (params.get(P.place) ?? "").slice(0, 80) };
  }
  if (params.has(P.services)) state.services = list(params.get(P.services));
  if (params.has(P.languages)) state.languages = list(params.get(P.languages));
  if (params.has(P.targetGroups)) state.targetGroups = list(params.get(P.targetGroups));
  if (params.get(P.accessible) === "1") state.accessible = true;
  const area = params.get(P.area);
  if (area && /^(region:[a-z]{3,40}|district:\d{5})$/.test(area)) state.area = area;
  if (params.has(P.offerKinds)) state.offerKinds = list(params.get(P.offerKinds));
  const selected = params.get(P.selected);
  if (selected && /^[A-Za-z0-9=+/_-]{1,200}$/.test(selected)) state.selectedId = selected;
  if (params.get(P.tab) === "offers") state.tab = "offers";
  return state;
}

/** The host page's query string with the finder's state written into it (other parameters kept). */
export function writeUrlState(search: string, state: FinderState): string {
  const params = new URLSearchParams(search);
  for (const name of Object.values(P)) params.delete(name);
  if (state.origin) {
    params.set(P.lat, state.origin.lat.toFixed(4));
    params.set(P.lng, state.origin.lng.toFixed(4));
    if (state.origin.label) params.set(P.place, state.origin.label);
  }
  if (state.services.length) params.set(P.services, state.services.join(","));
  if (state.languages.length) params.set(P.languages, state.languages.join(","));
  if (state.targetGroups.length) params.set(P.targetGroups, state.targetGroups.join(","));
  if (state.accessible) params.set(P.accessible, "1");
  if (state.area) params.set(P.area, state.area);
  if (state.offerKinds.length) params.set(P.offerKinds, state.offerKinds.join(","));
  if (state.selectedId) params.set(P.selected, state.selectedId);
  if (state.tab === "offers") params.set(P.tab, "offers");
  const text = params.toString();
  return text ? `?${text}` : "";
}
