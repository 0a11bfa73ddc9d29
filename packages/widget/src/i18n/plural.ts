/**
 * Counted messages. A message that says how many of something there are has one variant per plural
 * category of CLDR ("1 Anlaufstelle", "2 Anlaufstellen"; Arabic has six, Russian and Ukrainian
 * four). The message's own key holds the `other` form ("results"), the other categories sit next
 * to it as `key.category` ("results.one", "results.few"): every message stays a string (the admin
 * app reads the same texts), German adds only `.one`, and each language lists the categories its
 * grammar has. `Intl.PluralRules` of the interface language picks the variant.
 */

/** The plural categories of CLDR: zero, one, two, few, many, other. */
export type PluralCategory = Intl.LDMLPluralRule;

/** `"results"` for a counted message: German has its `"results.one"` next to `"results"`. */
export type PluralBase<Key extends string> = Key extends `${infer Base}.one` ? Base : never;

/** The variant keys a counted message may have in some language (`other` is the message's own key). */
export type PluralVariant<Key extends string> = `${PluralBase<Key>}.${Exclude<PluralCategory, "other">}`;

const rulesCache = new Map<string, Intl.PluralRules>();

/** The (cached) plural rules of a language. */
export function pluralRules(language: string): Intl.PluralRules {
  let rules = rulesCache.get(language);
  if (!rules) {
    rules = new Intl.PluralRules(language);
    rulesCache.set(language, rules);
  }
  return rules;
}

/**
 * The key of the variant for a count: `results.few` for 3 in Arabic, `results` itself for `other`.
 * Without a count (NaN) the category is `other`.
 */
export function pluralVariant(base: string, language: string, count: number): string {
  const category = pluralRules(language).select(count);
  return category === "other" ? base : `${base}.${category}`;
}
