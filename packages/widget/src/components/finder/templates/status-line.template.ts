import { html, nothing } from "lit";
import type { Translator } from "../../../i18n/i18n.ts";
import type { OutsideArea } from "../../../state/area-hint.ts";
import type { ContactSearch } from "../contact-search.ts";

/** Where the results are: near a named place, near the visitor's own position, or anywhere. */
export type ResultsPlace = { label: string; nearYou: boolean } | null;

/** Farther than this, the nearest result is not "near" the place: the status gives its distance. */
export const FAR_KM = 25;

/**
 * "12 contact points (near Nordhausen | near you)", or that nothing was found. The count picks the
 * language's plural form ("1 Anlaufstelle", Arabic's dual …); in Arabic and Farsi the place name is
 * bidi-isolated by the translator, so "99734 Nordhausen" keeps its order inside the sentence. When
 * even the nearest result is far away, it says how far instead of "near".
 */
function countText(t: Translator, count: number, place: ResultsPlace, nearestKm: number | null): string {
  if (count === 0) return t.t("noResults");
  if (!place) return t.t("results", { count });
  if (nearestKm !== null && nearestKm > FAR_KM) {
    const km = t.number(Math.round(nearestKm), 0);
    return place.nearYou
      ? t.t("resultsFarYou", { count, km })
      : t.t("resultsFar", { count, km, place: place.label });
  }
  return place.nearYou ? t.t("resultsNearYou", { count }) : t.t("resultsNear", { count, place: place.label });
}

/** The text of the live region above the results: loading, nothing found, or how many near where. */
export function statusText(
  t: Translator,
  search: ContactSearch,
  place: ResultsPlace,
  outside: OutsideArea | null = null,
): string {
  const nearestKm = search.results[0]?.distanceKm ?? null;
  const counted = (count: number) => {
    const text = countText(t, count, place, nearestKm);
    // Said first: the results are the nearest in the embedder's area, not near the place.
    return outside && !outside.beyond
      ? `${t.t("outsideArea", { place: outside.place, area: outside.area })} ${text}`
      : text;
  };
  return (
    search.first.render({
      initial: () => t.t("loading"),
      // While a new search loads, the count of the results still shown stays (no flicker).
      pending: () => (search.totalCount === null ? t.t("loading") : counted(search.totalCount)),
      complete: (page) => counted(page.totalCount),
      // The result list says it with role="alert" (and offers to try again).
      error: () => "",
    }) ?? ""
  );
}

export interface StatusLineProps {
  t: Translator;
  search: ContactSearch;
  place: ResultsPlace;
  /** Only on the contacts tab (the offers tab says its own state). */
  shown: boolean;
  /** The chosen place lies outside the embedder's area (area-hint.ts). */
  outside: OutsideArea | null;
  onBeyondArea: (beyond: boolean) => void;
}

/**
 * The live region above the results and, for a place outside the embedder's area, the switch
 * between the nearest help in the area and the nearest help anywhere.
 */
export function statusLine({ t, search, place, shown, outside, onBeyondArea }: StatusLineProps) {
  return html`<div class="status" part="status" role="status" aria-live="polite">${shown ? statusText(t, search, place, outside) : ""}</div>
    ${
      shown && outside
        ? html`<p class="area-switch">
          <button type="button" @click=${() => onBeyondArea(!outside.beyond)}>
            ${t.t(outside.beyond ? "backToArea" : "showBeyondArea", { area: outside.area })}
          </button>
        </p>`
        : nothing
    }`;
}
