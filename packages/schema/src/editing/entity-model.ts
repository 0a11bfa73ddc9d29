import type { EntityType } from "@kausa/db";
import type { Snapshot, Tx } from "./audit.ts";

/** The delegates of the four editable models, as one shape (they share these operations). */
export type EditableDelegateName = "partner" | "contactPoint" | "offer" | "network";

/** A stored row as the pipeline sees it: the columns every editable model has. */
export interface EditableRow {
  id: string;
  status: "DRAFT" | "IN_REVIEW" | "PUBLISHED" | "ARCHIVED";
  version: number;
  [column: string]: unknown;
}

/**
 * What the editing pipeline (changes.ts, status-changes.ts, review.ts) needs to know about one
 * editable type. Each type describes itself in editing/models/<type>.ts.
 */
export interface EditableModel {
  entityType: EntityType;
  /** GraphQL type name; mutations are named after it (createContactPoint …). */
  typeName: "Partner" | "ContactPoint" | "Offer" | "Network";
  delegate: EditableDelegateName;
  /** Relations a snapshot needs (many-to-many ids). */
  include?: Record<string, unknown>;
  /** The editable values of a row, keyed like the input (history, conflicts, restore). */
  snapshot(row: EditableRow): Snapshot;
  /** The partner whose editors may edit the row; null: staff only (networks, partners' creation). */
  partnerIdOf(values: Snapshot): string | null;
  /**
   * Validates `input` (the whole entry on create, changed fields on update) merged over
   * `current`, and returns the complete new values. Throws ValidationError.
   */
  parse(input: Record<string, unknown>, current: Snapshot | null, tx: Tx): Promise<Snapshot>;
  /** Prisma create/update data for complete values. */
  toData(values: Snapshot, mode: "create" | "update"): Record<string, unknown>;
}
