// Phase 2 of an import: the planned creates and updates, and one IMPORT history entry per
// written row, all inside the caller's transaction.
import type { Prisma } from "@kausa/db";
import type { Actor, Tx } from "../editing/audit.ts";
import type { EditableModel } from "../editing/entity-model.ts";
import { delegateOf } from "../editing/transaction.ts";
import type { ImportPlan, PlannedChange } from "./import-plan.ts";
import type { ImportProgress } from "./types.ts";

/** A stored row changed between reading and writing (someone saved it during the import). */
export class ImportConflictError extends Error {
  constructor(readonly row: number | null) {
    super("The entry was changed by someone else during the import. Run the import again.");
    this.name = "ImportConflictError";
  }
}

const BATCH = 250;

/** Returns the ids of the written rows. */
export async function writePlan(
  tx: Tx,
  model: EditableModel,
  plan: ImportPlan,
  actor: Actor,
  onProgress?: (progress: ImportProgress) => void,
): Promise<string[]> {
  const total = plan.creates.length + plan.updates.length;
  let done = 0;
  const progress = (count: number) => {
    done += count;
    onProgress?.({ phase: "writing", done, total });
  };
  const written: { id: string; change: PlannedChange }[] = [];
  // Contact points have no many-to-many relations: they are created in batches. Partners and
  // offers connect regions and contact points, which only single creates can do.
  const batchable = model.delegate === "contactPoint";
  for (let i = 0; i < plan.creates.length; i += batchable ? BATCH : 1) {
    const chunk = plan.creates.slice(i, i + (batchable ? BATCH : 1));
    const data = chunk.map((c) => ({ ...model.toData(c.values, "create"), status: c.status }));
    if (batchable) {
      await delegateOf(tx, model).createMany({ data });
      const keys = chunk.map((c) => c.values.externalKey as string);
      const ids: { id: string; externalKey: string }[] = await delegateOf(tx, model).findMany({
        where: { externalKey: { in: keys } },
        select: { id: true, externalKey: true },
      });
      const idOf = new Map(ids.map((r) => [r.externalKey, r.id]));
      for (const change of chunk)
        written.push({ id: idOf.get(change.values.externalKey as string)!, change });
    } else {
      const created: { id: string } = await delegateOf(tx, model).create({
        data: data[0],
        select: { id: true },
      });
      written.push({ id: created.id, change: chunk[0]! });
    }
    progress(chunk.length);
  }
  for (const change of plan.updates) {
    const current = change.current!;
    try {
      // The version it was read with: a row saved meanwhile matches nothing (P2025).
      await delegateOf(tx, model).update({
        where: { id: current.id, version: current.version },
        data: { ...model.toData(change.values, "update"), status: change.status, version: { increment: 1 } },
        select: { id: true },
      });
    } catch (error) {
      if ((error as { code?: string }).code === "P2025") throw new ImportConflictError(change.row);
      throw error;
    }
    written.push({ id: current.id, change });
    progress(1);
  }
  for (let i = 0; i < written.length; i += 1_000) {
    await tx.auditEntry.createMany({
      data: written.slice(i, i + 1_000).map(({ id, change }) => ({
        actorUserId: actor.userId,
        actorTokenId: actor.tokenId,
        actorLabel: actor.label,
        entityType: model.entityType,
        entityId: id,
        action: "IMPORT" as const,
        changes: change.changes as Prisma.InputJsonValue,
      })),
    });
  }
  return written.map((w) => w.id);
}
