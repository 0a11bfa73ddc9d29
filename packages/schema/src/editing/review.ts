// KAUSA staff decide on partner editors' submissions: approve publishes a new entry or applies
// a proposed change (if the entry did not change meanwhile); reject sends it back with a comment.
import type { ChangeRequest } from "@kausa/db";
import type { Context } from "../context.ts";
import { requireStaff } from "./access.ts";
import { actorOf, type Snapshot, type Tx, writeAudit } from "./audit.ts";
import { applyUpdate } from "./changes.ts";
import { StateError, ValidationError } from "./errors.ts";
import { modelFor } from "./models/index.ts";
import { notFound } from "./not-found.ts";
import { delegateOf, inTransaction, loadRow } from "./transaction.ts";

async function openRequest(tx: Tx, id: string) {
  const request = await tx.changeRequest.findUnique({ where: { id } });
  if (!request) throw notFound("ChangeRequest", id);
  if (request.status !== "OPEN") {
    throw new StateError(`This review item is already ${request.status.toLowerCase()}.`, request.status);
  }
  return request;
}

export async function approveChange(
  ctx: Context,
  id: string,
  comment?: string | null,
): Promise<ChangeRequest> {
  const viewer = requireStaff(ctx);
  const decided = await inTransaction(ctx, async (tx) => {
    const request = await openRequest(tx, id);
    const model = modelFor(request.entityType);
    const row = await loadRow(tx, model, request.entityId);
    if (!row) throw notFound(model.typeName, request.entityId);
    if (request.kind === "PUBLISH") {
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
    } else {
      // The proposal was made on baseVersion; if staff changed the entry since, applyUpdate
      // refuses with a ConflictError and the item stays open.
      await applyUpdate(
        tx,
        viewer,
        model,
        row,
        { id: row.id, version: request.baseVersion, input: request.proposed as Snapshot, reason: comment },
        "APPROVE",
      );
    }
    return tx.changeRequest.update({
      where: { id },
      data: {
        status: "APPROVED",
        decidedAt: new Date(),
        decidedById: viewer.userId,
        decisionComment: comment ?? null,
      },
    });
  });
  ctx.events.changed({ entityType: decided.entityType, ids: [decided.entityId] });
  return decided;
}

export async function rejectChange(ctx: Context, id: string, comment: string): Promise<ChangeRequest> {
  const viewer = requireStaff(ctx);
  if (!comment.trim())
    throw ValidationError.field(["comment"], "REQUIRED", "Say why, so the editor can fix it.");
  return inTransaction(ctx, async (tx) => {
    const request = await openRequest(tx, id);
    const model = modelFor(request.entityType);
    const row = await loadRow(tx, model, request.entityId);
    if (request.kind === "PUBLISH" && row?.status === "IN_REVIEW") {
      await delegateOf(tx, model).update({
        where: { id: row.id },
        data: { status: "DRAFT", version: { increment: 1 } },
      });
    }
    await writeAudit(tx, actorOf(viewer), {
      entityType: request.entityType,
      entityId: request.entityId,
      action: "REJECT",
      changes: request.kind === "PUBLISH" ? { status: { before: "IN_REVIEW", after: "DRAFT" } } : {},
      reason: comment,
    });
    return tx.changeRequest.update({
      where: { id },
      data: {
        status: "REJECTED",
        decidedAt: new Date(),
        decidedById: viewer.userId,
        decisionComment: comment,
      },
    });
  });
}
