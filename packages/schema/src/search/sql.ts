import { Prisma } from "@kausa/db";
import { boundingBoxAround, EARTH_RADIUS_KM } from "@kausa/geo";
import type { BBox, Near } from "./filters.ts";

/** SQL fragments shared by the entity searches. `alias` is the table alias with lat/lng columns. */
export type Sql = Prisma.Sql;
export const sql = Prisma.sql;
export const join = Prisma.join;
export const raw = Prisma.raw;

export const and = (parts: Sql[]): Sql => (parts.length ? join(parts, " AND ") : sql`TRUE`);

/**
 * Haversine distance in km, the same formula as @kausa/geo's distanceKm. The point is written
 * as literals, not parameters: the select list and the ORDER BY then hold the same expression,
 * which PostgreSQL computes once per row instead of once per mention.
 */
export function distanceSql(alias: string, near: Near): Sql {
  const a = raw(alias);
  const lat = float8(near.lat);
  const lng = float8(near.lng);
  return sql`(2 * ${float8(EARTH_RADIUS_KM)} * asin(least(1, sqrt(
    power(sin(radians(${a}."lat" - ${lat}) / 2), 2)
    + cos(radians(${lat})) * cos(radians(${a}."lat"))
    * power(sin(radians(${a}."lng" - ${lng}) / 2), 2)))))`;
}

/** A finite number as a float8 literal (validated coordinates, constants; never free text). */
function float8(value: number): Sql {
  if (!Number.isFinite(value)) throw new RangeError(`not a finite number: ${value}`);
  return raw(`'${value}'::float8`);
}

/** Within the radius; the box test first lets the location index narrow the rows. */
export function withinSql(alias: string, near: Near): Sql {
  const box = boundingBoxAround(near, near.radiusKm);
  return sql`${bboxSql(alias, box)} AND ${distanceSql(alias, near)} <= ${near.radiusKm}::float8`;
}

/**
 * Inside the box. The `<@` test uses the two-dimensional GiST index on point(lng, lat); its
 * comparison is fuzzy by 1e-6, so the exact bounds are checked as well.
 */
export function bboxSql(alias: string, box: BBox): Sql {
  const a = raw(alias);
  return sql`point(${a}."lng", ${a}."lat") <@ box(point(${box.west}::float8, ${box.south}::float8),
      point(${box.east}::float8, ${box.north}::float8))
    AND ${a}."lat" BETWEEN ${box.south}::float8 AND ${box.north}::float8
    AND ${a}."lng" BETWEEN ${box.west}::float8 AND ${box.east}::float8`;
}

/** Any of the values (array overlap), cast to the column's enum or text array type. */
export function overlapsSql(column: string, values: string[], arrayType: string): Sql {
  return sql`${raw(column)} && ${values}::text[]::${raw(arrayType)}`;
}

/** Text search configurations: German (Snowball stemming) and simple (lower-cased words, no stemming). */
export type TextConfig = "german" | "simple";

/** Full-text query from free user input; websearch syntax never raises a syntax error. */
export const configTsQuery = (config: TextConfig, search: string) =>
  sql`websearch_to_tsquery(${raw(`'${config}'`)}, ${search})`;
export const tsQuery = (search: string) => configTsQuery("german", search);
export const simpleTsQuery = (search: string) => configTsQuery("simple", search);

/** Typo tolerance: the folded search is similar to a word in the folded text. */
export const fuzzySql = (document: Sql, search: string) =>
  sql`word_similarity(kausa_fold(${search}), kausa_fold(${document})) >= 0.6`;

/**
 * The one search predicate for every entity. A document matches when
 * - full text matches (German stemming: "beraten" and "Beratung" share the stem "berat"; with
 *   the simple configuration, the same lower-cased word), or
 * - every word (stem) of the query occurs inside the folded document, which finds German
 *   compounds ("Migrationsberatung"), umlaut spellings ("Muhlhausen" → "Mühlhausen") and, in
 *   translations, words with a prefix or an ending ("دورة" in "الدورة", "kurs" in "kursları"), or
 * - the query is trigram-similar to a word of it (small typos: "Jugendmigrationsdinst").
 */
export function searchMatchSql(document: Sql, search: string, config: TextConfig = "german"): Sql {
  const regconfig = raw(`'${config}'::regconfig`);
  const stems = sql`unnest(tsvector_to_array(to_tsvector(${regconfig}, ${search})))`;
  return sql`(
    to_tsvector(${regconfig}, ${document}) @@ ${configTsQuery(config, search)}
    OR (EXISTS (SELECT 1 FROM ${stems} AS q(stem) WHERE length(q.stem) >= 3)
        AND NOT EXISTS (SELECT 1 FROM ${stems} AS q(stem)
          WHERE length(q.stem) >= 3 AND kausa_fold(${document}) NOT LIKE '%' || kausa_fold(q.stem) || '%'))
    OR ${fuzzySql(document, search)}
  )`;
}
