import type { Context } from "../context.ts";
import type { Tx } from "./audit.ts";
import type { EditableModel, EditableRow } from "./entity-model.ts";
import { ValidationError } from "./errors.ts";

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

/**
 * Loads the row locked for this transaction (SELECT … FOR UPDATE). Every change of an entry —
 * edit, status step, review decision — locks the entry first, so they run one after the other
 * and see each other's result, and never wait for each other in opposite orders (deadlock).
 */
export async function lockRow(tx: Tx, model: EditableModel, id: string): Promise<EditableRow | null> {
  // The table is named after the model (Prisma's default mapping); the id is a parameter.
  await tx.$queryRawUnsafe(`SELECT 1 FROM "${model.typeName}" WHERE id = $1 FOR UPDATE`, id);
  return loadRow(tx, model, id);
}

/** Refuses an external key another row of the type already has (the column is unique). */
export async function assertExternalKeyFree(
  tx: Tx,
  model: EditableModel,
  key: unknown,
  exceptId: string | null,
) {
  if (typeof key !== "string" || !key) return;
  const taken = await delegateOf(tx, model).findFirst({
    where: { externalKey: key, ...(exceptId ? { NOT: { id: exceptId } } : {}) },
    select: { id: true },
  });
  if (taken) throw ValidationError.field(["externalKey"], "TAKEN", "Another entry already has this key.");
}
