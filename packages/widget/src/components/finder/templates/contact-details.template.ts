import { html, nothing } from "lit";
import type { ContactPointNode } from "../../../api/documents.ts";
import { formatOpeningHours, httpHref, languageNames, mailtoHref, telHref } from "../../../format.ts";
import type { Translator } from "../../../i18n/i18n.ts";

/** "Bahnhofstraße 3, 99734 Nordhausen": German data, written as in Germany in every language. */
export const addressOf = (cp: Pick<ContactPointNode, "street" | "postcode" | "city">) =>
  [cp.street, `${cp.postcode} ${cp.city}`].filter(Boolean).join(", ");

type Facts = Pick<
  ContactPointNode,
  "languages" | "openingHours" | "openingHoursNote" | "appointmentRequired" | "wheelchairAccessible"
>;

/**
 * Languages, opening hours (and the note on them, marked when only in German), appointment and
 * access: the same lines on a list card and in the map popup of a contact point the list has not
 * loaded.
 */
export function contactFacts(cp: Facts, t: Translator) {
  const note = cp.openingHoursNote;
  const access =
    cp.wheelchairAccessible === true
      ? t.t("wheelchair")
      : cp.wheelchairAccessible === false
        ? t.t("notWheelchair")
        : "";
  return html`${cp.languages.length ? html`<p>${t.t("languages")}: ${languageNames(cp.languages, t)}</p>` : nothing}
    ${cp.openingHours.length ? html`<p>${t.t("openingHours")}: ${formatOpeningHours(cp.openingHours, t)}</p>` : nothing}
    ${
      note
        ? html`<p class="muted" lang=${note.isFallback ? "de" : t.language}>
          ${note.text}${note.isFallback && t.language !== "de" ? html` <span class="badge">${t.t("fallback")}</span>` : nothing}
        </p>`
        : nothing
    }
    ${
      cp.appointmentRequired || access
        ? html`<p>${cp.appointmentRequired ? `${t.t("byAppointment")}. ` : ""}${access}</p>`
        : nothing
    }`;
}

/**
 * Phone (`tel:`), e-mail (`mailto:`) and website as list items, empty when there are none; phone
 * numbers and e-mail addresses always left to right.
 */
export function contactLinkItems(cp: Pick<ContactPointNode, "phone" | "email" | "website">, t: Translator) {
  const website = httpHref(cp.website);
  const mailto = mailtoHref(cp.email ?? "");
  return [
    ...(cp.phone
      ? [html`<li><a href=${telHref(cp.phone)}>${t.t("phone")}: <span dir="ltr">${cp.phone}</span></a></li>`]
      : []),
    ...(mailto
      ? [html`<li><a href=${mailto}>${t.t("email")}: <span dir="ltr">${cp.email}</span></a></li>`]
      : []),
    ...(website
      ? [html`<li><a href=${website} target="_blank" rel="noopener noreferrer">${t.t("website")}</a></li>`]
      : []),
  ];
}
