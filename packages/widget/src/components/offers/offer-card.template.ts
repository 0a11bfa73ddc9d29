import { html, nothing } from "lit";
import type { OfferNode } from "../../api/documents.ts";
import { formatDate, httpHref } from "../../format.ts";
import type { Translator } from "../../i18n/i18n.ts";

/** One offer: kind, title, when and where, and its links. */
export function offerCard(offer: OfferNode, t: Translator) {
  const when = offer.startsAt
    ? offer.endsAt && offer.endsAt.slice(0, 10) !== offer.startsAt.slice(0, 10)
      ? `${formatDate(offer.startsAt, t)} – ${formatDate(offer.endsAt, t)}`
      : formatDate(offer.startsAt, t)
    : null;
  const where = offer.format === "ONLINE" ? t.t("online") : offer.contactPoints.map((c) => c.city).join(", ");
  const documentUrl = httpHref(offer.documentUrl);
  const registrationUrl = httpHref(offer.registrationUrl);
  return html`<li part="item">
    <article>
      <p class="kind">${t.t(`offer.${offer.kind}`)}</p>
      <h3 lang=${offer.title.locale}>${offer.title.text}</h3>
      ${offer.title.isFallback && t.language !== "de" ? html`<span class="badge">${t.t("fallback")}</span>` : nothing}
      ${offer.isSample ? html`<span class="badge">${t.t("sample")}</span>` : nothing}
      <p class="muted">${[when, where, offer.partner.name].filter(Boolean).join(" · ")}</p>
      ${offer.occupation ? html`<p>${offer.occupation}</p>` : nothing}
      ${documentUrl ? html`<p><a href=${documentUrl} target="_blank" rel="noopener noreferrer">${t.t("document")}</a></p>` : nothing}
      ${registrationUrl ? html`<p><a href=${registrationUrl} target="_blank" rel="noopener noreferrer">${t.t("register")}</a></p>` : nothing}
    </article>
  </li>`;
}
