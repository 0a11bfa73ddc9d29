import type { AuditAction, EntityType, Prisma } from "@kausa/db";
import type { Viewer } from "../auth/viewer.ts";

/** A Prisma transaction client (the history is written in the same transaction as the change). */
export type Tx = Prisma.TransactionClient;

export type Snapshot = Record<string, unknown>;
export type FieldDiff = Record<string, { before: unknown; after: unknown }>;

/** Who a history entry names: the user, the token, or the command line / a visitor. */
export interface Actor {
  userId: string | null;
  tokenId: string | null;
  label: string;
}

export const actorOf = (viewer: Viewer): Actor => ({
  userId: viewer.userId,
  tokenId: viewer.tokenId,
  label: viewer.label,
});

export const VISITOR: Actor = { userId: null, tokenId: null, label: "visitor" };

/** The fields whose values differ (JSON-equal counts as equal), with before and after. */
export function diffSnapshots(before: Snapshot | null, after: Snapshot | null): FieldDiff {
  const diff: FieldDiff = {};
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  for (const key of keys) {
    const a = before?.[key] ?? null;
    const b = after?.[key] ?? null;
    if (JSON.stringify(a) !== JSON.stringify(b)) diff[key] = { before: a, after: b };
  }
  return diff;
}

export interface AuditRecord {
  entityType: EntityType;
  entityId: string;
  action: AuditAction;
  changes?: FieldDiff;
  reason?: string | null;
}

/** Appends one history entry (the table refuses updates and deletes). */
export async function writeAudit(tx: Tx, actor: Actor, record: AuditRecord): Promise<void> {
  await tx.auditEntry.create({
    data: {
      actorUserId: actor.userId,
      actorTokenId: actor.tokenId,
      actorLabel: actor.label,
      entityType: record.entityType,
      entityId: record.entityId,
      action: record.action,
      changes: (record.changes ?? {}) as Prisma.InputJsonValue,
      reason: record.reason ?? null,
    },
  });
}
