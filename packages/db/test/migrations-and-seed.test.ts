import { deriveDistrictKey } from "@kausa/geo";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  applyMigrations,
  PartnerType,
  readMigrations,
  Service,
  seedIfEmpty,
  TargetGroup,
} from "../src/index.ts";
import { createTestDatabase, type TestDatabase } from "../src/testing/test-database.ts";

describe("migrations and seed", () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase({ seed: false });
  });
  afterAll(() => t.dispose());

  it("applies every migration once and records it where Prisma looks", async () => {
    const all = (await readMigrations()).map((m) => m.name);
    expect(await applyMigrations(t.db)).toEqual(all);
    expect(await applyMigrations(t.db)).toEqual([]);
    const rows = await t.db.query<{ migration_name: string; finished_at: Date | null }>(
      `SELECT migration_name, finished_at FROM "_prisma_migrations" ORDER BY migration_name`,
    );
    expect(rows.map((r) => r.migration_name)).toEqual(all);
    expect(rows.every((r) => r.finished_at)).toBe(true);
  });

  it("seeds reference and sample data into an empty database, and never again", async () => {
    const first = await seedIfEmpty(t.db);
    expect(first.referenceData).toBe(true);
    expect(first.sampleData?.contactPoints).toBeGreaterThanOrEqual(150);
    expect(await t.db.prisma.district.count()).toBe(22);
    expect(await t.db.prisma.place.count()).toBe(1041);

    await t.db.prisma.partner.update({ where: { id: "partner-kausa-thueringen" }, data: { name: "Edited" } });
    const second = await seedIfEmpty(t.db);
    expect(second).toEqual({ referenceData: false, sampleData: null });
    const kausa = await t.db.prisma.partner.findUniqueOrThrow({ where: { id: "partner-kausa-thueringen" } });
    expect(kausa.name).toBe("Edited");
  });

  it("marks sample data as sample and keeps the one real entry as given", async () => {
    const real = await t.db.prisma.contactPoint.findMany({ where: { isSample: false } });
    expect(real).toHaveLength(1);
    expect(real[0]).toMatchObject({
      street: "Hochheimer Straße 47",
      postcode: "99094",
      city: "Erfurt",
      phone: "0361 60155334",
      email: "kausa@bwtw.de",
    });
    const samplePartners = await t.db.prisma.partner.findMany({ where: { isSample: true } });
    expect(samplePartners.every((p) => p.name.includes("Beispiel"))).toBe(true);
    const sampleCps = await t.db.prisma.contactPoint.findMany({ where: { isSample: true } });
    expect(sampleCps.every((c) => c.email?.endsWith("@example.org"))).toBe(true);
  });

  it("has every partner type, service and target group, and districts derived from coordinates", async () => {
    const partnerTypes = await t.db.query<{ t: string }>(`SELECT DISTINCT type::text AS t FROM "Partner"`);
    expect(partnerTypes.map((r) => r.t).sort()).toEqual(Object.values(PartnerType).sort());
    const services = await t.db.query<{ s: string }>(
      `SELECT DISTINCT unnest(services)::text AS s FROM "ContactPoint"`,
    );
    expect(services.map((r) => r.s).sort()).toEqual(Object.values(Service).sort());
    const groups = await t.db.query<{ g: string }>(
      `SELECT DISTINCT unnest("targetGroups")::text AS g FROM "ContactPoint"`,
    );
    expect(groups.map((r) => r.g).sort()).toEqual(Object.values(TargetGroup).sort());
    for (const cp of await t.db.prisma.contactPoint.findMany()) {
      expect(cp.districtKey).toBe(deriveDistrictKey(cp));
    }
  });

  it("covers every district, weighted to rural ones, every kind of offer and ≥ 8 languages", async () => {
    const perDistrict = await t.db.query<{ key: string; rural: boolean; n: number }>(
      `SELECT d.key, d.rural, count(cp.id)::int AS n FROM "District" d
       LEFT JOIN "ContactPoint" cp ON cp."districtKey" = d.key AND cp.status = 'PUBLISHED' GROUP BY d.key, d.rural`,
    );
    expect(perDistrict).toHaveLength(22);
    expect(perDistrict.every((d) => d.n > 0)).toBe(true);
    const rural = perDistrict.filter((d) => d.rural).reduce((s, d) => s + d.n, 0);
    expect(rural / perDistrict.reduce((s, d) => s + d.n, 0)).toBeGreaterThan(0.9);
    const kinds = await t.db.prisma.offer.groupBy({ by: ["kind"], _count: true });
    expect(kinds).toHaveLength(8);
    expect(await t.db.prisma.offer.count()).toBeGreaterThanOrEqual(60);
    const [languages] = await t.db.query<{ n: number }>(
      `SELECT count(DISTINCT l)::int AS n FROM "ContactPoint", unnest(languages) l`,
    );
    expect(languages?.n).toBeGreaterThanOrEqual(8);
    const trainings = await t.db.prisma.offer.findMany({ where: { kind: "TRAINING" } });
    expect(trainings.every((o) => o.startsAt && o.startsAt > new Date())).toBe(true);
    expect(await t.db.prisma.network.count({ where: { kind: "REGIONAL_ADVISORY_BOARD" } })).toBe(4);
    expect(
      await t.db.prisma.network.count({ where: { kind: "REGIONAL_WORKING_GROUP" } }),
    ).toBeGreaterThanOrEqual(6);
  });
});
