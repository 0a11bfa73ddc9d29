import { html, nothing } from "lit";

/** The id of a field's server messages inside its shadow root (for aria-describedby). */
export const PROBLEMS_ID = "problems";

/**
 * The server's messages for a field, styled as errors. The container is always there so that
 * messages arriving later are announced (role="alert"); empty, it takes no space.
 */
export function problemsTemplate(problems: readonly string[]) {
  return html`<div id=${PROBLEMS_ID} class="problems" role="alert">
    ${problems.length ? html`<ul>${problems.map((p) => html`<li>${p}</li>`)}</ul>` : nothing}
  </div>`;
}

/** An aria-describedby value from the ids that apply; no attribute when none does. */
export function describedBy(...ids: (string | false | null | undefined)[]) {
  const value = ids.filter(Boolean).join(" ");
  return value || nothing;
}

/** aria-invalid for an input: only when something is wrong (no attribute otherwise). */
export const invalid = (wrong: boolean) => (wrong ? "true" : nothing);

/** Tells the form the user changed the field: a plain DOM change event that leaves the shadow root. */
export function emitChange(host: HTMLElement) {
  host.dispatchEvent(new Event("change", { bubbles: true, composed: true }));
}
