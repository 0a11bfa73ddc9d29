import { de, type MessageKey, type Messages } from "./messages.ts";
import { pluralVariant } from "./plural.ts";

export const WIDGET_LANGUAGES = ["de", "en", "ar", "fa", "uk", "ru", "tr"] as const;
export type WidgetLanguage = (typeof WIDGET_LANGUAGES)[number];

/** Each language's own name, for the switcher. */
export const LANGUAGE_NAMES: Record<WidgetLanguage, string> = {
  de: "Deutsch",
  en: "English",
  ar: "العربية",
  fa: "فارسی",
  uk: "Українська",
  ru: "Русский",
  tr: "Türkçe",
};

const RTL = new Set(["ar", "fa"]);
export const directionOf = (language: string): "rtl" | "ltr" => (RTL.has(language) ? "rtl" : "ltr");

// Other languages are separate chunks: the first paint carries only German.
const loaders: Record<Exclude<WidgetLanguage, "de">, () => Promise<{ default: Messages }>> = {
  en: () => import("./locales/en.ts"),
  ar: () => import("./locales/ar.ts"),
  fa: () => import("./locales/fa.ts"),
  uk: () => import("./locales/uk.ts"),
  ru: () => import("./locales/ru.ts"),
  tr: () => import("./locales/tr.ts"),
};

/** "ar-SY" → "ar"; unsupported → undefined. */
export function widgetLanguage(tag: string | null | undefined): WidgetLanguage | undefined {
  const primary = tag?.toLowerCase().split(/[-_]/)[0];
  return (WIDGET_LANGUAGES as readonly string[]).includes(primary ?? "")
    ? (primary as WidgetLanguage)
    : undefined;
}

/**
 * The digits of each language, pinned (CLDR's defaults today): every number the widget formats —
 * counts, distances, times, dates — uses the same system within a language, whatever the browser's
 * ICU version would pick for one formatter or another. Postcodes, phone numbers and street numbers
 * are data and stay as written.
 */
export const NUMBERING_SYSTEMS: Record<WidgetLanguage, string> = {
  de: "latn",
  en: "latn",
  ar: "latn",
  fa: "arabext",
  uk: "latn",
  ru: "latn",
  tr: "latn",
};

/** First strong isolate … pop directional isolate: keeps "99734 Nordhausen" whole in Arabic text. */
export const isolate = (text: string) => `\u2068${text}\u2069`;

type Params = Record<string, string | number>;

export interface Translator {
  language: WidgetLanguage;
  dir: "rtl" | "ltr";
  /**
   * A message with its `{name}` parameters filled in. Numbers are formatted in the language's
   * digits; in right-to-left languages text parameters (place names) are bidi-isolated. A counted
   * message (see plural.ts) takes the variant for `params.count` (`other` without a count).
   */
  t(key: MessageKey, params?: Params): string;
  /** A number in the language's digits, with up to `digits` fraction digits. */
  number(value: number, digits?: number): string;
  /** "A, B und C" / "A وB وC": the language's own list separators. */
  list(items: string[], type?: Intl.ListFormatType): string;
  /** Options every Intl formatter of this language should carry (digits). */
  intlOptions: { numberingSystem: string };
}

export async function loadTranslator(language: WidgetLanguage): Promise<Translator> {
  const messages = language === "de" ? {} : (await loaders[language]()).default;
  return createTranslator(language, messages);
}

export function createTranslator(language: WidgetLanguage, messages: Messages): Translator {
  const intlOptions = { numberingSystem: NUMBERING_SYSTEMS[language] };
  const numberFormats = new Map<number, Intl.NumberFormat>();
  const number = (value: number, digits = 1) => {
    let format = numberFormats.get(digits);
    if (!format) {
      format = new Intl.NumberFormat(language, { ...intlOptions, maximumFractionDigits: digits });
      numberFormats.set(digits, format);
    }
    return format.format(value);
  };
  const dir = directionOf(language);
  const texts = messages as Record<string, string | undefined>;
  const german = de as Record<string, string | undefined>;
  // Missing keys fall back to German, so a partial translation never shows a blank. A counted
  // message takes this language's variant for the count, else its own `other` form; one missing
  // in this language altogether takes German's variant for the count.
  const template = (key: string, count: unknown): string => {
    if (german[`${key}.one`] === undefined) return texts[key] ?? german[key] ?? key;
    const n = typeof count === "number" ? count : Number.NaN;
    return texts[pluralVariant(key, language, n)] ?? texts[key] ?? german[pluralVariant(key, "de", n)] ?? key;
  };
  return {
    language,
    dir,
    intlOptions,
    t(key, params) {
      return template(key, params?.count).replace(/\{(\w+)\}/g, (_, name: string) => {
        const value = params?.[name];
        if (value === undefined) return "";
        if (typeof value === "number") return number(value, name === "count" ? 0 : 1);
        return dir === "rtl" ? isolate(value) : value;
      });
    },
    number,
    list: (items, type = "conjunction") => new Intl.ListFormat(language, { type }).format(items),
  };
}

export const germanTranslator = createTranslator("de", {});
