import type { Context } from "../context.ts";
import type { Tx } from "./audit.ts";
import type { EditableModel, EditableRow } from "./entity-model.ts";

/** Runs `fn` in one transaction: the change and its history entry commit together or not at all. */
export function inTransaction<T>(ctx: Context, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return ctx.db.prisma.$transaction(fn, { maxWait: 10_000, timeout: 60_000 });
}

// biome-ignore lint/suspicious/noExplicitAny: the four delegates share these operations.
export const delegateOf = (tx: Tx, model: EditableModel): any => (tx as any)[model.delegate];

export async function loadRow(tx: Tx, model: EditableModel, id: string): Promise<EditableRow | null> {
  return delegateOf(tx, model).findUnique({
    where: { id },
    ...(model.include ? { include: model.include } : {}),
  });
}

/**
 * Claims the row for this change: bumps its version only if it is still `version`. The row
 * stays locked until the transaction ends, so of two editors with the same version exactly one
 * gets here; the other's statement waits, then matches nothing.
 */
export async function claimVersion(
  tx: Tx,
  model: EditableModel,
  id: string,
  version: number,
): Promise<boolean> {
  const { count } = await delegateOf(tx, model).updateMany({
    where: { id, version },
    data: { version: { increment: 1 } },
  });
  return count === 1;
}
