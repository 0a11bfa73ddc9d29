import type { Database } from "@kausa/db";

/**
 * Postcode prefix when the input is digits; otherwise names that start with the folded input
 * first, then trigram-similar names (typos). One row per postcode and name.
 */
export async function searchPlaceIds(db: Database, search: string, limit: number): Promise<number[]> {
  // LIKE wildcards typed by a user are literal characters.
  const literal = search.replace(/[\\%_]/g, "\\$&");
  if (/^\d{1,5}$/.test(search)) {
    const rows = await db.prisma.$queryRaw<{ id: number }[]>`
      SELECT "id" FROM "Place" WHERE "postcode" LIKE ${`${literal}%`} ORDER BY "postcode", "name" LIMIT ${limit}`;
    return rows.map((r) => r.id);
  }
  const rows = await db.prisma.$queryRaw<{ id: number }[]>`
    WITH q AS (SELECT kausa_fold(${literal}) AS folded, kausa_fold(${search}) AS plain)
    SELECT p."id" FROM "Place" p, q
    WHERE kausa_fold(p."name") LIKE q.folded || '%'
       OR kausa_fold(p."name") LIKE '%' || q.folded || '%'
       OR similarity(kausa_fold(p."name"), q.plain) >= 0.4
    ORDER BY (kausa_fold(p."name") LIKE q.folded || '%') DESC,
             similarity(kausa_fold(p."name"), q.plain) DESC, p."name", p."postcode"
    LIMIT ${limit}`;
  return rows.map((r) => r.id);
}
