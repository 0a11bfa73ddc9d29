// Fields the editing views need on the four editable types. `status` and `version` are harmless
// in public (public rows are always PUBLISHED); the rest is for the row's editors only.
import { canEditPartnerRows } from "../auth/viewer.ts";
import { builder } from "../builder.ts";
import type { Context } from "../context.ts";
import type { EditableModel } from "../editing/entity-model.ts";
import { PublicationStatusEnum } from "./editing-enums.ts";

export function addEditorFields(model: EditableModel) {
  const T = model.typeName;
  type Row = { id: string; partnerId?: string | null };
  // What the access check reads of the row: types that load only the selected columns
  // (ContactPoint) must load the owner too, or a partner's editor would be refused.
  const ownerSelect = (T === "ContactPoint" || T === "Offer" ? { partnerId: true } : {}) as never;
  const mayEdit = (row: Row, _args: unknown, ctx: Context) =>
    canEditPartnerRows(
      ctx.viewer,
      T === "Partner" ? row.id : T === "Network" ? null : (row.partnerId ?? null),
    );

  builder.prismaObjectFields(T as "ContactPoint", (t) => ({
    status: t.expose("status", { type: PublicationStatusEnum }),
    ...(T === "ContactPoint"
      ? {}
      : { lastVerifiedAt: t.expose("lastVerifiedAt", { type: "DateTime", nullable: true }) }),
    version: t.exposeInt("version", { description: "Send it with every update (optimistic concurrency)." }),
    verifiedBy: t.prismaField({
      type: "User",
      nullable: true,
      description: "Who last confirmed the entry (editors of the entry only; null for tokens and imports).",
      authScopes: mayEdit as never,
      select: { ...(ownerSelect as object), verifiedById: true } as never,
      // Prisma batches these findUnique calls of one request into one statement.
      resolve: (query, row, _args, ctx) => {
        const id = (row as { verifiedById?: string | null }).verifiedById;
        return id ? ctx.db.prisma.user.findUnique({ ...query, where: { id } }) : null;
      },
    }),
    externalKey: t.string({
      nullable: true,
      description: "The key of an imported list (re-imports update by it).",
      authScopes: mayEdit as never,
      select: { ...(ownerSelect as object), externalKey: true } as never,
      resolve: (row) => (row as { externalKey?: string | null }).externalKey ?? null,
    }),
    history: t.prismaField({
      type: ["AuditEntry"],
      description: "This entry's history, newest first (editors of the entry only).",
      authScopes: mayEdit as never,
      select: ownerSelect,
      args: { first: t.arg.int({ defaultValue: 50 }) },
      complexity: { field: 1, multiplier: 50 },
      resolve: (query, row, args, ctx) =>
        ctx.db.prisma.auditEntry.findMany({
          ...query,
          where: { entityType: model.entityType, entityId: row.id },
          orderBy: { id: "desc" },
          take: Math.min(Math.max(args.first ?? 50, 1), 200),
        }),
    }),
    pendingChanges: t.prismaField({
      type: ["ChangeRequest"],
      description: "Proposals and submissions of this entry waiting for review (editors of the entry only).",
      authScopes: mayEdit as never,
      select: ownerSelect,
      resolve: (query, row, _args, ctx) =>
        ctx.db.prisma.changeRequest.findMany({
          ...query,
          where: { entityType: model.entityType, entityId: row.id, status: { in: ["DRAFT", "OPEN"] } },
          orderBy: { createdAt: "asc" },
        }),
    }),
    openReports: t.prismaField({
      type: ["OutdatedReport"],
      description: "Open visitor reports about this entry (editors of the entry only).",
      authScopes: mayEdit as never,
      select: ownerSelect,
      resolve: (query, row, _args, ctx) =>
        ctx.db.prisma.outdatedReport.findMany({
          ...query,
          where: { entityType: model.entityType, entityId: row.id, status: "OPEN" },
          orderBy: { createdAt: "asc" },
        }),
    }),
  }));
}
