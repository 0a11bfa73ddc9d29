// KAUSA staff decide on partner editors' submissions: approve publishes a new entry or applies
// a proposed change (if the entry did not change meanwhile); reject sends it back with a comment.
import type { ChangeRequest } from "@kausa/db";
import type { Viewer } from "../auth/viewer.ts";
import type { Context } from "../context.ts";
import { requireStaff } from "./access.ts";
import { actorOf, type Snapshot, type Tx, writeAudit } from "./audit.ts";
import { applyUpdate } from "./changes.ts";
import type { EditableModel, EditableRow } from "./entity-model.ts";
import { StateError, ValidationError } from "./errors.ts";
import { modelFor } from "./models/index.ts";
import { notFound } from "./not-found.ts";
import { delegateOf, inTransaction, lockRow } from "./transaction.ts";

type Decision = "APPROVED" | "REJECTED";

/**
 * Locks the item's entry (as every change of an entry does first), then claims the item: only
 * one decision per item, however many staff click at the same moment.
 */
async function claimOpenItem(tx: Tx, viewer: Viewer, id: string, decision: Decision, comment: string | null) {
  const request = await tx.changeRequest.findUnique({ where: { id } });
  if (!request) throw notFound("ChangeRequest", id);
  const model = modelFor(request.entityType);
  const row = await lockRow(tx, model, request.entityId);
  const { count } = await tx.changeRequest.updateMany({
    where: { id, status: "OPEN" },
    data: { status: decision, decidedAt: new Date(), decidedById: viewer.userId, decisionComment: comment },
  });
  if (count === 0) {
    const now = await tx.changeRequest.findUniqueOrThrow({ where: { id } });
    throw new StateError(`This review item is already ${now.status.toLowerCase()}.`, now.status);
  }
  return { request, model, row };
}

export async function approveChange(
  ctx: Context,
  id: string,
  comment?: string | null,
): Promise<ChangeRequest> {
  const viewer = requireStaff(ctx);
  const decided = await inTransaction(ctx, async (tx) => {
    const { request, model, row } = await claimOpenItem(tx, viewer, id, "APPROVED", comment ?? null);
    if (!row) throw notFound(model.typeName, request.entityId);
    if (request.kind === "PUBLISH") await publishReviewed(tx, viewer, model, row, comment);
    else {
      // The proposal was made on baseVersion; if the entry changed since, applyUpdate refuses
      // with a ConflictError, the transaction rolls back and the item stays open.
      await applyUpdate(
        tx,
        viewer,
        model,
        row,
        { id: row.id, version: request.baseVersion, input: request.proposed as Snapshot, reason: comment },
        "APPROVE",
      );
    }
    return tx.changeRequest.findUniqueOrThrow({ where: { id } });
  });
  ctx.events.changed({ entityType: decided.entityType, ids: [decided.entityId] });
  return decided;
}

async function publishReviewed(
  tx: Tx,
  viewer: Viewer,
  model: EditableModel,
  row: EditableRow,
  comment?: string | null,
) {
  if (row.status !== "IN_REVIEW") throw new StateError("The entry is no longer in review.", row.status);
  await delegateOf(tx, model).update({
    where: { id: row.id },
    data: { status: "PUBLISHED", version: { increment: 1 } },
  });
  await writeAudit(tx, actorOf(viewer), {
    entityType: model.entityType,
    entityId: row.id,
    action: "APPROVE",
    changes: { status: { before: row.status, after: "PUBLISHED" } },
    reason: comment,
  });
}

export async function rejectChange(ctx: Context, id: string, comment: string): Promise<ChangeRequest> {
  const viewer = requireStaff(ctx);
  if (!comment.trim())
    throw ValidationError.field(["comment"], "REQUIRED", "Say why, so the editor can fix it.");
  return inTransaction(ctx, async (tx) => {
    const { request, model, row } = await claimOpenItem(tx, viewer, id, "REJECTED", comment);
    const backToDraft = request.kind === "PUBLISH" && row?.status === "IN_REVIEW";
    if (backToDraft) {
      await delegateOf(tx, model).update({
        where: { id: request.entityId },
        data: { status: "DRAFT", version: { increment: 1 } },
      });
    }
    await writeAudit(tx, actorOf(viewer), {
      entityType: request.entityType,
      entityId: request.entityId,
      action: "REJECT",
      changes: backToDraft ? { status: { before: "IN_REVIEW", after: "DRAFT" } } : {},
      reason: comment,
    });
    return tx.changeRequest.findUniqueOrThrow({ where: { id } });
  });
}
