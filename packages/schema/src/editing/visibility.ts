import { isStaff, type Viewer } from "../auth/viewer.ts";
import type { EditableModel } from "./entity-model.ts";

/** The column that names a row's partner, per editable type (networks belong to no partner). */
const PARTNER_COLUMN: Record<EditableModel["typeName"], string | null> = {
  ContactPoint: "partnerId",
  Offer: "partnerId",
  Partner: "id",
  Network: null,
};

/**
 * The rows of a type a viewer may see in the editing views, drafts included: staff all, a
 * partner editor their organisation's, anyone else none.
 */
export function editableRowsWhere(viewer: Viewer | null, typeName: EditableModel["typeName"]): object {
  if (isStaff(viewer)) return {};
  const column = PARTNER_COLUMN[typeName];
  if (viewer?.role === "PARTNER_EDITOR" && viewer.partnerId && column) return { [column]: viewer.partnerId };
  return { id: { in: [] } };
}
