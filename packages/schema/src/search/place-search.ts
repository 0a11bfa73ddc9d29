import type { Database } from "@kausa/db";
import type { RowJson } from "./row-json.ts";
import { type Sql, sql } from "./sql.ts";

/**
 * Postcode prefix when the input is digits; otherwise names that start with the folded input
 * first, then trigram-similar names (typos). One row per postcode and name.
 */
function rankedPlacesSql(search: string, limit: number): Sql {
  // LIKE wildcards typed by a user are literal characters.
  const literal = search.replace(/[\\%_]/g, "\\$&");
  if (/^\d{1,5}$/.test(search)) {
    return sql`SELECT p."id", row_number() OVER (ORDER BY p."postcode", p."name", p."id") AS n
      FROM "Place" p WHERE p."postcode" LIKE ${`${literal}%`}
      ORDER BY p."postcode", p."name", p."id" LIMIT ${limit}`;
  }
  const order = sql`(kausa_fold(p."name") LIKE q.folded || '%') DESC,
    similarity(kausa_fold(p."name"), q.plain) DESC, p."name", p."postcode", p."id"`;
  return sql`WITH q AS (SELECT kausa_fold(${literal}) AS folded, kausa_fold(${search}) AS plain)
    SELECT p."id", row_number() OVER (ORDER BY ${order}) AS n FROM "Place" p, q
    WHERE kausa_fold(p."name") LIKE q.folded || '%'
       OR kausa_fold(p."name") LIKE '%' || q.folded || '%'
       OR similarity(kausa_fold(p."name"), q.plain) >= 0.4
    ORDER BY ${order}
    LIMIT ${limit}`;
}

/** Ids of the best matches in order; with `rows` (compiled over alias r), also the rows. */
export async function searchPlaces(
  db: Database,
  search: string,
  limit: number,
  rows?: RowJson,
): Promise<{ ids: number[]; rows?: Record<string, unknown>[] }> {
  const ranked = rankedPlacesSql(search, limit);
  if (!rows) {
    const found = await db.query<{ id: number }>(ranked.text, ranked.values);
    return { ids: found.map((r) => r.id) };
  }
  const statement = sql`SELECT page."id", ${rows.sql} AS row
    FROM (${ranked}) page JOIN "Place" r ON r."id" = page."id" ORDER BY page.n`;
  const found = await db.query<{ id: number; row: Record<string, unknown> }>(
    statement.text,
    statement.values,
  );
  return { ids: found.map((r) => r.id), rows: found.map((r) => rows.revive(r.row)) };
}
