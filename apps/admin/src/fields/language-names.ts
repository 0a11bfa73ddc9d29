import type { AdminLanguage } from "../i18n/i18n.ts";

/**
 * The names of the offered languages in themselves. Browsers do not all carry data for every
 * language (Chromium has none for Kurdish, Tigrinya, Pashto, Somali or Albanian), so the list's
 * own names are written down; other codes ask Intl.
 */
const AUTONYMS: Record<string, string> = {
  de: "Deutsch",
  en: "English",
  ar: "العربية",
  fa: "فارسی",
  uk: "Українська",
  ru: "Русский",
  tr: "Türkçe",
  ku: "Kurdî",
  ti: "ትግርኛ",
  ps: "پښتو",
  fr: "Français",
  ro: "Română",
  pl: "Polski",
  so: "Soomaali",
  es: "Español",
  it: "Italiano",
  sq: "Shqip",
  bg: "Български",
  hr: "Hrvatski",
  sr: "Српски",
  vi: "Tiếng Việt",
  zh: "中文",
  prs: "دری",
};

/** Dari has only an ISO 639-3 code, which not every browser names. */
const FALLBACK_NAMES: Record<string, Record<AdminLanguage, string>> = { prs: { de: "Dari", en: "Dari" } };

const displayNames = new Map<string, Intl.DisplayNames>();

function nameIn(locale: string, code: string): string | undefined {
  try {
    // Without data for the locale Intl would answer in the browser's language.
    if (!Intl.DisplayNames.supportedLocalesOf([locale]).length) return undefined;
    let names = displayNames.get(locale);
    if (!names) {
      names = new Intl.DisplayNames([locale], { type: "language", fallback: "none" });
      displayNames.set(locale, names);
    }
    return names.of(code);
  } catch {
    // Not a well-formed language code.
    return undefined;
  }
}

const capitalize = (text: string, locale: string) => {
  try {
    return text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);
  } catch {
    return text;
  }
};

/** A language's name in the UI language ("Arabisch"), or its code when the browser does not know it. */
export function languageName(code: string, ui: AdminLanguage): string {
  const name = nameIn(ui, code) ?? FALLBACK_NAMES[code]?.[ui];
  return name ? capitalize(name, ui) : code;
}

/** A language's name in itself ("العربية"), capitalised as a label; null when unknown. */
export function ownLanguageName(code: string): string | null {
  const name = AUTONYMS[code] ?? nameIn(code, code);
  return name && name !== code ? capitalize(name, code) : null;
}

/** Right-to-left scripts among the languages the app offers or may meet. */
const RTL = new Set(["ar", "fa", "ps", "prs", "ur", "he", "yi", "ckb"]);
export const directionOf = (code: string): "rtl" | "ltr" => (RTL.has(code.toLowerCase()) ? "rtl" : "ltr");
