const made = new Map<string, Intl.DisplayNames | undefined>();

/**
 * Names of languages in `language` ("ar" → "Arabisch" in German), made once per language: the
 * filters, the cards and the print summary ask on every render. Undefined where the browser has
 * no names for it (the callers then show the code).
 */
export function languageNamesIn(language: string): Intl.DisplayNames | undefined {
  if (!made.has(language)) {
    let names: Intl.DisplayNames | undefined;
    try {
      names = new Intl.DisplayNames([language], { type: "language" });
    } catch {}
    made.set(language, names);
  }
  return made.get(language);
}
