import { DEFAULT_LOCALE, type Locale, SUPPORTED_LOCALES } from "../locale.ts";
import { join, raw, type Sql, searchMatchSql, simpleTsQuery, sql } from "./sql.ts";

/**
 * Search in the visitor's language. Translated texts are JSON columns with one entry per
 * language ({"de": …, "ar": …}). German is always searched (with stemming, see searchMatchSql);
 * the request's language is searched as well, so an Arabic visitor finds an offer by a word of
 * its Arabic title. PostgreSQL has no stemmer for Persian or Ukrainian, and the others would each
 * need a configuration of their own, so every other language is matched alike with the `simple`
 * configuration: whole lower-cased words, every folded query word inside the text (Arabic
 * articles and prefixes, Turkish and Slavic endings, "s" typed for "ş") and trigram similarity
 * for typos. No index serves this (the substring and trigram branches of the OR read every row,
 * as the German search does; a GIN index over the translations was measured not to be used).
 */

/** The language whose translations are searched besides German; undefined for German itself. */
export function translationLocale(locale: string | null | undefined): Locale | undefined {
  const supported = (SUPPORTED_LOCALES as readonly string[]).includes(locale ?? "");
  return supported && locale !== DEFAULT_LOCALE ? (locale as Locale) : undefined;
}

/**
 * The entries of `columns` (translation maps of alias `alias`) in one language, as one text.
 * The language is written into the statement as a literal: checked against SUPPORTED_LOCALES,
 * never the client's text.
 */
export function translatedTextSql(alias: string, columns: string[], locale: Locale): Sql {
  if (!(SUPPORTED_LOCALES as readonly string[]).includes(locale)) throw new Error(`Unknown locale ${locale}`);
  const parts = columns.map((column) => sql`coalesce(${raw(`${alias}."${column}"->>'${locale}'`)}, '')`);
  return join(parts, " || ' ' || ");
}

/** The translated texts in the visitor's language match the search (simple, folded, fuzzy). */
export const translatedMatchSql = (document: Sql, search: string) =>
  searchMatchSql(document, search, "simple");

/**
 * Relevance within the translated text: whole words first (ts_rank), then how close the query
 * is to a word of it (matches by a word's part, such as "دورة" in "الدورة", rank 0 in ts_rank).
 */
export const translatedRankSql = (document: Sql, search: string) =>
  sql`ts_rank(to_tsvector('simple'::regconfig, ${document}), ${simpleTsQuery(search)})`;

export const translatedSimilaritySql = (document: Sql, search: string) =>
  sql`word_similarity(kausa_fold(${search}), kausa_fold(${document}))`;
