// The life of an entry: DRAFT → (partner editor submits) IN_REVIEW → PUBLISHED → ARCHIVED → DRAFT.
// Staff publish directly; every step is written to the history.
import type { AuditAction } from "@kausa/db";
import { isStaff } from "../auth/viewer.ts";
import type { Context } from "../context.ts";
import { assertCanEdit, requireStaff, requireViewer } from "./access.ts";
import { actorOf, type Tx, writeAudit } from "./audit.ts";
import type { EditableModel, EditableRow } from "./entity-model.ts";
import { StateError } from "./errors.ts";
import { delegateOf, inTransaction, lockRow } from "./transaction.ts";

type Status = EditableRow["status"];

async function setStatus(
  tx: Tx,
  ctx: Context,
  model: EditableModel,
  row: EditableRow,
  status: Status,
  action: AuditAction,
  reason?: string | null,
): Promise<EditableRow> {
  const updated: EditableRow = await delegateOf(tx, model).update({
    where: { id: row.id },
    data: { status, version: { increment: 1 } },
  });
  await writeAudit(tx, actorOf(requireViewer(ctx)), {
    entityType: model.entityType,
    entityId: row.id,
    action,
    changes: { status: { before: row.status, after: status } },
    reason,
  });
  return updated;
}

function expectStatus(row: EditableRow, allowed: Status[], action: string) {
  if (!allowed.includes(row.status)) {
    throw new StateError(`A ${row.status.toLowerCase()} entry cannot be ${action}.`, row.status);
  }
}

async function transition(
  ctx: Context,
  model: EditableModel,
  id: string,
  step: (tx: Tx, row: EditableRow) => Promise<EditableRow>,
  staffOnly = false,
): Promise<EditableRow> {
  const viewer = staffOnly ? requireStaff(ctx) : requireViewer(ctx);
  const row = await inTransaction(ctx, async (tx) =>
    step(tx, assertCanEdit(viewer, model, await lockRow(tx, model, id), id)),
  );
  ctx.events.changed({ entityType: model.entityType, ids: [id] });
  return row;
}

/**
 * Hands the viewer's work to KAUSA staff: a draft entry goes IN_REVIEW (a PUBLISH request), a
 * draft proposal for a published entry becomes an open review item.
 */
export function submitForReview(ctx: Context, model: EditableModel, id: string, reason?: string | null) {
  return transition(ctx, model, id, async (tx, row) => {
    const viewer = requireViewer(ctx);
    if (row.status === "DRAFT") {
      await tx.changeRequest.create({
        data: {
          entityType: model.entityType,
          entityId: id,
          kind: "PUBLISH",
          status: "OPEN",
          submittedAt: new Date(),
          baseVersion: row.version + 1,
          partnerId: model.partnerIdOf(model.snapshot(row)),
          createdById: viewer.userId,
        },
      });
      return setStatus(tx, ctx, model, row, "IN_REVIEW", "SUBMIT", reason);
    }
    const pending = await tx.changeRequest.findFirst({
      where: { entityType: model.entityType, entityId: id, kind: "UPDATE", status: "DRAFT" },
    });
    if (!pending) throw new StateError("There is no draft change of this entry to submit.", row.status);
    await tx.changeRequest.update({
      where: { id: pending.id },
      data: { status: "OPEN", submittedAt: new Date() },
    });
    await writeAudit(tx, actorOf(viewer), {
      entityType: model.entityType,
      entityId: id,
      action: "SUBMIT",
      reason: reason ?? null,
    });
    return row;
  });
}

/** Staff: makes a draft or submitted entry public; closes its review item as approved. */
export function publishEntry(ctx: Context, model: EditableModel, id: string, reason?: string | null) {
  return transition(
    ctx,
    model,
    id,
    async (tx, row) => {
      expectStatus(row, ["DRAFT", "IN_REVIEW"], "published");
      await closeRequests(tx, ctx, model, id, ["PUBLISH"], "APPROVED", reason);
      return setStatus(tx, ctx, model, row, "PUBLISHED", "PUBLISH", reason);
    },
    true,
  );
}

/** Takes an entry out of the public directory. Partner editors may archive their own drafts. */
export function archiveEntry(ctx: Context, model: EditableModel, id: string, reason?: string | null) {
  return transition(ctx, model, id, async (tx, row) => {
    if (!isStaff(requireViewer(ctx))) expectStatus(row, ["DRAFT"], "archived by a partner editor");
    expectStatus(row, ["DRAFT", "IN_REVIEW", "PUBLISHED"], "archived");
    // Nothing about an archived entry waits for review any more: proposals and submissions close.
    await closeRequests(tx, ctx, model, id, ["PUBLISH", "UPDATE"], "REJECTED", reason ?? "Archived.");
    return setStatus(tx, ctx, model, row, "ARCHIVED", "ARCHIVE", reason);
  });
}

/** Staff: brings an archived entry back as a draft (publish it again when it is right). */
export function restoreEntry(ctx: Context, model: EditableModel, id: string, reason?: string | null) {
  return transition(
    ctx,
    model,
    id,
    async (tx, row) => {
      expectStatus(row, ["ARCHIVED"], "restored");
      return setStatus(tx, ctx, model, row, "DRAFT", "RESTORE", reason);
    },
    true,
  );
}

/** "Still correct": records when and by whom an entry was last checked. Not a content change. */
export function verifyEntry(ctx: Context, model: EditableModel, id: string, reason?: string | null) {
  return transition(ctx, model, id, async (tx, row) => {
    const viewer = requireViewer(ctx);
    const now = new Date();
    const updated: EditableRow = await delegateOf(tx, model).update({
      where: { id },
      data: { lastVerifiedAt: now, verifiedById: viewer.userId },
    });
    await writeAudit(tx, actorOf(viewer), {
      entityType: model.entityType,
      entityId: id,
      action: "VERIFY",
      changes: { lastVerifiedAt: { before: row.lastVerifiedAt ?? null, after: now.toISOString() } },
      reason: reason ?? null,
    });
    return updated;
  });
}

async function closeRequests(
  tx: Tx,
  ctx: Context,
  model: EditableModel,
  id: string,
  kinds: ("PUBLISH" | "UPDATE")[],
  status: "APPROVED" | "REJECTED",
  comment?: string | null,
) {
  await tx.changeRequest.updateMany({
    where: {
      entityType: model.entityType,
      entityId: id,
      kind: { in: kinds },
      status: { in: ["DRAFT", "OPEN"] },
    },
    data: {
      status,
      decidedAt: new Date(),
      decidedById: ctx.viewer?.userId ?? null,
      decisionComment: comment ?? null,
    },
  });
}
