import { COUNSELLING_LANGUAGES } from "./enum-options.ts";
import type { Translator } from "./i18n.ts";
import { languageNamesIn } from "./language-names.ts";

/** A language's name in the interface language ("العربية" in Arabic, "Arabisch" in German). */
export function languageName(t: Translator, code: string): string {
  try {
    return languageNamesIn(t.language)?.of(code) ?? code;
  } catch {
    return code;
  }
}

/**
 * The visitor's own language as a counselling language: the interface language when it is not
 * German and contact points can counsel in it, else null. German is everyone's default there.
 */
export function ownCounsellingLanguage(t: Translator): string | null {
  return t.language !== "de" && COUNSELLING_LANGUAGES.includes(t.language) ? t.language : null;
}
