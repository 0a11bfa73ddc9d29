import { isStaff } from "../auth/viewer.ts";
import { builder } from "../builder.ts";
import { approveChange, rejectChange } from "../editing/review.ts";
import { ChangeKindEnum, ChangeStatusEnum, EntityTypeEnum } from "./editing-enums.ts";
import { CHANGE_ERRORS } from "./editing-errors.ts";

export const ChangeRequest = builder.prismaObject("ChangeRequest", {
  description:
    "A review item: a partner editor's new entry (PUBLISH) or proposed change of a published one (UPDATE).",
  fields: (t) => ({
    id: t.exposeID("id"),
    entityType: t.expose("entityType", { type: EntityTypeEnum }),
    entityId: t.exposeString("entityId"),
    kind: t.expose("kind", { type: ChangeKindEnum }),
    status: t.expose("status", { type: ChangeStatusEnum }),
    proposed: t.field({
      type: "JSON",
      description: "UPDATE: the proposed values, keyed like the update input (compare with the entry).",
      resolve: (request) => request.proposed,
    }),
    baseVersion: t.exposeInt("baseVersion"),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    submittedAt: t.expose("submittedAt", { type: "DateTime", nullable: true }),
    decidedAt: t.expose("decidedAt", { type: "DateTime", nullable: true }),
    decisionComment: t.exposeString("decisionComment", { nullable: true }),
  }),
});

builder.queryField("reviewQueue", (t) =>
  t.prismaConnection({
    type: "ChangeRequest",
    cursor: "id",
    description:
      "Staff: review items, oldest submission first (default: the open ones). Partner editors: their own.",
    authScopes: { loggedIn: true },
    args: { status: t.arg({ type: [ChangeStatusEnum] }) },
    totalCount: (_parent, args, ctx) =>
      ctx.db.prisma.changeRequest.count({ where: queueWhere(ctx, args.status) }),
    resolve: (query, _parent, args, ctx) =>
      ctx.db.prisma.changeRequest.findMany({
        ...query,
        where: queueWhere(ctx, args.status),
        orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
      }),
  }),
);

builder.queryField("changeRequest", (t) =>
  t.prismaField({
    type: "ChangeRequest",
    nullable: true,
    description:
      "One review item by id (for a link to it). Staff: any; partner editors: their organisation's; otherwise null.",
    authScopes: { loggedIn: true },
    args: { id: t.arg.id({ required: true }) },
    resolve: (query, _root, args, ctx) => {
      const viewer = ctx.viewer;
      const own = isStaff(viewer) ? {} : { partnerId: viewer?.partnerId ?? "-" };
      return ctx.db.prisma.changeRequest.findFirst({ ...query, where: { id: String(args.id), ...own } });
    },
  }),
);

function queueWhere(ctx: import("../context.ts").Context, status: readonly string[] | null | undefined) {
  const statuses = (status?.length ? status : ["OPEN"]) as ("DRAFT" | "OPEN" | "APPROVED" | "REJECTED")[];
  const viewer = ctx.viewer;
  // Partner editors see their own organisation's items; nobody else but staff sees any.
  const own = isStaff(viewer) ? {} : { partnerId: viewer?.partnerId ?? "-" };
  return { status: { in: statuses }, ...own };
}

builder.mutationField("approveChange", (t) =>
  t.prismaField({
    type: "ChangeRequest",
    errors: { types: CHANGE_ERRORS },
    description:
      "Staff: publishes the entry or applies the proposed change (ConflictError if the entry changed since).",
    authScopes: { staff: true },
    args: { id: t.arg.id({ required: true }), comment: t.arg.string() },
    resolve: (_query, _root, args, ctx) => approveChange(ctx, String(args.id), args.comment),
  }),
);

builder.mutationField("rejectChange", (t) =>
  t.prismaField({
    type: "ChangeRequest",
    errors: { types: CHANGE_ERRORS },
    description: "Staff: sends the item back with a comment (required); a new entry returns to DRAFT.",
    authScopes: { staff: true },
    args: { id: t.arg.id({ required: true }), comment: t.arg.string({ required: true }) },
    resolve: (_query, _root, args, ctx) => rejectChange(ctx, String(args.id), args.comment),
  }),
);
