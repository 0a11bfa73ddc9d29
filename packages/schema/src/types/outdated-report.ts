import { isStaff } from "../auth/viewer.ts";
import { builder } from "../builder.ts";
import { StateError, ValidationError } from "../editing/errors.ts";
import { REPORT_MESSAGE_MAX, reportOutdated, resolveReport } from "../editing/reports.ts";
import { EntityTypeEnum, ReportReasonEnum, ReportStatusEnum } from "./editing-enums.ts";

export const OutdatedReport = builder.prismaObject("OutdatedReport", {
  description: "A visitor's note that something is out of date. Holds no personal data.",
  fields: (t) => ({
    id: t.exposeID("id"),
    entityType: t.expose("entityType", { type: EntityTypeEnum }),
    entityId: t.exposeString("entityId"),
    reason: t.expose("reason", { type: ReportReasonEnum }),
    message: t.exposeString("message", { nullable: true }),
    status: t.expose("status", { type: ReportStatusEnum }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    resolvedAt: t.expose("resolvedAt", { type: "DateTime", nullable: true }),
    resolution: t.exposeString("resolution", { nullable: true }),
  }),
});

const Receipt = builder.objectRef<{ received: boolean }>("OutdatedReportReceipt").implement({
  description: "The report was stored; KAUSA staff will check it.",
  fields: (t) => ({ received: t.exposeBoolean("received") }),
});

builder.mutationField("reportOutdated", (t) =>
  t.field({
    type: Receipt,
    errors: { types: [ValidationError] },
    description: `Anyone: reports that a published contact point or offer is out of date. No name or e-mail is asked; \`message\` (at most ${REPORT_MESSAGE_MAX} characters) is stored as plain text.`,
    args: {
      id: t.arg.globalID({ required: true, description: "A ContactPoint or Offer ID." }),
      reason: t.arg({ type: ReportReasonEnum, required: true }),
      message: t.arg.string(),
    },
    resolve: async (_root, args, ctx) => {
      await reportOutdated(ctx, args.id, args.reason, args.message);
      return { received: true };
    },
  }),
);

builder.mutationField("resolveReport", (t) =>
  t.prismaField({
    type: "OutdatedReport",
    errors: { types: [StateError] },
    description: "Closes a visitor report: RESOLVED (fixed) or, with dismiss, DISMISSED (not a problem).",
    authScopes: { loggedIn: true },
    args: { id: t.arg.id({ required: true }), dismiss: t.arg.boolean(), note: t.arg.string() },
    resolve: (_query, _root, args, ctx) =>
      resolveReport(ctx, String(args.id), args.dismiss === true, args.note),
  }),
);

builder.queryField("outdatedReports", (t) =>
  t.prismaConnection({
    type: "OutdatedReport",
    cursor: "id",
    description:
      "Visitor reports (default: open ones), oldest first. Partner editors see their organisation's.",
    authScopes: { loggedIn: true },
    args: { status: t.arg({ type: [ReportStatusEnum] }) },
    totalCount: (_parent, args, ctx) =>
      ctx.db.prisma.outdatedReport.count({ where: reportWhere(ctx, args.status) }),
    resolve: (query, _parent, args, ctx) =>
      ctx.db.prisma.outdatedReport.findMany({
        ...query,
        where: reportWhere(ctx, args.status),
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      }),
  }),
);

function reportWhere(ctx: import("../context.ts").Context, status: readonly string[] | null | undefined) {
  const statuses = (status?.length ? status : ["OPEN"]) as ("OPEN" | "RESOLVED" | "DISMISSED")[];
  const own = isStaff(ctx.viewer) ? {} : { partnerId: ctx.viewer?.partnerId ?? "-" };
  return { status: { in: statuses }, ...own };
}
