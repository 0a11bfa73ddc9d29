import { brandWithType } from "@pothos/core";
import { queryFromInfo } from "@pothos/plugin-prisma";
import type { GraphQLResolveInfo } from "graphql";
import type { Context } from "./context.ts";

/**
 * How each node type is found publicly: its model, its id column and what makes a row public.
 * The same rules as each type's `findUnique` (drafts are never visible through node ids).
 */
const NODE_TYPES: Record<string, { model: string; idField: string; where: object }> = {
  ContactPoint: {
    model: "contactPoint",
    idField: "id",
    where: { status: "PUBLISHED", partner: { status: "PUBLISHED" } },
  },
  Offer: { model: "offer", idField: "id", where: { status: "PUBLISHED", partner: { status: "PUBLISHED" } } },
  Partner: { model: "partner", idField: "id", where: { status: "PUBLISHED" } },
  Network: { model: "network", idField: "id", where: { status: "PUBLISHED" } },
  Region: { model: "region", idField: "id", where: {} },
  District: { model: "district", idField: "key", where: {} },
};

/** The types a global ID may name (anything else is not an ID from this API). */
export const NODE_TYPE_NAMES: ReadonlySet<string> = new Set(Object.keys(NODE_TYPES));

/**
 * nodes(ids) in one statement per type instead of one per id (Pothos' default for Prisma
 * nodes with extra conditions): 100 ids cost a few statements, not a hundred. Each statement
 * selects what the query asks of that type (fragments included). Unknown or unpublished ids
 * give null in their place.
 */
export async function loadNodes(
  ctx: Context,
  info: GraphQLResolveInfo,
  ids: readonly { typename: string; id: string }[],
): Promise<unknown[]> {
  const byType = new Map<string, string[]>();
  for (const { typename, id } of ids) {
    if (!NODE_TYPES[typename]) continue;
    byType.set(typename, [...(byType.get(typename) ?? []), id]);
  }
  const found = new Map<string, unknown>();
  await Promise.all(
    [...byType].map(async ([typename, typeIds]) => {
      const { model, idField, where } = NODE_TYPES[typename] as (typeof NODE_TYPES)[string];
      const query = queryFromInfo({ context: ctx, info, typeName: typename }) as { select?: object };
      // The id is needed to put each row in its place, whether the query selects it or not.
      if (query.select) query.select = { ...query.select, [idField]: true };
      // biome-ignore lint/suspicious/noExplicitAny: one loader for six delegates of the same shape.
      const delegate = (ctx.db.prisma as any)[model];
      const rows: Record<string, unknown>[] = await delegate.findMany({
        ...query,
        where: { AND: [{ [idField]: { in: [...new Set(typeIds)] } }, where] },
      });
      for (const row of rows) {
        brandWithType(row, typename as never); // tells the Node interface which type the row is
        found.set(`${typename}:${String(row[idField])}`, row);
      }
    }),
  );
  return ids.map(({ typename, id }) => found.get(`${typename}:${id}`) ?? null);
}
