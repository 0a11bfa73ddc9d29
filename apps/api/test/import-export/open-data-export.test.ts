import { readWorkbook } from "@kausa/schema";
import { describe, expect, it } from "vitest";
import { useTestApp } from "../support/test-app.ts";
import { fixture, importAudits, importFile } from "./support.ts";

const { ctx } = useTestApp();

const get = (path: string, init: RequestInit = {}) => ctx.yoga.fetch(`http://localhost${path}`, init);

async function sheetOf(body: ArrayBuffer | Buffer, name?: string) {
  const sheets = await readWorkbook(Buffer.isBuffer(body) ? body : Buffer.from(body));
  return name ? sheets.find((s) => s.name === name) : sheets[0];
}

const publicContactPoints = () =>
  ctx.db.prisma.contactPoint.count({ where: { status: "PUBLISHED", partner: { status: "PUBLISHED" } } });

describe("open-data exports", () => {
  it("serves published contact points as CSV with licence, file name and ETag", async () => {
    await importFile(ctx.db, "partners", await fixture("partners.csv"));
    await importFile(ctx.db, "contact-points", await fixture("contact-points.csv")); // drafts: not exported
    const response = await get("/export/contact-points.csv");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe(
      'attachment; filename="kausa-contact-points.csv"',
    );
    expect(response.headers.get("link")).toContain('rel="license"');
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    const text = await response.text();
    const lines = text.trimEnd().split("\r\n");
    expect(lines[0]).toMatch(
      /^externalKey,partnerKey,name,street,postcode,city,lat,lng,geoPrecision,districtKey,/,
    );
    expect(lines[0]).toMatch(/,licence,attribution$/);
    expect(lines.length - 1).toBe(await publicContactPoints());
    expect(text).not.toContain("IMP-CP1");
    expect(text).toContain("CC BY 4.0, KAUSA-Landesstelle Thüringen");
    expect(text).toContain("GeoNames");
    expect(text).not.toMatch(/verifiedById|DRAFT/);

    const etag = response.headers.get("etag")!;
    const again = await get("/export/contact-points.csv", { headers: { "if-none-match": etag } });
    expect(again.status).toBe(304);
  });

  it("serves GeoJSON with the licence as foreign members", async () => {
    const response = await get("/export/contact-points.geojson");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/geo+json; charset=utf-8");
    const body = await response.json();
    expect(body).toMatchObject({
      type: "FeatureCollection",
      licence: "CC BY 4.0, KAUSA-Landesstelle Thüringen",
    });
    expect(body.referenceData.length).toBeGreaterThan(0);
    expect(body.features.length).toBe(await publicContactPoints());
    const first = body.features[0];
    expect(first.geometry.type).toBe("Point");
    expect(Array.isArray(first.properties.services)).toBe(true);
    expect(first.properties.licence).toBe("CC BY 4.0, KAUSA-Landesstelle Thüringen");
  });

  it("exports XLSX that re-imports unchanged (contact points, partners, offers)", async () => {
    const before = await importAudits(ctx.db);
    for (const type of ["partners", "contact-points", "offers"] as const) {
      const response = await get(`/export/${type}.xlsx`);
      expect(response.status).toBe(200);
      const body = Buffer.from(await response.arrayBuffer());
      const sheet = await sheetOf(body);
      expect(sheet?.name).toBe(type);
      expect(sheet!.rows.length).toBeGreaterThan(1);
      expect((await sheetOf(body, "licence"))?.rows[1]?.[1]).toBe("CC BY 4.0, KAUSA-Landesstelle Thüringen");
      const report = await importFile(ctx.db, type, body, { format: "xlsx", dryRun: true });
      expect(report.problems).toEqual([]);
      expect(report.rows).toBe(sheet!.rows.length - 1);
      expect(report).toMatchObject({ created: 0, updated: 0, unchanged: report.rows });
      // The CSV export re-imports the same way.
      const csv = Buffer.from(await (await get(`/export/${type}.csv`)).arrayBuffer());
      const fromCsv = await importFile(ctx.db, type, csv, { dryRun: false });
      expect(fromCsv.problems).toEqual([]);
      expect(fromCsv).toMatchObject({ created: 0, updated: 0, unchanged: report.rows });
    }
    expect(await importAudits(ctx.db)).toBe(before);
  });

  it("serves the import templates", async () => {
    const csv = await get("/export/templates/offers.csv");
    expect(csv.status).toBe(200);
    const header = (await csv.text()).trim().split(",");
    expect(header.slice(0, 4)).toEqual(["externalKey", "partnerKey", "kind", "title_de"]);
    expect(header).toContain("contactPointKeys");
    expect(header).not.toContain("licence");
    const xlsx = await get("/export/templates/contact-points.xlsx");
    expect(xlsx.headers.get("content-disposition")).toBe(
      'attachment; filename="kausa-contact-points-template.xlsx"',
    );
    const body = await xlsx.arrayBuffer();
    const sheet = await sheetOf(body);
    expect(sheet?.rows[0]?.[0]).toBe("externalKey");
    const help = await sheetOf(body, "help");
    expect(help!.rows.length).toBeGreaterThan(20);
  });

  it("answers 404 for unknown downloads and 405 for other methods", async () => {
    expect((await get("/export/users.csv")).status).toBe(404);
    expect((await get("/export/partners.geojson")).status).toBe(404);
    expect((await get("/export/templates/partners.geojson")).status).toBe(404);
    expect((await get("/export/partners.csv", { method: "POST" })).status).toBe(405);
    const head = await get("/export/partners.csv", { method: "HEAD" });
    expect(head.status).toBe(200);
  });
});
