import { html } from "lit";
import type { Translator } from "../../../i18n/i18n.ts";
import type { ContactSearch } from "../contact-search.ts";

/** Where the results are: near a named place, near the visitor's own position, or anywhere. */
export type ResultsPlace = { label: string; nearYou: boolean } | null;

/** "12 contact points (near Nordhausen | near you)", or that nothing was found. */
function countText(t: Translator, totalCount: number, place: ResultsPlace): string {
  if (totalCount === 0) return t.t("noResults");
  const count = t.number(totalCount, 0);
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
