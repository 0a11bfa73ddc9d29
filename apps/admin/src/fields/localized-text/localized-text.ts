import { CONTENT_LANGUAGES, type ContentLanguage } from "../../i18n/common.messages.ts";

export type TranslationLanguage = Exclude<ContentLanguage, "de">;

/** A text per language as the API takes it (LocalizedTextInput): German always, translations optional. */
export type LocalizedTextValue = { de: string } & Partial<Record<TranslationLanguage, string>>;

/** What the editor typed, per language ("" for nothing). */
export type Drafts = Record<ContentLanguage, string>;

/** The translations, in the app's order (after German). */
export const TRANSLATIONS = CONTENT_LANGUAGES.filter((l): l is TranslationLanguage => l !== "de");

/** Only blanks count as no text. */
export const hasText = (text: string | undefined) => Boolean(text?.trim());

export function draftsFrom(value: LocalizedTextValue | null | undefined): Drafts {
  return Object.fromEntries(CONTENT_LANGUAGES.map((l) => [l, value?.[l] ?? ""])) as Drafts;
}

/**
 * The value for the API: languages without text are left out, German stays (as "" when empty).
 * With no text at all, an optional field is null (no text), a required one `{ de: "" }` — which
 * the server refuses with a message, as it should.
 */
export function localizedTextOf(drafts: Drafts, required: boolean): LocalizedTextValue | null {
  if (!required && CONTENT_LANGUAGES.every((l) => !hasText(drafts[l]))) return null;
  const value: LocalizedTextValue = { de: hasText(drafts.de) ? drafts.de : "" };
  for (const language of TRANSLATIONS) if (hasText(drafts[language])) value[language] = drafts[language];
  return value;
}

/** How many translations have text. */
export const translatedCount = (drafts: Drafts) => TRANSLATIONS.filter((l) => hasText(drafts[l])).length;
