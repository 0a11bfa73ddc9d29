// Restoring an older version: the values an entry had right after a history entry, computed by
// undoing every later change from the stored row, then written as a normal (audited) update.
import type { Context } from "../context.ts";
import { assertCanEdit, requireViewer } from "./access.ts";
import type { Snapshot } from "./audit.ts";
import { updateEntry } from "./changes.ts";
import type { EditableModel } from "./entity-model.ts";
import { ValidationError } from "./errors.ts";
import { inTransaction, loadRow } from "./transaction.ts";

export async function valuesAfterEntry(ctx: Context, model: EditableModel, id: string, auditEntryId: number) {
  return inTransaction(ctx, async (tx) => {
    const row = assertCanEdit(requireViewer(ctx), model, await loadRow(tx, model, id), id);
    const entry = await tx.auditEntry.findFirst({
      where: { id: auditEntryId, entityType: model.entityType, entityId: id },
    });
    if (!entry)
      throw ValidationError.field(["auditEntryId"], "NOT_FOUND", "No such history entry for this entry.");
    const later = await tx.auditEntry.findMany({
      where: { entityType: model.entityType, entityId: id, id: { gt: auditEntryId } },
      orderBy: { id: "desc" },
    });
    const values: Snapshot = { ...model.snapshot(row) };
    for (const change of later) {
      for (const [field, diff] of Object.entries(change.changes as Record<string, { before: unknown }>)) {
        if (field in values) values[field] = diff.before;
      }
    }
    return values;
  });
}

/** Writes the values as of `auditEntryId` back: an ordinary, audited change (action REVERT). */
export async function restoreVersion(
  ctx: Context,
  model: EditableModel,
  request: { id: string; version: number; auditEntryId: number; reason?: string | null },
) {
  const values = await valuesAfterEntry(ctx, model, request.id, request.auditEntryId);
  return updateEntry(
    ctx,
    model,
    {
      id: request.id,
      version: request.version,
      input: values,
      reason: request.reason ?? `Restored the version of history entry ${request.auditEntryId}.`,
    },
    "REVERT",
  );
}
