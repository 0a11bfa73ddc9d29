import { deleteExpiredPersonalData } from "@kausa/schema";
import { describe, expect, it } from "vitest";
import { twoPartners } from "../support/editing-actors.ts";
import { useTestApp } from "../support/test-app.ts";

const { ctx } = useTestApp();

describe("personal data is deleted on time", () => {
  it("deletes closed visitor reports after the retention period, keeps open and recent ones", async () => {
    const { partnerA, contactPointA } = await twoPartners(ctx.db);
    const day = 86_400_000;
    const report = (
      status: "OPEN" | "RESOLVED" | "DISMISSED",
      resolvedDaysAgo: number | null,
      message: string,
    ) =>
      ctx.db.prisma.outdatedReport.create({
        data: {
          entityType: "CONTACT_POINT",
          entityId: contactPointA,
          partnerId: partnerA,
          reason: "OTHER",
          message,
          status,
          resolvedAt: resolvedDaysAgo === null ? null : new Date(Date.now() - resolvedDaysAgo * day),
        },
      });
    await report("OPEN", null, "open");
    await report("RESOLVED", 10, "recent");
    await report("RESOLVED", 200, "old resolved");
    await report("DISMISSED", 181, "old dismissed");
    const deleted = await deleteExpiredPersonalData(ctx.db, { closedReportDays: 180 });
    expect(deleted.reports).toBe(2);
    const left = await ctx.db.prisma.outdatedReport.findMany({
      select: { message: true },
      orderBy: { message: "asc" },
    });
    expect(left.map((r) => r.message)).toEqual(["open", "recent"]);
  });
});
