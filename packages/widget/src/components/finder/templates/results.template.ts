import { html, nothing } from "lit";
import type { Translator } from "../../../i18n/i18n.ts";
import type { ContactSearch } from "../contact-search.ts";
import { type CardLinks, contactCard } from "./contact-card.template.ts";

export interface ResultsProps {
  t: Translator;
  search: ContactSearch;
  selectedId: string | null;
  onSelect: (id: string) => void;
  /** The vCard and share links of a result. */
  linksFor: (id: string) => CardLinks;
}

/** Brings a result into view and gives it focus, for keyboard and screen-reader users. */
export function focusResult(root: ParentNode, id: string) {
  const button = root.querySelector<HTMLElement>(`[data-id="${CSS.escape(id)}"] h3 button`);
  button?.scrollIntoView({ block: "nearest" });
  button?.focus({ preventScroll: true });
}

const failure = (t: Translator, retry: () => void) =>
  html`<p role="alert">${t.t("error")} <button type="button" @click=${retry}>${t.t("retry")}</button></p>`;

/**
 * The result list with its error message (and retry) and the "more" button. The message comes
 * from the tasks' states: the search failed (no results are shown then), or loading more failed
 * for the results shown (not for those of an earlier filter).
 */
export function resultList({ t, search, selectedId, onSelect, linksFor }: ResultsProps) {
  return html`<section aria-labelledby="results-heading">
    <h3 id="results-heading" class="visually-hidden">${t.t("contacts")}</h3>
    ${search.first.render({
      error: () => failure(t, () => void search.first.run()),
      complete: () =>
        search.more.render({
          error: () => (search.moreFailed ? failure(t, () => void search.more.run()) : nothing),
        }),
    })}
    <ol part="list">
      ${search.results.map((cp) => contactCard(cp, t, cp.id === selectedId, onSelect, linksFor(cp.id)))}
    </ol>
    ${
      search.hasMore
        ? html`<p class="more"><button type="button" @click=${() => search.loadMore()}>${t.t("more")}</button></p>`
        : nothing
    }
  </section>`;
}
