import { html } from "lit";
import type { Translator } from "../../../i18n/i18n.ts";
import type { ContactSearch } from "../contact-search.ts";

/** Where the results are: near a named place, near the visitor's own position, or anywhere. */
export type ResultsPlace = { label: string; nearYou: boolean } | null;

/**
 * "12 contact points (near Nordhausen | near you)", or that nothing was found. The count picks the
 * language's plural form ("1 Anlaufstelle", Arabic's dual …); in Arabic and Farsi the place name is
 * bidi-isolated by the translator, so "99734 Nordhausen" keeps its order inside the sentence.
 */
function countText(t: Translator, count: number, place: ResultsPlace): string {
  if (count === 0) return t.t("noResults");
  if (!place) return t.t("results", { count });
  return place.nearYou ? t.t("resultsNearYou", { count }) : t.t("resultsNear", { count, place: place.label });
}

/** The text of the live region above the results: loading, nothing found, or how many near where. */
export function statusText(t: Translator, search: ContactSearch, place: ResultsPlace): string {
  return (
    search.first.render({
      initial: () => t.t("loading"),
      // While a new search loads, the count of the results still shown stays (no flicker).
      pending: () => (search.totalCount === null ? t.t("loading") : countText(t, search.totalCount, place)),
      complete: (page) => countText(t, page.totalCount, place),
      // The result list says it with role="alert" (and offers to try again).
      error: () => "",
    }) ?? ""
  );
}

/** The live region above the results (empty on the offers tab, which says its own state). */
export const statusLine = (t: Translator, search: ContactSearch, place: ResultsPlace, shown: boolean) =>
  html`<div class="status" part="status" role="status" aria-live="polite">${shown ? statusText(t, search, place) : ""}</div>`;
