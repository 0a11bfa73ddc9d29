import { queryFromInfo } from "@pothos/plugin-prisma";
import type { GraphQLResolveInfo } from "graphql";
import type { Context } from "../context.ts";
import { badInput } from "../errors.ts";
import { type PageArgs, pageWindow, toConnection } from "../pagination.ts";
import { type FilterInput, type Near, validateFilter, validateNear } from "../search/filters.ts";
import type { RankedPage, RowSelection } from "../search/ranked-page.ts";
import { compileRowJson, type PlannedQuery } from "../search/row-json.ts";

type Delegate = "contactPoint" | "partner" | "offer" | "network";
// Each delegate's table and the alias its search gives it (search/*-search.ts).
const TABLES: Record<Delegate, { table: string; alias: string }> = {
  contactPoint: { table: "ContactPoint", alias: "cp" },
  partner: { table: "Partner", alias: "p" },
  offer: { table: "Offer", alias: "o" },
  network: { table: "Network", alias: "n" },
};

type SearchWindow = { limit: number; offset: number; rows?: RowSelection };

/**
 * What a list field searches, declared once for its resolver and for the compiled path
 * (packages/schema/src/compiled): `search` validates the arguments (a client's mistake throws
 * before any SQL) and returns the ranked search for one page window.
 */
export interface RankedList<Args = never> {
  delegate: Delegate;
  table: string;
  /** The table's alias in the search's statement: rows compiled over it are read in place. */
  alias: string;
  search(args: Args, ctx: Context): (window: SearchWindow) => Promise<RankedPage>;
}

/** The key under which a list field's `extensions` carry its RankedList. */
export const RANKED_LIST = "kausaRankedList";

export function rankedList<Args>(delegate: Delegate, search: RankedList<Args>["search"]): RankedList<Args> {
  return { delegate, ...TABLES[delegate], search };
}

/**
 * Resolves a relay connection from a ranked search. When the GraphQL selection below
 * `edges.node` compiles to SQL (columns and to-one relations, see row-json.ts), the page, its
 * count and its rows come from one statement with only the selected columns. Otherwise the
 * ranked ids come first and one Prisma findMany loads what the query selects (list relations
 * with their filters and order).
 */
export async function resolveRankedConnection<Args extends PageArgs>(
  ctx: Context,
  info: GraphQLResolveInfo,
  list: RankedList<Args>,
  args: Args,
) {
  const search = list.search(args, ctx);
  const window = pageWindow(args);
  const query = queryFromInfo({ context: ctx, info, path: ["edges", "node"] }) as PlannedQuery;
  const { table, delegate, alias } = list;
  const json = compileRowJson(table, query, alias);
  const page = await search({ ...window, rows: json && { table, json } });
  let rows = page.rows as { id: string }[] | undefined;
  if (!rows) {
    // biome-ignore lint/suspicious/noExplicitAny: the four delegates share findMany's shape.
    const model = ctx.db.prisma[delegate] as any;
    rows = page.ids.length > 0 ? await model.findMany({ ...query, where: { id: { in: page.ids } } }) : [];
  }
  return connectionFromPage(page, rows ?? [], window.offset);
}

/**
 * The connection of one ranked page: its rows in rank order, each with its distance. Rows are
 * the delegate's model shape (with what the query selected); the field's type knows that, this
 * generic helper cannot, so the nodes are handed over untyped.
 */
export function connectionFromPage(page: RankedPage, rows: { id: string }[], offset: number) {
  const byId = new Map(rows.map((row) => [row.id, row]));
  const nodes = page.ids.flatMap((id) => {
    const row = byId.get(id);
    return row ? [Object.assign(row, { distanceKm: page.distances.get(id) ?? null })] : [];
  });
  return toConnection(nodes as never[], offset, page.total);
}

/** The arguments every list field with a filter and `near` takes. */
export type ListArgs = PageArgs & { filter?: FilterInput | null; near?: Near | null };

/** The validated filter and `near` of a list field (every list field takes the same ones). */
export function listArguments(args: { filter?: FilterInput | null; near?: Near | null }) {
  return {
    filter: validateFilter({ ...args.filter, regionIds: regionKeys(args.filter?.regionIds) }),
    near: validateNear(args.near),
  };
}

/** Accepts a region key ("nordthueringen") or a Region global ID. */
export function regionKeys(values: readonly string[] | null | undefined): string[] | undefined {
  return values?.map((value) => {
    const decoded = Buffer.from(value, "base64").toString("utf8");
    return decoded.startsWith("Region:") ? decoded.slice("Region:".length) : value;
  });
}

export function assertFirst(first: number | null | undefined, max: number) {
  if (first != null && (!Number.isInteger(first) || first < 1 || first > max)) {
    throw badInput(`"first" must be between 1 and ${max}.`, "first");
  }
}
