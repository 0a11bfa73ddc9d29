// Visitors report outdated details; staff (or the partner's editors) resolve the reports.
import type { ReportReason } from "@kausa/db";
import { forbidden } from "../auth/scopes.ts";
import { canEditPartnerRows, isStaff } from "../auth/viewer.ts";
import type { Context } from "../context.ts";
import { requireViewer } from "./access.ts";
import { actorOf, VISITOR, writeAudit } from "./audit.ts";
import { StateError, ValidationError } from "./errors.ts";
import { notFound } from "./not-found.ts";
import { inTransaction } from "./transaction.ts";

export const REPORT_MESSAGE_MAX = 500;

/** Only published entries can be reported, and only what a visitor can see. No personal data is stored. */
export async function reportOutdated(
  ctx: Context,
  target: { typename: string; id: string },
  reason: ReportReason,
  message: string | null | undefined,
) {
  const text = message?.trim() ?? "";
  if (text.length > REPORT_MESSAGE_MAX) {
    throw ValidationError.field(["message"], "TOO_LONG", `At most ${REPORT_MESSAGE_MAX} characters.`);
  }
  const entity =
    target.typename === "ContactPoint"
      ? await ctx.db.prisma.contactPoint.findFirst({
          where: { id: target.id, status: "PUBLISHED", partner: { status: "PUBLISHED" } },
          select: { id: true, partnerId: true },
        })
      : target.typename === "Offer"
        ? await ctx.db.prisma.offer.findFirst({
            where: { id: target.id, status: "PUBLISHED", partner: { status: "PUBLISHED" } },
            select: { id: true, partnerId: true },
          })
        : null;
  if (!entity)
    throw ValidationError.field(
      ["id"],
      "NOT_FOUND",
      "Only published contact points and offers can be reported.",
    );
  const entityType = target.typename === "ContactPoint" ? "CONTACT_POINT" : "OFFER";
  return inTransaction(ctx, async (tx) => {
    const report = await tx.outdatedReport.create({
      data: { entityType, entityId: entity.id, partnerId: entity.partnerId, reason, message: text || null },
    });
    await writeAudit(tx, VISITOR, { entityType, entityId: entity.id, action: "REPORT", changes: {}, reason });
    return report;
  });
}

export async function resolveReport(
  ctx: Context,
  id: string,
  dismiss: boolean,
  note: string | null | undefined,
) {
  const viewer = requireViewer(ctx);
  return inTransaction(ctx, async (tx) => {
    const report = await tx.outdatedReport.findUnique({ where: { id } });
    if (!report || !canEditPartnerRows(viewer, report.partnerId)) throw notFound("OutdatedReport", id);
    if (report.status !== "OPEN") throw new StateError("This report is already closed.", report.status);
    // Partner editors mark reports as fixed; calling one unfounded is KAUSA staff's decision.
    if (dismiss && !isStaff(viewer)) throw forbidden("Only KAUSA staff may dismiss a report.");
    const resolved = await tx.outdatedReport.update({
      where: { id },
      data: {
        status: dismiss ? "DISMISSED" : "RESOLVED",
        resolvedAt: new Date(),
        resolvedById: viewer.userId,
        resolution: note?.trim().slice(0, REPORT_MESSAGE_MAX) || null,
      },
    });
    await writeAudit(tx, actorOf(viewer), {
      entityType: report.entityType,
      entityId: report.entityId,
      action: "RESOLVE_REPORT",
      changes: { report: { before: "OPEN", after: resolved.status } },
      reason: resolved.resolution,
    });
    return resolved;
  });
}
