import { contentLines, escapeText, structured, uriValue } from "./content-lines.ts";
import type { ContactPointData } from "./public-data.ts";
import type { FileTexts } from "./texts.ts";

/**
 * A contact point as a vCard 3.0 (RFC 2426). 3.0, not 4.0: Android's contact import (the
 * com.android.vcard parser behind Contacts and Google Contacts) reads 2.1 and 3.0 only and refuses
 * 4.0 files, iOS and Outlook read 3.0 fully, and nothing here needs 4.0 (KIND:org has the Apple
 * extension X-ABShowAs as its 3.0 counterpart). UTF-8 comes from the MIME charset, as 3.0 wants.
 */
export function contactPointVCard(cp: ContactPointData, texts: FileTexts, sourceUrl: string): string {
  const unit = cp.name.trim() !== cp.partner.name.trim() ? cp.name : null;
  const lines = [
    "BEGIN:VCARD",
    "VERSION:3.0",
    "PRODID:-//KAUSA Thueringen//Kontaktfinder//DE",
    // A place, not a person: the name goes into the family-name slot so that no app splits it
    // into first and last name; FN is what phones show, ORG what Apple shows (X-ABShowAs).
    `N:${structured([cp.name, "", "", "", ""])}`,
    `FN:${escapeText(cp.name)}`,
    `ORG:${structured(unit ? [cp.partner.name, unit] : [cp.partner.name])}`,
    "X-ABShowAs:COMPANY",
    // post-office box; extended address; street; locality; region; postal code; country
    `ADR;TYPE=WORK:${structured(["", "", cp.street, cp.city, "", cp.postcode, "Deutschland"])}`,
    ...phoneNumbers(cp.phone).map((phone) => `TEL;TYPE=WORK,VOICE:${escapeText(phone)}`),
    ...(cp.email ? [`EMAIL;TYPE=INTERNET,WORK:${escapeText(cp.email.trim())}`] : []),
    ...[cp.website ?? cp.partner.website].filter(Boolean).map((url) => `URL:${uriValue(url!)}`),
    `GEO:${coordinate(cp.lat)};${coordinate(cp.lng)}`,
    ...note(cp, texts),
    // Where the current version of this card is (RFC 2426 3.6.3 SOURCE): the link back.
    `SOURCE:${uriValue(sourceUrl)}`,
    `UID:${escapeText(`kausa-contact-point-${cp.id}`)}`,
    `REV:${cp.updatedAt.replace(/\.\d+Z$/, "Z")}`,
    "END:VCARD",
  ];
  return contentLines(lines);
}

/**
 * The phone field is free text: several numbers are separated by `;`, `,` or line breaks. A slash
 * is not a separator: "0361/123456" is one German number.
 */
export function phoneNumbers(phone: string | null): string[] {
  return (phone ?? "")
    .split(/[;,\r\n]+/)
    .map((p) => p.trim())
    .filter(Boolean);
}

/** Opening hours, the appointment rule, the free-text note and the sample-data mark, as one NOTE. */
function note(cp: ContactPointData, texts: FileTexts): string[] {
  const parts: string[] = [];
  if (cp.isSample) parts.push(texts.sample);
  const hours = openingHoursLines(cp.openingHours, texts);
  if (hours.length) parts.push(`${texts.openingHours}:`, ...hours);
  if (cp.appointmentRequired) parts.push(texts.byAppointment);
  if (cp.openingHoursNote?.text.trim()) parts.push(cp.openingHoursNote.text.trim());
  return parts.length ? [`NOTE:${escapeText(parts.join("\n"))}`] : [];
}

/** "Mo 09:00–12:00, 13:00–15:00", one line per weekday (times are local, Europe/Berlin). */
export function openingHoursLines(hours: ContactPointData["openingHours"], texts: FileTexts): string[] {
  const byDay = new Map<number, string[]>();
  for (const { day, opens, closes } of [...hours].sort(
    (a, b) => a.day - b.day || a.opens.localeCompare(b.opens),
  )) {
    byDay.set(day, [...(byDay.get(day) ?? []), `${opens}–${closes}`]);
  }
  return [...byDay].map(([day, times]) => `${texts.days[day - 1] ?? day} ${times.join(", ")}`);
}

/** Six decimals are ~10 cm: more digits only suggest a precision the data does not have. */
function coordinate(value: number): string {
  return String(Math.round(value * 1e6) / 1e6);
}
