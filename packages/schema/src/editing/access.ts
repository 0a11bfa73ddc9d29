import { forbidden, unauthenticated } from "../auth/scopes.ts";
import { canEditPartnerRows, isStaff, type Viewer } from "../auth/viewer.ts";
import type { Context } from "../context.ts";
import type { EditableModel, EditableRow } from "./entity-model.ts";
import { notFound } from "./not-found.ts";

/** The viewer, or 401. */
export function requireViewer(ctx: Context): Viewer {
  if (!ctx.viewer) throw unauthenticated();
  return ctx.viewer;
}

/** The viewer if they are staff, or 401/403. */
export function requireStaff(ctx: Context): Viewer {
  const viewer = requireViewer(ctx);
  if (!isStaff(viewer)) throw forbidden("Only KAUSA staff may do this.");
  return viewer;
}

/**
 * Refuses rows the viewer may not edit. Another partner's row answers "not found", as if it did
 * not exist: a partner editor learns nothing about other partners' drafts.
 */
export function assertCanEdit(
  viewer: Viewer,
  model: EditableModel,
  row: EditableRow | null,
  id: string,
): EditableRow {
  if (!row) throw notFound(model.typeName, id);
  if (!canEditPartnerRows(viewer, model.partnerIdOf(model.snapshot(row)))) throw notFound(model.typeName, id);
  return row;
}
