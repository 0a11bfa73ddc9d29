import type { Database } from "@kausa/db";
import type { RowJson } from "./row-json.ts";
import { and, raw, type Sql, sql } from "./sql.ts";

export interface RankedPage {
  /** Ids of the page, in result order. */
  ids: string[];
  /** Distance in km per id, when the search was `near` a point. */
  distances: Map<string, number>;
  total: number;
  /** The page's rows (id order), when a compiled row selection was asked for. */
  rows?: Record<string, unknown>[];
}

/** Load the page's rows in the same statement: the table and its compiled JSON selection. */
export interface RowSelection {
  table: string;
  /** Best compiled over the search's alias (RankedList.alias; see row-json.ts). */
  json: RowJson;
}

export interface RankedQuery {
  from: Sql;
  alias: string;
  where: Sql[];
  distance?: Sql;
  order: Sql;
  limit: number;
  offset: number;
  rows?: RowSelection;
}

interface RankedRow {
  id: string;
  distance_km: number | null;
  total: bigint | number | string;
  row?: Record<string, unknown>;
}

/**
 * One statement for one page of any entity: ids in order, distance and the total count
 * (a window function) — and, with `rows`, each row built as JSON from only the selected
 * columns. Without `rows` the caller loads the rows with Prisma (a second statement).
 */
export async function rankedPage(db: Database, q: RankedQuery): Promise<RankedPage> {
  const id = sql`${raw(q.alias)}."id"`;
  // The row's JSON in the select list: PostgreSQL evaluates such costly select-list expressions
  // after the sort and the limit, so only the page's rows are built and the top-N sort of the
  // matches needs no join back. Compiled over the search's own alias it reads the row at hand;
  // over another alias it looks the row up by id.
  const json = q.rows?.json;
  const row = !json
    ? sql``
    : json.alias === q.alias
      ? sql`, ${json.sql} AS row`
      : sql`, (SELECT ${json.sql} FROM "${raw(q.rows?.table ?? "")}" ${raw(json.alias)} WHERE ${raw(json.alias)}."id" = ${id}) AS row`;
  const statement = sql`SELECT ${id} AS id, ${q.distance ?? sql`NULL::float8`} AS distance_km,
      count(*) OVER () AS total${row}
    FROM ${q.from}
    WHERE ${and(q.where)}
    ORDER BY ${q.order}, ${id}
    LIMIT ${q.limit} OFFSET ${q.offset}`;
  const rows = await db.query<RankedRow>(statement.text, statement.values);
  let total = rows[0] ? Number(rows[0].total) : 0;
  if (rows.length === 0 && q.offset > 0) {
    // Past the last page the window count is gone with the rows: count separately (rare).
    const count = sql`SELECT count(*) AS n FROM ${q.from} WHERE ${and(q.where)}`;
    const [row] = await db.query<{ n: bigint | number | string }>(count.text, count.values);
    total = Number(row?.n ?? 0);
  }
  const distances = new Map<string, number>();
  for (const row of rows) if (row.distance_km !== null) distances.set(row.id, Number(row.distance_km));
  const page: RankedPage = { ids: rows.map((r) => r.id), distances, total };
  if (q.rows) {
    const { json } = q.rows;
    page.rows = rows.map((r) => json.revive(r.row ?? {}));
  }
  return page;
}
