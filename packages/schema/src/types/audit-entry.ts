import { isAdmin } from "../auth/viewer.ts";
import { builder } from "../builder.ts";
import type { Context } from "../context.ts";
import { AuditActionEnum, EntityTypeEnum } from "./editing-enums.ts";

export const AuditEntry = builder.prismaObject("AuditEntry", {
  description: "One change in the history. Entries are never changed or deleted.",
  fields: (t) => ({
    id: t.exposeInt("id"),
    at: t.expose("at", { type: "DateTime" }),
    actorLabel: t.exposeString("actorLabel", {
      description: 'Who: an e-mail, "token:<name>", "visitor" or "cli".',
    }),
    actorUserId: t.exposeString("actorUserId", { nullable: true }),
    entityType: t.expose("entityType", { type: EntityTypeEnum }),
    entityId: t.exposeString("entityId"),
    action: t.expose("action", { type: AuditActionEnum }),
    changes: t.field({
      type: "JSON",
      description: 'Field-level diff: {"phone": {"before": "…", "after": "…"}}.',
      resolve: (entry) => entry.changes,
    }),
    reason: t.exposeString("reason", { nullable: true }),
  }),
});

const AuditLogFilter = builder.inputType("AuditLogFilter", {
  fields: (t) => ({
    entityType: t.field({ type: EntityTypeEnum }),
    entityId: t.string(),
    actorUserId: t.string(),
    action: t.field({ type: AuditActionEnum }),
    from: t.field({ type: "DateTime", description: "At or after." }),
    to: t.field({ type: "DateTime", description: "Before." }),
  }),
});

builder.queryField("auditLog", (t) =>
  t.prismaConnection({
    type: "AuditEntry",
    cursor: "id",
    description:
      "Staff: the history, newest first, filtered by record, user, action or date (account entries: admins only).",
    authScopes: { staff: true },
    args: { filter: t.arg({ type: AuditLogFilter }) },
    totalCount: (_parent, args, ctx) =>
      ctx.db.prisma.auditEntry.count({ where: auditWhere(args.filter, ctx) }),
    resolve: (query, _parent, args, ctx) =>
      ctx.db.prisma.auditEntry.findMany({
        ...query,
        where: auditWhere(args.filter, ctx),
        orderBy: { id: "desc" },
      }),
  }),
);

/** Account history (users, tokens) is for admins: editors may not manage accounts. */
const ACCOUNT_ENTITIES = ["USER", "API_TOKEN"] as const;

function auditWhere(filter: typeof AuditLogFilter.$inferInput | null | undefined, ctx: Context) {
  const accounts = isAdmin(ctx.viewer) ? {} : { entityType: { notIn: [...ACCOUNT_ENTITIES] } };
  if (!filter) return accounts;
  return {
    AND: [accounts, contentWhere(filter)],
  };
}

function contentWhere(filter: NonNullable<typeof AuditLogFilter.$inferInput>) {
  return {
    ...(filter.entityType ? { entityType: filter.entityType } : {}),
    ...(filter.entityId ? { entityId: filter.entityId } : {}),
    ...(filter.actorUserId ? { actorUserId: filter.actorUserId } : {}),
    ...(filter.action ? { action: filter.action } : {}),
    ...(filter.from || filter.to
      ? { at: { ...(filter.from ? { gte: filter.from } : {}), ...(filter.to ? { lt: filter.to } : {}) } }
      : {}),
  };
}
