import type { Database } from "@kausa/db";
import { and, raw, type Sql, sql } from "./sql.ts";

export interface RankedPage {
  /** Ids of the page, in result order. */
  ids: string[];
  /** Distance in km per id, when the search was `near` a point. */
  distances: Map<string, number>;
  total: number;
}

interface RankedRow {
  id: string;
  distance_km: number | null;
  total: bigint | number;
}

/**
 * One statement for one page of any entity: ids in order, distance and the total count
 * (a window function). Prisma then loads those rows with exactly the relations the GraphQL
 * query selects, so a page costs the same few statements whatever its size.
 */
export async function rankedPage(
  db: Database,
  q: { from: Sql; alias: string; where: Sql[]; distance?: Sql; order: Sql; limit: number; offset: number },
): Promise<RankedPage> {
  const id = sql`${raw(q.alias)}."id"`;
  const rows = await db.prisma.$queryRaw<RankedRow[]>`
    SELECT ${id} AS id, ${q.distance ?? sql`NULL::float8`} AS distance_km, count(*) OVER () AS total
    FROM ${q.from}
    WHERE ${and(q.where)}
    ORDER BY ${q.order}, ${id}
    LIMIT ${q.limit} OFFSET ${q.offset}`;
  let total = rows[0] ? Number(rows[0].total) : 0;
  if (rows.length === 0 && q.offset > 0) {
    // Past the last page the window count is gone with the rows: count separately (rare).
    const [row] = await db.prisma.$queryRaw<
      { n: bigint }[]
    >`SELECT count(*) AS n FROM ${q.from} WHERE ${and(q.where)}`;
    total = Number(row?.n ?? 0);
  }
  const distances = new Map<string, number>();
  for (const row of rows) if (row.distance_km !== null) distances.set(row.id, Number(row.distance_km));
  return { ids: rows.map((r) => r.id), distances, total };
}
