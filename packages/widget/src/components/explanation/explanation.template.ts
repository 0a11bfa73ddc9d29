import { html, nothing } from "lit";
import type { ExplanationKind } from "../../i18n/explanations.ts";
import type { Translator } from "../../i18n/i18n.ts";

// The component and its texts are fetched on the first opening: most visitors never open one,
// and the first paint carries only this disclosure. A failed fetch is tried on the next opening.
const whenOpened = (event: Event) => {
  if ((event.target as HTMLDetailsElement).open) import("./explanation.ts").catch(() => {});
};

/**
 * "Was bedeutet das?" under a filter and on a contact card: a native disclosure (`<details>`, so
 * keyboards, screen readers and find-in-page know it) around `<kausa-explanation>`, which explains
 * the values in plain words. `subject` (a filter's label, a contact point's name) tells several
 * such summaries apart for screen readers. Styled and printed by the finder (finder.styles.ts).
 */
export function explanation(
  t: Translator,
  kind: ExplanationKind,
  values: readonly string[],
  subject: string,
) {
  return html`<details class="explanation" @toggle=${whenOpened}>
    <summary>${t.t("explain")}${subject ? html`<span class="visually-hidden"> – ${subject}</span>` : nothing}</summary>
    <kausa-explanation .t=${t} kind=${kind} .values=${values}>${t.t("loading")}</kausa-explanation>
  </details>`;
}
