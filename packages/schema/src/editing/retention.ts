// Personal data is kept no longer than needed (GDPR Art. 5(1)(e)). Visitor reports may contain
// whatever a visitor typed, so closed ones are deleted after a while; used or expired
// set-password links serve no purpose. The history (AuditEntry) is kept: it is the record of who
// changed public information, and holds no visitor data.
import type { Database } from "@kausa/db";

export interface RetentionPolicy {
  /** Closed visitor reports are deleted this many days after they were closed. */
  closedReportDays: number;
}

export const DEFAULT_RETENTION: RetentionPolicy = { closedReportDays: 180 };

export async function deleteExpiredPersonalData(db: Database, policy = DEFAULT_RETENTION, now = new Date()) {
  const reportCutoff = new Date(now.getTime() - policy.closedReportDays * 86_400_000);
  const reports = await db.prisma.outdatedReport.deleteMany({
    where: { status: { not: "OPEN" }, resolvedAt: { lt: reportCutoff } },
  });
  const links = await db.prisma.passwordToken.deleteMany({
    where: { OR: [{ usedAt: { not: null } }, { expiresAt: { lt: now } }] },
  });
  return { reports: reports.count, passwordLinks: links.count };
}
