/** Languages the content and the widget are offered in. German is the required base language. */
export const SUPPORTED_LOCALES = ["de", "en", "ar", "fa", "uk", "ru", "tr"] as const;
export type Locale = (typeof SUPPORTED_LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "de";

const isSupported = (code: string): code is Locale => (SUPPORTED_LOCALES as readonly string[]).includes(code);

/** "ar-SY" → "ar"; unknown languages → undefined. */
export function normalizeLocale(tag: string | null | undefined): Locale | undefined {
  const primary = tag?.trim().toLowerCase().split(/[-_]/)[0];
  return primary && isSupported(primary) ? primary : undefined;
}

/** Picks the best supported language from an Accept-Language header (RFC 9110 q-values). */
export function localeFromAcceptLanguage(header: string | null | undefined): Locale {
  if (!header) return DEFAULT_LOCALE;
  const ranked = header
    .slice(0, 500)
    .split(",")
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      const quality = q ? Number(q.slice(2)) : 1;
      return { locale: normalizeLocale(tag), quality: Number.isFinite(quality) ? quality : 0, index };
    })
    .filter((entry) => entry.locale && entry.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index);
  return ranked[0]?.locale ?? DEFAULT_LOCALE;
}

export type Translations = Partial<Record<string, string>>;

export interface LocalizedValue {
  text: string;
  locale: string;
  /** True when the requested language was missing and German was returned instead. */
  isFallback: boolean;
}

/** The text in `language` (any ISO 639-1 code), else German marked as a fallback. */
export function translate(value: unknown, language: string): LocalizedValue | null {
  if (!value || typeof value !== "object") return null;
  const translations = value as Translations;
  const wanted = translations[language];
  if (wanted) return { text: wanted, locale: language, isFallback: false };
  const german = translations[DEFAULT_LOCALE];
  if (german) return { text: german, locale: DEFAULT_LOCALE, isFallback: language !== DEFAULT_LOCALE };
  return null;
}
