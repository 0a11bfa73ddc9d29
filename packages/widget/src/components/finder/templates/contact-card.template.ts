import { html, nothing } from "lit";
import type { ContactPointNode } from "../../../api/documents.ts";
import { routeHref } from "../../../format.ts";
import type { Translator } from "../../../i18n/i18n.ts";
import { languageName, ownCounsellingLanguage } from "../../../i18n/own-language.ts";
import { explanation } from "../../explanation/explanation.template.ts";
import "../../report/report-outdated.ts";
import { addressOf, contactFacts, contactLinkItems } from "./contact-details.template.ts";

/**
 * "Beratung auf Arabisch" when the contact point counsels in the interface language (not German):
 * first thing under the name, for the visitors who need it most.
 */
function ownLanguageBadge(cp: ContactPointNode, t: Translator) {
  const own = ownCounsellingLanguage(t);
  if (!own || !cp.languages.includes(own)) return nothing;
  return html`<p class="own-language"><span class="badge own-language">${t.t("counselsInYourLanguage", { language: languageName(t, own) })}</span></p>`;
}

/** What the contact point helps with, in one line, and "Was bedeutet das?" for those words. */
function services(cp: ContactPointNode, t: Translator) {
  if (!cp.services.length) return nothing;
  return html`<div class="services">
    <p>${t.t("servicesOffered")}: ${t.list(cp.services.map((s) => t.t(`service.${s}`)))}</p>
    ${explanation(t, "service", cp.services, cp.name)}
  </div>`;
}

/** Where a contact can be saved (the API's vCard) and shared (a link to it in this finder, if any). */
export interface CardLinks {
  vcard: string;
  share: string | null;
}

/**
 * One result: name (a button that selects it), "Beratung auf …" in the visitor's language,
 * partner, address, what it helps with (explained on request), hours, the ways to get in touch
 * and "Angaben veraltet? Melden" (an inline report form, loaded on first use). Names and addresses
 * are German data: each is bidi-isolated (`<bdi>`), so in Arabic and Farsi "99734 Nordhausen" keeps
 * its order and the distance after it stays where it belongs; phone numbers and e-mail addresses
 * are always left to right.
 */
export function contactCard(
  cp: ContactPointNode,
  t: Translator,
  selected: boolean,
  onSelect: (id: string) => void,
  links?: CardLinks,
) {
  const headingId = `h-${cp.id.replace(/[^A-Za-z0-9]/g, "")}`;
  return html`<li part="item" class=${selected ? "selected" : ""} data-id=${cp.id}>
    <article aria-labelledby=${headingId}>
      <h3 id=${headingId}>
        <button type="button" aria-pressed=${selected ? "true" : "false"} @click=${() => onSelect(cp.id)}>
          <bdi>${cp.name}</bdi>
        </button>
        ${cp.isSample ? html`<span class="badge">${t.t("sample")}</span>` : nothing}
      </h3>
      ${ownLanguageBadge(cp, t)}
      <p class="muted"><bdi>${cp.partner.name}</bdi></p>
      <p>
        <bdi class="address">${addressOf(cp)}</bdi>
        ${cp.distanceKm != null ? html` · <strong>${t.t("distance", { km: cp.distanceKm })}</strong>` : nothing}
      </p>
      ${services(cp, t)}
      ${contactFacts(cp, t)}
      <ul class="links">
        ${contactLinkItems(cp, t)}
        ${links ? html`<li class="save"><a href=${links.vcard} download>${t.t("saveContact")}</a></li>` : nothing}
        ${links?.share ? html`<li class="share"><a href=${links.share}>${t.t("shareContact")}</a></li>` : nothing}
        <li class="route">
          <a href=${routeHref(cp.lat, cp.lng)} target="_blank" rel="noopener noreferrer">${t.t("route")}</a>
        </li>
      </ul>
      <kausa-report-outdated contact-point-id=${cp.id} name=${cp.name}></kausa-report-outdated>
    </article>
  </li>`;
}
