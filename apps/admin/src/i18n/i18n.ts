/**
 * The admin app speaks German first and English second. Texts live next to the pages that show
 * them (`*.messages.ts`, made with `defineMessages`), so each folder owns its words; the German
 * text is the key set and the English one must have every key (the type checker says so).
 */
export const ADMIN_LANGUAGES = ["de", "en"] as const;
export type AdminLanguage = (typeof ADMIN_LANGUAGES)[number];

export const LANGUAGE_NAMES: Record<AdminLanguage, string> = { de: "Deutsch", en: "English" };

export interface MessageSet<K extends string> {
  de: Record<K, string>;
  en: Record<K, string>;
}

/** One folder's texts: German, and English with exactly the same keys. */
export function defineMessages<const K extends string>(
  de: Record<K, string>,
  en: NoInfer<Record<K, string>>,
): MessageSet<K> {
  return { de, en };
}

/** `{name}` placeholders filled from params; a missing English text falls back to German. */
export function translate<K extends string>(
  messages: MessageSet<K>,
  language: AdminLanguage,
  key: K,
  params?: Record<string, string | number>,
): string {
  const template = messages[language][key] ?? messages.de[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(params?.[name] ?? ""));
}

const STORAGE_KEY = "kausa-admin-language";

/** The language chosen before in this browser, else German: the working language of KAUSA's network. */
export function initialLanguage(): AdminLanguage {
  const stored = localStorage.getItem(STORAGE_KEY);
  return stored === "en" ? "en" : "de";
}

export function rememberLanguage(language: AdminLanguage) {
  localStorage.setItem(STORAGE_KEY, language);
}
