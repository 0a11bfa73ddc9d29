import { describe, expect, it } from "vitest";
import { useTestApp } from "../support/test-app.ts";
import { fixture, importAudits, importFile } from "./support.ts";

const { ctx } = useTestApp();

describe("importing lists (CSV)", () => {
  it("imports partners, contact points and offers, audited, as drafts", async () => {
    const partners = await importFile(ctx.db, "partners", await fixture("partners.csv"));
    expect(partners).toMatchObject({
      applied: true,
      rows: 2,
      created: 2,
      updated: 0,
      unchanged: 0,
      problems: [],
    });
    const points = await importFile(ctx.db, "contact-points", await fixture("contact-points.csv"));
    expect(points).toMatchObject({ applied: true, rows: 2, created: 2, problems: [] });
    const offers = await importFile(ctx.db, "offers", await fixture("offers.csv"));
    expect(offers).toMatchObject({ applied: true, rows: 1, created: 1, problems: [] });

    const cp = await ctx.db.prisma.contactPoint.findUniqueOrThrow({
      where: { externalKey: "IMP-CP1" },
      include: { partner: true },
    });
    expect(cp).toMatchObject({
      status: "DRAFT",
      postcode: "07545",
      districtKey: "16052",
      geoPrecision: "PLACE",
      languages: ["de", "ar", "uk"],
      services: ["TRAINING_COUNSELLING", "APPLICATION_HELP"],
      wheelchairAccessible: true,
      appointmentRequired: false,
      openingHours: [
        { day: 1, opens: "09:00", closes: "12:00" },
        { day: 2, opens: "13:00", closes: "16:00" },
      ],
      openingHoursNote: { de: "Termine nach Vereinbarung", en: "By appointment" },
    });
    expect(cp.partner.externalKey).toBe("IMP-P1");
    const cp2 = await ctx.db.prisma.contactPoint.findUniqueOrThrow({ where: { externalKey: "IMP-CP2" } });
    expect(cp2.openingHours).toHaveLength(5);
    const partner2 = await ctx.db.prisma.partner.findUniqueOrThrow({
      where: { externalKey: "IMP-P2" },
      include: { regions: true },
    });
    expect(partner2.type).toBe("EDUCATION_PROVIDER");
    expect(partner2.regions.map((r) => r.id).sort()).toEqual(["mittelthueringen", "nordthueringen"]);
    const offer = await ctx.db.prisma.offer.findUniqueOrThrow({
      where: { externalKey: "IMP-O1" },
      include: { contactPoints: true },
    });
    expect(offer.startsAt?.toISOString()).toBe("2027-03-01T00:00:00.000Z");
    expect(offer.contactPoints.map((c) => c.id)).toEqual([cp.id]);
    expect(offer.title).toEqual({ de: "Bewerbungstraining", en: "Application training" });

    const audits = await ctx.db.prisma.auditEntry.findMany({ where: { action: "IMPORT", entityId: cp.id } });
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({ actorLabel: "cli", entityType: "CONTACT_POINT" });
    expect((audits[0]!.changes as Record<string, unknown>).name).toEqual({
      before: null,
      after: "JMD Gera Beratung",
    });
  });

  it("re-importing the same files changes nothing and writes no history", async () => {
    const before = await importAudits(ctx.db);
    for (const [type, file] of [
      ["partners", "partners.csv"],
      ["contact-points", "contact-points.csv"],
      ["offers", "offers.csv"],
    ] as const) {
      const report = await importFile(ctx.db, type, await fixture(file));
      expect(report.problems).toEqual([]);
      expect(report).toMatchObject({ created: 0, updated: 0 });
      expect(report.unchanged).toBe(report.rows);
    }
    expect(await importAudits(ctx.db)).toBe(before);
  });

  it("updates a changed row in place (same id, version + 1) and audits only the changed fields", async () => {
    const stored = await ctx.db.prisma.contactPoint.findUniqueOrThrow({ where: { externalKey: "IMP-CP1" } });
    const csv = (await fixture("contact-points.csv")).toString().replace("0365 123456", "0365 654321");
    const report = await importFile(ctx.db, "contact-points", csv);
    expect(report).toMatchObject({ applied: true, created: 0, updated: 1, unchanged: 1, problems: [] });
    const updated = await ctx.db.prisma.contactPoint.findUniqueOrThrow({ where: { externalKey: "IMP-CP1" } });
    expect(updated).toMatchObject({ id: stored.id, version: stored.version + 1, phone: "0365 654321" });
    const last = await ctx.db.prisma.auditEntry.findFirstOrThrow({
      where: { action: "IMPORT", entityId: stored.id },
      orderBy: { id: "desc" },
    });
    expect(last.changes).toEqual({ phone: { before: "0365 123456", after: "0365 654321" } });
  });

  it("reports every problem by row and column, and then applies nothing", async () => {
    const before = await importAudits(ctx.db);
    const csv = [
      "externalKey,partnerKey,name,postcode,city,phone,email,openingHours,openingHoursNote_en,languages,services,wheelchairAccessible,lat",
      "BAD-1,IMP-P1,Gut,99084,Erfurt,,,,,,,,",
      "BAD-2,NO-SUCH-PARTNER, ,12345,Berlin,call me,not-an-email,Mo 12:00-09:00,only english,deutsch,FLYING,vielleicht,abc",
      ",IMP-P1,No key,99084,Erfurt,,,,,,,,",
      "BAD-1,IMP-P1,Twice,99084,Erfurt,,,,,,,,",
      "BAD-5,IMP-P1,Hours,99084,Erfurt,,,Montag früh,,,,,",
    ].join("\n");
    const report = await importFile(ctx.db, "contact-points", csv);
    expect(report.applied).toBe(false);
    const found = report.problems.map((p) => `${p.row}:${p.column}:${p.code}`);
    expect(found).toEqual(
      expect.arrayContaining([
        "3:partnerKey:NOT_FOUND",
        "3:name:REQUIRED",
        "3:phone:INVALID_PHONE",
        "3:email:INVALID_EMAIL",
        "3:openingHours:CLOSES_BEFORE_OPENS",
        "3:openingHoursNote_de:REQUIRED",
        "3:languages:INVALID_FORMAT",
        "3:services:INVALID_VALUE",
        "3:wheelchairAccessible:INVALID_BOOLEAN",
        "3:lat:INVALID_NUMBER",
        "4:externalKey:REQUIRED",
        "5:externalKey:DUPLICATE_KEY",
        "6:openingHours:INVALID_OPENING_HOURS",
      ]),
    );
    expect(found.every((p) => !p.startsWith("2:"))).toBe(true);
    expect(await ctx.db.prisma.contactPoint.count({ where: { externalKey: "BAD-1" } })).toBe(0);
    expect(await importAudits(ctx.db)).toBe(before);
  });

  it("a dry run reports what would happen and writes nothing", async () => {
    const csv = "externalKey,partnerKey,name,postcode,city\nDRY-1,IMP-P1,Trocken,99084,Erfurt\n";
    const report = await importFile(ctx.db, "contact-points", csv, { dryRun: true });
    expect(report).toEqual({
      dryRun: true,
      applied: false,
      rows: 1,
      created: 1,
      updated: 0,
      unchanged: 0,
      problems: [],
    });
    expect(await ctx.db.prisma.contactPoint.count({ where: { externalKey: "DRY-1" } })).toBe(0);
  });

  it("refuses unknown columns and a file without externalKey", async () => {
    const report = await importFile(ctx.db, "contact-points", "name,phon,# my notes\nX,123,whatever\n");
    expect(report.problems.map((p) => `${p.row}:${p.column}:${p.code}`)).toEqual([
      "1:phon:UNKNOWN_COLUMN",
      "1:externalKey:MISSING_COLUMN",
    ]);
  });

  it("publishes new rows on request", async () => {
    const csv = "externalKey;partnerKey;name;postcode;city\nPUB-1;IMP-P1;Veröffentlicht;04600;Altenburg\n";
    const report = await importFile(ctx.db, "contact-points", csv, { publish: true });
    expect(report).toMatchObject({ applied: true, created: 1 });
    const row = await ctx.db.prisma.contactPoint.findUniqueOrThrow({ where: { externalKey: "PUB-1" } });
    expect(row).toMatchObject({ status: "PUBLISHED", postcode: "04600" });
  });
});
