// Create and update, for every editable type. Staff changes apply at once; a partner editor's
// change to a published entry becomes a proposal that waits for review (review.ts).
import type { Prisma } from "@kausa/db";
import { forbidden } from "../auth/scopes.ts";
import { canEditPartnerRows, needsReview, type Viewer } from "../auth/viewer.ts";
import type { Context } from "../context.ts";
import { assertCanEdit, requireViewer } from "./access.ts";
import { actorOf, diffSnapshots, type Snapshot, type Tx, writeAudit } from "./audit.ts";
import type { EditableModel, EditableRow } from "./entity-model.ts";
import { ConflictError, StateError, ValidationError } from "./errors.ts";
import {
  assertExternalKeyFree,
  claimVersion,
  delegateOf,
  inTransaction,
  loadRow,
  lockRow,
} from "./transaction.ts";

export interface UpdateRequest {
  id: string;
  version: number;
  input: Record<string, unknown>;
  reason?: string | null;
}

/** Creates a DRAFT entry. Partner editors only for their own partner. */
export async function createEntry(ctx: Context, model: EditableModel, input: Record<string, unknown>) {
  const viewer = requireViewer(ctx);
  // A partner editor's new contact point or offer belongs to their partner unless they say so.
  if (needsReview(viewer) && viewer.partnerId && input.partnerId == null && model.typeName !== "Partner") {
    input = { ...input, partnerId: viewer.partnerId };
  }
  const row = await inTransaction(ctx, async (tx) => {
    const values = await model.parse(input, null, tx);
    if (!canEditPartnerRows(viewer, model.partnerIdOf(values))) {
      if (model.partnerIdOf(values) === null)
        throw forbidden(`Only KAUSA staff may create a ${model.typeName}.`);
      throw ValidationError.field(
        ["partnerId"],
        "NOT_YOUR_PARTNER",
        "You may only create entries of your own organisation.",
      );
    }
    const created: EditableRow = await delegateOf(tx, model).create({
      data: { ...model.toData(values, "create"), status: "DRAFT" },
      ...(model.include ? { include: model.include } : {}),
    });
    await writeAudit(tx, actorOf(viewer), {
      entityType: model.entityType,
      entityId: created.id,
      action: "CREATE",
      changes: diffSnapshots(null, model.snapshot(created)),
    });
    return created;
  });
  ctx.events.changed({ entityType: model.entityType, ids: [row.id] });
  return row;
}

/**
 * Updates an entry if `version` is still current (else ConflictError with the stored values).
 * A partner editor's change to published data is stored as their draft proposal instead.
 */
export async function updateEntry(
  ctx: Context,
  model: EditableModel,
  request: UpdateRequest,
  action: "UPDATE" | "REVERT" = "UPDATE",
) {
  const viewer = requireViewer(ctx);
  const row = await inTransaction(ctx, async (tx) => {
    const current = assertCanEdit(viewer, model, await lockRow(tx, model, request.id), request.id);
    if (needsReview(viewer) && current.status !== "DRAFT") {
      return proposeUpdate(tx, viewer, model, current, request);
    }
    return applyUpdate(tx, viewer, model, current, request, action);
  });
  ctx.events.changed({ entityType: model.entityType, ids: [request.id] });
  return row;
}

/** Writes new values over `current` (whose version the caller checked), with a history entry. */
export async function applyUpdate(
  tx: Tx,
  viewer: Viewer,
  model: EditableModel,
  current: EditableRow,
  request: UpdateRequest,
  action: "UPDATE" | "REVERT" | "APPROVE" | "IMPORT",
): Promise<EditableRow> {
  if (current.status === "ARCHIVED")
    throw new StateError("Restore the archived entry before editing it.", "ARCHIVED");
  const before = model.snapshot(current);
  const values = await model.parse(request.input, before, tx);
  assertStaysWithViewer(viewer, model, values);
  await assertExternalKeyFree(tx, model, values.externalKey, current.id);
  if (!(await claimVersion(tx, model, current.id, request.version))) {
    throw await conflictFromStore(tx, model, current.id);
  }
  const updated: EditableRow = await delegateOf(tx, model).update({
    where: { id: current.id },
    data: model.toData(values, "update"),
    ...(model.include ? { include: model.include } : {}),
  });
  await writeAudit(tx, actorOf(viewer), {
    entityType: model.entityType,
    entityId: current.id,
    action,
    changes: diffSnapshots(before, model.snapshot(updated)),
    reason: request.reason,
  });
  return updated;
}

/** The partner editor's pending proposal for a published entry: created or extended. */
async function proposeUpdate(
  tx: Tx,
  viewer: Viewer,
  model: EditableModel,
  current: EditableRow,
  request: UpdateRequest,
): Promise<EditableRow> {
  if (current.status !== "PUBLISHED") {
    throw new StateError(
      `The entry is ${current.status.toLowerCase()}; it cannot be changed now.`,
      current.status,
    );
  }
  if (current.version !== request.version) throw conflict(model, current);
  const before = model.snapshot(current);
  const where = { entityType: model.entityType, entityId: current.id, status: "DRAFT" as const };
  const pending = await tx.changeRequest.findFirst({ where: { ...where, kind: "UPDATE" } });
  const proposed = { ...((pending?.proposed as Snapshot | null) ?? {}), ...request.input };
  const values = await model.parse(proposed, before, tx); // refuse invalid proposals now, not at review
  assertStaysWithViewer(viewer, model, values);
  await assertExternalKeyFree(tx, model, values.externalKey, current.id);
  // The version the first proposed field was based on: if staff changed the entry since, the
  // approval meets a ConflictError instead of silently writing the older proposed values back.
  const data = {
    proposed: proposed as Prisma.InputJsonValue,
    baseVersion: pending?.baseVersion ?? current.version,
  };
  if (pending) await tx.changeRequest.update({ where: { id: pending.id }, data });
  else {
    await tx.changeRequest.create({
      data: {
        ...where,
        ...data,
        kind: "UPDATE",
        partnerId: model.partnerIdOf(before),
        createdById: viewer.userId,
      },
    });
  }
  await writeAudit(tx, actorOf(viewer), {
    entityType: model.entityType,
    entityId: current.id,
    action: "PROPOSE",
    changes: diffSnapshots(before, values),
    reason: request.reason,
  });
  return current;
}

const notYourPartner = () =>
  ValidationError.field(
    ["partnerId"],
    "NOT_YOUR_PARTNER",
    "Entries can only belong to your own organisation.",
  );

/** A partner editor's change must not hand the entry to another partner. */
function assertStaysWithViewer(viewer: Viewer, model: EditableModel, values: Record<string, unknown>) {
  if (!canEditPartnerRows(viewer, model.partnerIdOf(values))) throw notYourPartner();
}

export function conflict(model: EditableModel, current: EditableRow): ConflictError {
  return new ConflictError(model.entityType, current.id, current.version, model.snapshot(current));
}

/** Re-reads the row for a conflict report (the claimed version failed, so it changed). */
export async function conflictFromStore(tx: Tx, model: EditableModel, id: string): Promise<ConflictError> {
  const row = await loadRow(tx, model, id);
  return row ? conflict(model, row) : new ConflictError(model.entityType, id, 0, {});
}
