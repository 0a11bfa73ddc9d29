import { html, nothing } from "lit";
import type { OfferNode } from "../../api/documents.ts";
import { formatEventTime, httpHref } from "../../format.ts";
import type { Translator } from "../../i18n/i18n.ts";

/**
 * When, where and by whom, separated by " · ". The towns and the partner are German names: each is
 * bidi-isolated (`<bdi>`), so in Arabic and Farsi they keep their order and don't pull the
 * separators along; the towns are joined with the language's own list separators.
 */
function details(offer: OfferNode, t: Translator) {
  const when = offer.startsAt
    ? html`<time datetime=${offer.startsAt}>${formatEventTime(offer.startsAt, offer.endsAt, t)}</time>`
    : null;
  const where =
    offer.format === "ONLINE"
      ? t.t("online")
      : offer.contactPoints.length
        ? html`<bdi>${t.list(offer.contactPoints.map((c) => c.city))}</bdi>`
        : null;
  const partner = html`<bdi>${offer.partner.name}</bdi>`;
  const parts = [when, where, partner].filter((part) => part !== null);
  return parts.map((part, i) => (i ? html` · ${part}` : part));
}

/**
 * One offer: kind, title, when (Gregorian date and time in every language) and where, and its
 * links; a dated one also as a calendar file from the API (`origin`).
 */
export function offerCard(offer: OfferNode, t: Translator, origin: string) {
  const documentUrl = httpHref(offer.documentUrl);
  const registrationUrl = httpHref(offer.registrationUrl);
  return html`<li part="item">
    <article>
      <p class="kind">${t.t(`offer.${offer.kind}`)}</p>
      <h3 lang=${offer.title.locale} dir="auto">${offer.title.text}</h3>
      ${offer.title.isFallback && t.language !== "de" ? html`<span class="badge">${t.t("fallback")}</span>` : nothing}
      ${offer.isSample ? html`<span class="badge">${t.t("sample")}</span>` : nothing}
      <p class="muted">${details(offer, t)}</p>
      ${offer.occupation ? html`<p><bdi>${offer.occupation}</bdi></p>` : nothing}
      ${documentUrl ? html`<p><a href=${documentUrl} target="_blank" rel="noopener noreferrer">${t.t("document")}</a></p>` : nothing}
      ${registrationUrl ? html`<p><a href=${registrationUrl} target="_blank" rel="noopener noreferrer">${t.t("register")}</a></p>` : nothing}
      ${
        offer.startsAt
          ? html`<p class="calendar"><a href=${`${origin}/offers/${encodeURIComponent(offer.id)}.ics?lang=${t.language}`} download>${t.t("addToCalendar")}</a></p>`
          : nothing
      }
    </article>
  </li>`;
}
