import { toXlsx } from "@kausa/schema";
import { describe, expect, it } from "vitest";
import { bearerFor } from "../support/editing-actors.ts";
import { useTestApp } from "../support/test-app.ts";
import { fixture } from "./support.ts";

const { ctx, gql, ok } = useTestApp();

const IMPORT = `mutation($type: ImportType!, $format: ImportFormat!, $file: File, $content: String, $dryRun: Boolean!, $publish: Boolean) {
  importData(type: $type, format: $format, file: $file, content: $content, dryRun: $dryRun, publish: $publish) {
    dryRun applied rows created updated unchanged problemCount problems { row column code message }
  }
}`;

/** A GraphQL multipart request (https://github.com/jaydenseric/graphql-multipart-request-spec). */
async function upload(
  variables: Record<string, unknown>,
  file: Buffer,
  name: string,
  headers: Record<string, string>,
) {
  const form = new FormData();
  form.set("operations", JSON.stringify({ query: IMPORT, variables: { ...variables, file: null } }));
  form.set("map", JSON.stringify({ 0: ["variables.file"] }));
  form.set("0", new File([new Uint8Array(file)], name));
  // Encoded up front: in-process yoga.fetch with a streamed FormData body loses multipart data
  // from the second request on (over a real socket the same requests work).
  const encoded = new Response(form);
  const response = await ctx.yoga.fetch("http://localhost/graphql", {
    method: "POST",
    body: new Uint8Array(await encoded.arrayBuffer()),
    headers: { ...headers, "content-type": encoded.headers.get("content-type")! },
  });
  // biome-ignore lint/suspicious/noExplicitAny: test assertions walk arbitrary response shapes.
  type Body = { data?: any; errors?: { message: string }[] };
  return { status: response.status, body: (await response.json()) as Body };
}

describe("importData", () => {
  it("imports CSV text sent as content (staff), dry run first", async () => {
    const auth = await bearerFor(ctx.db, "EDITOR");
    const content = (await fixture("partners.csv")).toString();
    const dry = await ok(IMPORT, { type: "PARTNERS", format: "CSV", content, dryRun: true }, auth);
    expect(dry.importData).toEqual({
      dryRun: true,
      applied: false,
      rows: 2,
      created: 2,
      updated: 0,
      unchanged: 0,
      problemCount: 0,
      problems: [],
    });
    expect(await ctx.db.prisma.partner.count({ where: { externalKey: "IMP-P1" } })).toBe(0);
    const applied = await ok(IMPORT, { type: "PARTNERS", format: "CSV", content, dryRun: false }, auth);
    expect(applied.importData).toMatchObject({ applied: true, created: 2 });
    const audit = await ctx.db.prisma.auditEntry.findFirstOrThrow({
      where: { action: "IMPORT", entityType: "PARTNER" },
    });
    expect(audit.actorTokenId).not.toBeNull();
  });

  it("imports an uploaded XLSX file (multipart) and reports problems by row and column", async () => {
    const auth = await bearerFor(ctx.db, "ADMIN");
    const xlsx = await toXlsx([
      {
        name: "contact-points",
        columns: [
          "externalKey",
          "partnerKey",
          "name",
          "postcode",
          "city",
          "appointmentRequired",
          "lat",
          "lng",
        ],
        rows: [
          ["XL-1", "IMP-P1", "Altenburg Beratung", 4600, "Altenburg", true, null, null],
          ["XL-2", "IMP-P1", "Falsche Stelle", 99084, "Erfurt", "ja", 52.52, 13.4],
        ],
      },
    ]);
    const bad = await upload(
      { type: "CONTACT_POINTS", format: "XLSX", dryRun: false },
      xlsx,
      "list.xlsx",
      auth,
    );
    expect(bad.status).toBe(200);
    expect(bad.body.data.importData).toMatchObject({ applied: false, rows: 2, problemCount: 1 });
    expect(bad.body.data.importData.problems).toEqual([
      expect.objectContaining({ row: 3, column: "lat", code: "OUTSIDE_THURINGIA" }),
    ]);
    expect(await ctx.db.prisma.contactPoint.count({ where: { externalKey: "XL-1" } })).toBe(0);

    const good = await toXlsx([
      {
        name: "contact-points",
        columns: ["externalKey", "partnerKey", "name", "postcode", "city", "appointmentRequired"],
        rows: [["XL-1", "IMP-P1", "Altenburg Beratung", 4600, "Altenburg", true]],
      },
    ]);
    const done = await upload(
      { type: "CONTACT_POINTS", format: "XLSX", dryRun: false, publish: true },
      good,
      "list.xlsx",
      auth,
    );
    expect(done.body.errors).toBeUndefined();
    expect(done.body.data.importData).toMatchObject({ applied: true, created: 1, problemCount: 0 });
    const row = await ctx.db.prisma.contactPoint.findUniqueOrThrow({ where: { externalKey: "XL-1" } });
    expect(row).toMatchObject({ postcode: "04600", appointmentRequired: true, status: "PUBLISHED" });
  });

  it("reports an unreadable file as a problem of the whole file", async () => {
    const auth = await bearerFor(ctx.db, "EDITOR");
    const content = Buffer.from("this is no workbook").toString("base64");
    const result = await ok(IMPORT, { type: "OFFERS", format: "XLSX", content, dryRun: true }, auth);
    expect(result.importData.problems).toEqual([
      expect.objectContaining({ row: null, column: null, code: "UNREADABLE_FILE" }),
    ]);
  });

  it("is for staff only, and needs exactly one of file and content", async () => {
    const variables = { type: "PARTNERS", format: "CSV", content: "externalKey\n", dryRun: true };
    const anonymous = await gql(IMPORT, variables);
    expect(anonymous.status).toBe(401);
    const partner = await ctx.db.prisma.partner.findFirstOrThrow({ where: { status: "PUBLISHED" } });
    const partnerEditor = await gql(IMPORT, variables, await bearerFor(ctx.db, "PARTNER_EDITOR", partner.id));
    expect(partnerEditor.status).toBe(403);
    const neither = await gql(IMPORT, { ...variables, content: null }, await bearerFor(ctx.db, "EDITOR"));
    expect(neither.status).toBe(400);
    expect(neither.errors?.[0]?.message).toMatch(/either "file"/);
  });
});
