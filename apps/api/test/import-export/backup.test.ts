import { parseBackup, restoreBackup, writeBackup } from "@kausa/schema";
import { describe, expect, it } from "vitest";
import { bearerFor } from "../support/editing-actors.ts";
import { useTestApp } from "../support/test-app.ts";
import { fixture, importFile } from "./support.ts";

const { ctx } = useTestApp();

describe("full backup and restore", () => {
  it("export → change → restore → export again is byte-identical", async () => {
    await importFile(ctx.db, "partners", await fixture("partners.csv"));
    await importFile(ctx.db, "contact-points", await fixture("contact-points.csv"));
    await bearerFor(ctx.db, "ADMIN");
    const user = await ctx.db.prisma.user.create({ data: { email: "backup@example.org", role: "EDITOR" } });
    await ctx.db.prisma.session.create({
      data: { id: "s".repeat(64), userId: user.id, expiresAt: new Date(Date.now() + 60_000) },
    });
    const before = await writeBackup(ctx.db);
    const doc = parseBackup(before);
    expect(Object.keys(doc.tables)).toEqual(
      expect.arrayContaining([
        "Region",
        "District",
        "Place",
        "Partner",
        "AuditEntry",
        "User",
        "ApiToken",
        "_OfferToRegion",
      ]),
    );
    expect(doc.tables).not.toHaveProperty("Session");
    expect(doc.tables.AuditEntry!.length).toBeGreaterThan(0);
    const maxAuditId = Math.max(...doc.tables.AuditEntry!.map((r) => r.id as number));

    // Changes of every kind: updated, created and deleted rows, more history.
    const cp = await ctx.db.prisma.contactPoint.findUniqueOrThrow({ where: { externalKey: "IMP-CP1" } });
    await ctx.db.prisma.contactPoint.update({
      where: { id: cp.id },
      data: { phone: "0365 000000", languages: ["fr"] },
    });
    await ctx.db.prisma.offer.deleteMany({ where: { status: "PUBLISHED" } });
    const csv = (await fixture("contact-points.csv")).toString().replace(/IMP-CP/g, "NEW-CP");
    expect((await importFile(ctx.db, "contact-points", csv)).applied).toBe(true);
    await ctx.db.prisma.user.delete({ where: { id: user.id } });
    expect(await writeBackup(ctx.db)).not.toBe(before);

    const restored = await restoreBackup(ctx.db, before);
    expect(restored.rows).toBeGreaterThan(1000);
    expect(await writeBackup(ctx.db)).toBe(before);
    // Sessions are not restored: everyone logs in again.
    expect(await ctx.db.prisma.session.count()).toBe(0);
    // The history goes on after the restored entries.
    const next = await ctx.db.prisma.auditEntry.create({
      data: { actorLabel: "test", entityType: "PARTNER", entityId: "x", action: "UPDATE" },
    });
    expect(next.id).toBe(maxAuditId + 1);
  });

  it("refuses files that are not a backup, changing nothing", async () => {
    const before = await writeBackup(ctx.db);
    await expect(restoreBackup(ctx.db, "{}")).rejects.toThrow(/not a kausa-backup/);
    await expect(restoreBackup(ctx.db, "externalKey,name\n")).rejects.toThrow(/not a backup/);
    const doc = parseBackup(before);
    doc.migrations = ["19990101000000_other"];
    await expect(restoreBackup(ctx.db, JSON.stringify(doc))).rejects.toThrow(/same version/);
    expect(await writeBackup(ctx.db)).toBe(before);
  });
});
