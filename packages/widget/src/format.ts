import type { OpeningHours } from "./api/documents.ts";
import type { Translator } from "./i18n/i18n.ts";
import { languageNamesIn } from "./i18n/language-names.ts";

/** "09:00" as the language writes a time of day ("9:00 AM", "۹:۰۰"), in its digits. */
function timeOfDay(hhmm: string, format: Intl.DateTimeFormat): string {
  const [hours, minutes] = hhmm.split(":").map(Number);
  if (!Number.isInteger(hours) || !Number.isInteger(minutes)) return hhmm;
  return format.format(Date.UTC(1970, 0, 1, hours as number, minutes as number));
}

/** "Mo 09:00–12:00, Di 09:00–12:00" in the visitor's language, digits and list separators. */
export function formatOpeningHours(hours: OpeningHours[], t: Translator): string {
  const days = t.t("days").split(",");
  const format = new Intl.DateTimeFormat(t.language, {
    ...t.intlOptions,
    timeStyle: "short",
    timeZone: "UTC",
  });
  return t.list(
    hours.map(
      (h) => `${days[h.day - 1] ?? h.day} ${timeOfDay(h.opens, format)}–${timeOfDay(h.closes, format)}`,
    ),
    "unit",
  );
}

/** Language codes as names in the visitor's language ("ar" → "Arabisch" / "العربية"), as a list. */
export function languageNames(codes: string[], t: Translator): string {
  const names = languageNamesIn(t.language);
  return t.list(codes.map((code) => names?.of(code) ?? code));
}

/** Events take place in Thuringia: their times are shown as there, wherever the visitor's device is. */
export const EVENT_TIME_ZONE = "Europe/Berlin";

/**
 * When an event takes place, with date and time: always in the Gregorian calendar (the dates on
 * the organisers' letters and in German offices) — `Intl.DateTimeFormat("fa")` alone would use
 * the Solar Hijri calendar; Farsi adds the Solar Hijri date in brackets. A range that ends on the
 * same day says the day once ("12.03.2025, 10:00–17:00 Uhr").
 */
export function formatEventTime(startsAt: string, endsAt: string | null, t: Translator): string {
  const start = new Date(startsAt);
  const end = endsAt ? new Date(endsAt) : null;
  const options = {
    ...t.intlOptions,
    timeZone: EVENT_TIME_ZONE,
    dateStyle: "medium",
    timeStyle: "short",
  } as const;
  const gregorian = new Intl.DateTimeFormat(t.language, { ...options, calendar: "gregory" });
  const when = end && end > start ? gregorian.formatRange(start, end) : gregorian.format(start);
  if (t.language !== "fa") return when;
  const persian = new Intl.DateTimeFormat("fa", {
    ...t.intlOptions,
    timeZone: EVENT_TIME_ZONE,
    dateStyle: "medium",
    calendar: "persian",
  });
  const solar = end && end > start ? persian.formatRange(start, end) : persian.format(start);
  return `${when} (${solar})`;
}

/** The URL if it is http(s), else undefined (Lit then leaves the href out). Defence in depth: the API filters too. */
export function httpHref(url: string | null | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === "https:" || parsed.protocol === "http:" ? url : undefined;
  } catch {
    return undefined;
  }
}

/** A mailto: URL for a plain address only (no extra headers smuggled in with "?"). */
export const mailtoHref = (email: string) =>
  /^[^\s@?&]+@[^\s@?&]+\.[^\s@?&]+$/.test(email) ? `mailto:${email}` : undefined;

/** A tel: URL with only what dialers understand. */
export const telHref = (phone: string) => `tel:${phone.replace(/[^+\d]/g, "")}`;

/** Directions on OpenStreetMap: opened only when the visitor clicks the link. */
export const routeHref = (lat: number, lng: number) =>
  `https://www.openstreetmap.org/directions?to=${lat.toFixed(5)}%2C${lng.toFixed(5)}`;
