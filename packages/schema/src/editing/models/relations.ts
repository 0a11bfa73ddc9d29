import type { Tx } from "../audit.ts";
import { ValidationError } from "../errors.ts";

/** Sorted ids of a many-to-many relation loaded with `{ select: { id: true } }`. */
export const idsOf = (related: unknown): string[] =>
  Array.isArray(related) ? related.map((r: { id: string }) => r.id).sort() : [];

/** Prisma data for a many-to-many relation: connect on create, replace on update. */
export const relationData = (ids: readonly string[], mode: "create" | "update") =>
  mode === "create" ? { connect: ids.map((id) => ({ id })) } : { set: ids.map((id) => ({ id })) };

/** Refuses ids that name no row of `table`. */
export async function assertIdsExist(
  tx: Tx,
  table: "region" | "partner" | "contactPoint",
  ids: readonly string[],
  path: string,
  where: object = {},
): Promise<void> {
  if (!ids.length) return;
  // biome-ignore lint/suspicious/noExplicitAny: three delegates with the same findMany shape.
  const found: { id: string }[] = await (tx as any)[table].findMany({
    where: { id: { in: [...ids] }, ...where },
    select: { id: true },
  });
  const known = new Set(found.map((row) => row.id));
  const missing = ids.findIndex((id) => !known.has(id));
  if (missing >= 0)
    throw ValidationError.field([path, missing], "NOT_FOUND", `Unknown id "${ids[missing]}".`);
}
