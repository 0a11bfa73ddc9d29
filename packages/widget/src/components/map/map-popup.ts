import { html, nothing, render } from "lit";
import type { ContactPointDetails } from "../../api/documents.ts";
import { routeHref } from "../../format.ts";
import type { Translator } from "../../i18n/i18n.ts";
import { addressOf, contactFacts, contactLinkItems } from "../finder/templates/contact-details.template.ts";

/** What the popup of a contact point on the list's loaded pages shows (the list card has the rest). */
export interface PopupSummary {
  name: string;
  address: string;
  isSample: boolean;
}

/** The popup's content: a summary, or the full card of a contact point the list has not loaded. */
export type PopupDetails = PopupSummary | ContactPointDetails;

const isFull = (details: PopupDetails): details is ContactPointDetails => "partner" in details;

/**
 * The popup of the chosen contact point: its name with the "sample data" mark the list cards
 * carry, the address and a route link; for a contact point beyond the list's loaded pages also
 * what its list card would show. Rendered by lit into a new element (data is never parsed as HTML).
 * `loading`: the full card is on its way.
 */
export function popupContent(
  t: Translator,
  details: PopupDetails,
  [lng, lat]: [number, number],
  loading = false,
): HTMLElement {
  const root = document.createElement("div");
  root.className = "popup";
  const address = isFull(details) ? addressOf(details) : details.address;
  render(
    html`<p class="popup-title">
        <strong><bdi>${details.name}</bdi></strong>
        ${details.isSample ? html`<span class="badge">${t.t("sample")}</span>` : nothing}
      </p>
      ${isFull(details) ? html`<p class="muted"><bdi>${details.partner.name}</bdi></p>` : nothing}
      ${address ? html`<p><bdi>${address}</bdi></p>` : nothing}
      ${isFull(details) ? fullDetails(t, details) : nothing}
      ${loading ? html`<p class="muted" role="status">${t.t("loading")}</p>` : nothing}
      <p class="route">
        <a href=${routeHref(lat, lng)} target="_blank" rel="noopener noreferrer">${t.t("route")}</a>
      </p>`,
    root,
  );
  return root;
}

/** The rest of the list card (contact-card.template.ts), without the list's select button. */
function fullDetails(t: Translator, cp: ContactPointDetails) {
  const links = contactLinkItems(cp, t);
  return html`${contactFacts(cp, t)}
    ${links.length ? html`<ul class="links">${links}</ul>` : nothing}`;
}
