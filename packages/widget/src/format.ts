import type { OpeningHours } from "./api/documents.ts";
import type { Translator } from "./i18n/i18n.ts";

/** "Mo 09:00–12:00, Di 09:00–12:00" in the visitor's language. */
export function formatOpeningHours(hours: OpeningHours[], t: Translator): string {
  const days = t.t("days").split(",");
  return hours.map((h) => `${days[h.day - 1] ?? h.day} ${h.opens}–${h.closes}`).join(", ");
}

/** Language codes as names in the visitor's language ("ar" → "Arabisch" / "العربية"). */
export function languageNames(codes: string[], t: Translator): string {
  let names: Intl.DisplayNames | undefined;
  try {
    names = new Intl.DisplayNames([t.language], { type: "language" });
  } catch {}
  return codes.map((code) => names?.of(code) ?? code).join(", ");
}

export function formatDate(iso: string, t: Translator): string {
  return new Intl.DateTimeFormat(t.language, { dateStyle: "medium" }).format(new Date(iso));
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
