import { MAX_ROW_RESULTS, readTable, runImport } from "@kausa/schema";
import { beforeAll, describe, expect, it } from "vitest";
import { LIMITS } from "../../src/security/limits.ts";
import { bearerFor } from "../support/editing-actors.ts";
import { useTestApp } from "../support/test-app.ts";
import { CLI_ACTOR, importFile } from "./support.ts";

const { ctx } = useTestApp();

const IMPORT = `mutation($type: ImportType!, $format: ImportFormat!, $file: File, $dryRun: Boolean!) {
  importData(type: $type, format: $format, file: $file, dryRun: $dryRun) {
    dryRun applied rows created updated unchanged problemCount problems { row column code }
    rowResults { row key name action changedFields } rowResultsTruncated
  }
}`;

/** A GraphQL multipart request, encoded up front as in import-graphql.test.ts. */
async function upload(variables: Record<string, unknown>, csv: string, auth: Record<string, string>) {
  const form = new FormData();
  form.set("operations", JSON.stringify({ query: IMPORT, variables: { ...variables, file: null } }));
  form.set("map", JSON.stringify({ 0: ["variables.file"] }));
  form.set("0", new File([csv], "list.csv"));
  const encoded = new Response(form);
  const response = await ctx.yoga.fetch("http://localhost/graphql", {
    method: "POST",
    body: new Uint8Array(await encoded.arrayBuffer()),
    headers: { ...auth, "content-type": encoded.headers.get("content-type")! },
  });
  const text = await response.text();
  // biome-ignore lint/suspicious/noExplicitAny: test assertions walk arbitrary response shapes.
  const body = JSON.parse(text) as { data?: any; errors?: { message: string }[] };
  expect(body.errors).toBeUndefined();
  return { report: body.data.importData, bytes: Buffer.byteLength(text) };
}

const PARTNER_HEADER = "externalKey;type;name;website;regionIds";
const STORED = [
  "ROWS-P1;EDUCATION_PROVIDER;Zeilen-Träger Eins;https://example.org/eins;ostthueringen",
  "ROWS-P2;EDUCATION_PROVIDER;Zeilen-Träger Zwei;https://example.org/zwei;ostthueringen",
];
const csv = (...lines: string[]) => `${[PARTNER_HEADER, ...lines].join("\n")}\n`;

describe("importData: the row-by-row result", () => {
  let auth: Record<string, string>;
  beforeAll(async () => {
    auth = await bearerFor(ctx.db, "EDITOR");
    const stored = await importFile(ctx.db, "partners", csv(...STORED));
    expect(stored).toMatchObject({ applied: true, created: 2 });
  });

  it("lists each row with its action, key, name and changed fields, in the file's order", async () => {
    const file = csv(
      "ROWS-P3;MUNICIPALITY;Zeilen-Gemeinde Neu;;nordthueringen",
      "ROWS-P2;EDUCATION_PROVIDER;Zeilen-Träger Zwei (neu);https://example.org/zwei-neu;ostthueringen",
      STORED[0]!,
      "ROWS-P4;KEIN_TYP;Zeilen-Fehler;;ostthueringen",
    );
    const { report } = await upload({ type: "PARTNERS", format: "CSV", dryRun: true }, file, auth);
    expect(report).toMatchObject({ rows: 4, created: 1, updated: 1, unchanged: 1, problemCount: 1 });
    expect(report.problems).toEqual([expect.objectContaining({ row: 5, column: "type" })]);
    expect(report.rowResultsTruncated).toBe(false);
    expect(report.rowResults).toEqual([
      { row: 2, key: "ROWS-P3", name: "Zeilen-Gemeinde Neu", action: "CREATE", changedFields: [] },
      {
        row: 3,
        key: "ROWS-P2",
        name: "Zeilen-Träger Zwei (neu)",
        action: "UPDATE",
        changedFields: ["name", "website"],
      },
      { row: 4, key: "ROWS-P1", name: "Zeilen-Träger Eins", action: "UNCHANGED", changedFields: [] },
      { row: 5, key: "ROWS-P4", name: "Zeilen-Fehler", action: "PROBLEM", changedFields: [] },
    ]);
  });

  it("reports the same list when the rows are applied; bad keys are PROBLEM rows too", async () => {
    const good = csv("ROWS-P5;MUNICIPALITY;Zeilen-Gemeinde Fünf;;", STORED[1]!.replace("Zwei", "2"));
    const { report } = await upload({ type: "PARTNERS", format: "CSV", dryRun: false }, good, auth);
    expect(report).toMatchObject({ applied: true, created: 1, updated: 1 });
    expect(report.rowResults).toEqual([
      { row: 2, key: "ROWS-P5", name: "Zeilen-Gemeinde Fünf", action: "CREATE", changedFields: [] },
      { row: 3, key: "ROWS-P2", name: "Zeilen-Träger 2", action: "UPDATE", changedFields: ["name"] },
    ]);
    const keys = csv(";MUNICIPALITY;Ohne Schlüssel;;", STORED[0]!, STORED[0]!);
    const bad = await upload({ type: "PARTNERS", format: "CSV", dryRun: true }, keys, auth);
    expect(bad.report.rowResults).toEqual([
      { row: 2, key: null, name: "Ohne Schlüssel", action: "PROBLEM", changedFields: [] },
      { row: 3, key: "ROWS-P1", name: "Zeilen-Träger Eins", action: "UNCHANGED", changedFields: [] },
      { row: 4, key: "ROWS-P1", name: "Zeilen-Träger Eins", action: "PROBLEM", changedFields: [] },
    ]);
  });

  it("names offers by their German title", async () => {
    const offers =
      "externalKey,partnerKey,kind,title_de,title_en\nROWS-O1,ROWS-P1,COUNSELLING,Zeilen-Beratung,Row counselling\n";
    const { report } = await upload({ type: "OFFERS", format: "CSV", dryRun: true }, offers, auth);
    expect(report.rowResults).toEqual([
      { row: 2, key: "ROWS-O1", name: "Zeilen-Beratung", action: "CREATE", changedFields: [] },
    ]);
  });

  it(`lists the first ${MAX_ROW_RESULTS} rows of a long file, within the response limit`, async () => {
    // Rows without a key are refused before any database work: a cheap long file.
    const long = "x".repeat(300);
    const lines = Array.from({ length: MAX_ROW_RESULTS + 1 }, (_, i) => `;KAUSA;${i} ${long};;`);
    const { report, bytes } = await upload(
      { type: "PARTNERS", format: "CSV", dryRun: true },
      csv(...lines),
      auth,
    );
    expect(report.rows).toBe(MAX_ROW_RESULTS + 1);
    expect(report.rowResultsTruncated).toBe(true);
    expect(report.rowResults).toHaveLength(MAX_ROW_RESULTS);
    expect(report.rowResults.at(-1)).toMatchObject({ row: MAX_ROW_RESULTS + 1, action: "PROBLEM" });
    // Long names are cut to 100 characters.
    expect(report.rowResults[0].name).toHaveLength(100);
    expect(bytes).toBeLessThan(LIMITS.maxResponseBytes);
  });

  it("stops the list at the configured number of rows or bytes", async () => {
    const table = await readTable(Buffer.from(csv(...STORED, "ROWS-P9;KAUSA;Neun;;")), "csv", "partners");
    const run = (rowResultLimits: { rows?: number; bytes?: number }) =>
      runImport(ctx.db.prisma, { type: "partners", table, dryRun: true, actor: CLI_ACTOR, rowResultLimits });
    const byRows = await run({ rows: 2 });
    expect(byRows.report).toMatchObject({ rows: 3, unchanged: 1, updated: 1, created: 1 });
    expect(byRows.rowResultsTruncated).toBe(true);
    expect(byRows.rowResults.map((r) => r.row)).toEqual([2, 3]);
    const byBytes = await run({ bytes: 100 });
    expect(byBytes.rowResults.map((r) => r.row)).toEqual([2]);
    expect(byBytes.rowResultsTruncated).toBe(true);
    const all = await run({});
    expect(all.rowResults.map((r) => r.row)).toEqual([2, 3, 4]);
    expect(all.rowResultsTruncated).toBe(false);
  });
});
