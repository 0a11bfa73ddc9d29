import { DEEP_LINK_PARAMS, readDeepLink, writeDeepLink } from "@kausa/filters";
import type { FinderState } from "./finder-state.ts";

// Deep links: the state lives in `kf-*` query parameters of the host page, so a visitor can
// share or bookmark a search. The filter's parameters are the shared codec's (@kausa/filters);
// the place, the selection and the tab are the finder's own.
const P = {
  lat: "kf-lat",
  lng: "kf-lng",
  place: "kf-place",
  selected: "kf-selected",
  tab: "kf-tab",
} as const;

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
  if (DEEP_LINK_PARAMS.some((name) => params.has(name))) state.filter = readDeepLink(params);
  const selected = params.get(P.selected);
  if (selected && /^[A-Za-z0-9=+/_-]{1,200}$/.test(selected)) state.selectedId = selected;
  if (params.get(P.tab) === "offers") state.tab = "offers";
  return state;
}

/** The host page's query string with the finder's state written into it (other parameters kept). */
export function writeUrlState(search: string, state: FinderState): string {
  const params = writeDeepLink(new URLSearchParams(search), state.filter);
  for (const name of Object.values(P)) params.delete(name);
  // The visitor's own position stays out of the host page's URL, history and analytics.
  if (state.origin && !state.origin.fromDevice) {
    params.set(P.lat, state.origin.lat.toFixed(4));
    params.set(P.lng, state.origin.lng.toFixed(4));
    if (state.origin.label) params.set(P.place, state.origin.label);
  }
  if (state.selectedId) params.set(P.selected, state.selectedId);
  if (state.tab === "offers") params.set(P.tab, "offers");
  const text = params.toString();
  return text ? `?${text}` : "";
}
