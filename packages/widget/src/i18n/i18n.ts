import { de, type MessageKey, type Messages } from "./messages.ts";

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

export interface Translator {
  language: WidgetLanguage;
  dir: "rtl" | "ltr";
  t(key: MessageKey, params?: Record<string, string | number>): string;
  number(value: number, digits?: number): string;
}

export async function loadTranslator(language: WidgetLanguage): Promise<Translator> {
  const messages = language === "de" ? {} : (await loaders[language]()).default;
  return createTranslator(language, messages);
}

export function createTranslator(language: WidgetLanguage, messages: Messages): Translator {
  const format = new Intl.NumberFormat(language, { maximumFractionDigits: 1 });
  return {
    language,
    dir: directionOf(language),
    // Missing keys fall back to German, so a partial translation never shows a blank.
    t(key, params) {
      const template = messages[key] ?? de[key];
      return template.replace(/\{(\w+)\}/g, (_, name: string) => String(params?.[name] ?? ""));
    },
    number: (value, digits = 1) =>
      digits === 1
        ? format.format(value)
        : new Intl.NumberFormat(language, { maximumFractionDigits: digits }).format(value),
  };
}

export const germanTranslator = createTranslator("de", {});
