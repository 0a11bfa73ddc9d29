import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { expectNoAxeViolations, useAdminSession } from "./support/admin-session.ts";
import { screenshot } from "./support/browser.ts";

const { session, loginAs } = useAdminSession();

const COLUMNS = ["externalKey", "partnerKey", "name", "postcode", "city", "phone"] as const;
type Row = Record<(typeof COLUMNS)[number], string>;

/** A CSV list in the import template's columns (docs/import-export.md), every cell quoted. */
function writeCsv(directory: string, name: string, rows: Row[]): string {
  const cell = (value: string) => `"${value.replaceAll('"', '""')}"`;
  const lines = [COLUMNS.join(","), ...rows.map((row) => COLUMNS.map((c) => cell(row[c])).join(","))];
  const file = path.join(directory, name);
  writeFileSync(file, `${lines.join("\r\n")}\r\n`);
  return file;
}

/** The row-by-row table's row for a spreadsheet row: its cells read "row key name result". */
const tableRow = (page: Page, row: number, key: string, result: string) =>
  page
    .getByRole("table", { name: "Ergebnis Zeile für Zeile" })
    .getByRole("row", { name: new RegExp(`^${row} ${key} .*${result}`) });

/** Chooses the file and runs the dry run; waits for its report. */
async function check(page: Page, file: string) {
  await page.getByLabel("Datei (CSV oder XLSX, höchstens 20 MB)").setInputFiles(file);
  await page.getByRole("button", { name: "Prüfen" }).click();
  await page.getByRole("heading", { name: "Ergebnis der Prüfung" }).waitFor();
}

describe("the admin app: importing a list", () => {
  it("checks a file row by row, refuses a bad one whole, then imports a good one", async () => {
    const prisma = session.servers.database.db.prisma;
    const [existing, other] = await prisma.contactPoint.findMany({
      where: { status: "PUBLISHED", externalKey: null, phone: { not: null } },
      orderBy: { id: "asc" },
      take: 2,
    });
    if (!existing || !other) throw new Error("The sample data lacks two contact points with a phone.");
    const countBefore = await prisma.contactPoint.count();
    const changed: Row = {
      externalKey: existing.id,
      partnerKey: existing.partnerId,
      name: existing.name,
      postcode: existing.postcode,
      city: existing.city,
      phone: "030 23125 999",
    };
    const added: Row = {
      externalKey: "E2E-NEU-1",
      partnerKey: existing.partnerId,
      name: "Beispiel-Anlaufstelle aus dem Import",
      postcode: "99084",
      city: "Erfurt",
      phone: "030 23125 998",
    };
    const bad: Row = { ...added, externalKey: "E2E-FEHLER-1", phone: "keine Nummer" };
    const same: Row = {
      externalKey: other.id,
      partnerKey: other.partnerId,
      name: other.name,
      postcode: other.postcode,
      city: other.city,
      phone: other.phone!,
    };
    const directory = mkdtempSync(path.join(tmpdir(), "kausa-import-"));
    const badFile = writeCsv(directory, "anlaufstellen-fehler.csv", [changed, added, bad, same]);
    const goodFile = writeCsv(directory, "anlaufstellen.csv", [changed, added, same]);

    const visit = await loginAs(session.servers.accounts.editor.email, "/admin/import");
    const { page } = visit;
    await page.getByRole("heading", { name: "Import", level: 1 }).waitFor();
    await page.getByRole("link", { name: "Vorlage Anlaufstellen als CSV" }).waitFor();
    const apply = page.getByRole("button", { name: "Importieren" });
    expect(await apply.isDisabled()).toBe(true);

    // A bad row: the report names it in its row, and nothing can be imported.
    await check(page, badFile);
    await page.getByText("4 Zeilen: 1 neu, 1 geändert, 1 unverändert, 1 fehlerhaft.").waitFor();
    await tableRow(page, 2, existing.id, "Geändert: Telefon$").waitFor();
    await tableRow(page, 3, "E2E-NEU-1", "Neu$").waitFor();
    await tableRow(page, 4, "E2E-FEHLER-1", "Fehler: Telefonnummer ungültig \\(Spalte phone\\):").waitFor();
    await tableRow(page, 5, other.id, "Unverändert$").waitFor();
    expect(await page.getByRole("row").filter({ hasText: "Telefonnummer ungültig" }).count()).toBe(1);
    // Narrowed to the rows with errors: only row 4 is left.
    await page.getByRole("combobox", { name: "Zeigen" }).click();
    await page.getByRole("option", { name: "Nur Zeilen mit Fehlern" }).click();
    await tableRow(page, 3, "E2E-NEU-1", "Neu$").waitFor({ state: "detached" });
    expect(await page.getByRole("table", { name: "Ergebnis Zeile für Zeile" }).getByRole("row").count()).toBe(
      2,
    );
    await tableRow(page, 4, "E2E-FEHLER-1", "Fehler:").waitFor();
    await page.getByText("Es wurde nichts übernommen.", { exact: false }).waitFor();
    expect(await apply.isDisabled()).toBe(true);
    expect(await prisma.contactPoint.count()).toBe(countBefore);
    expect((await prisma.contactPoint.findUniqueOrThrow({ where: { id: existing.id } })).phone).toBe(
      existing.phone,
    );
    await expectNoAxeViolations(page);
    await screenshot(page, "admin-import-report");

    // The good file: a clean check, then the import with its progress and result.
    await check(page, goodFile);
    await page.getByText("3 Zeilen: 1 neu, 1 geändert, 1 unverändert, 0 fehlerhaft.").waitFor();
    await page.getByText("Keine Fehler gefunden.", { exact: false }).waitFor();
    await tableRow(page, 2, existing.id, "Geändert: Telefon$").waitFor();
    await tableRow(page, 3, "E2E-NEU-1", "Neu$").waitFor();
    await tableRow(page, 4, other.id, "Unverändert$").waitFor();
    await expect.poll(() => apply.isDisabled()).toBe(false);
    expect(await prisma.contactPoint.count()).toBe(countBefore);

    // The import request waits until the page shows its progress, so the progress is seen for sure.
    const progress = page.getByRole("progressbar", { name: /Die Einträge werden importiert/ });
    let held = false;
    await page.route("**/graphql", async (route) => {
      const body = route.request().postDataBuffer()?.toString("utf8") ?? "";
      try {
        if (/"dryRun":false/.test(body)) {
          held = true;
          await progress.waitFor();
        }
      } finally {
        await route.continue();
      }
    });
    await apply.click();
    await page.getByRole("status").getByText("Die Einträge werden importiert", { exact: false }).waitFor();
    await page.getByRole("heading", { name: "Ergebnis des Imports" }).waitFor();
    await page
      .getByText("Übernommen: 1 neu angelegt, 1 geändert, 1 unverändert.", { exact: false })
      .waitFor();
    await tableRow(page, 2, existing.id, "Geändert: Telefon$").waitFor();
    await tableRow(page, 3, "E2E-NEU-1", "Neu$").waitFor();
    await tableRow(page, 4, other.id, "Unverändert$").waitFor();
    await page.getByRole("status").getByText("Import abgeschlossen.").waitFor();
    await progress.waitFor({ state: "detached" });
    expect(held).toBe(true);

    expect(await prisma.contactPoint.count()).toBe(countBefore + 1);
    expect((await prisma.contactPoint.findUniqueOrThrow({ where: { id: existing.id } })).phone).toBe(
      "030 23125 999",
    );
    const created = await prisma.contactPoint.findFirstOrThrow({ where: { externalKey: "E2E-NEU-1" } });
    expect([created.name, created.status, created.partnerId]).toEqual([
      added.name,
      "DRAFT",
      existing.partnerId,
    ]);
    await expectNoAxeViolations(page);
    await screenshot(page, "admin-import-result");
  });

  it("lists the first 2,000 rows of a long file, 100 per page", async () => {
    const directory = mkdtempSync(path.join(tmpdir(), "kausa-import-"));
    // Rows without a key are refused before any database work: a long file that checks fast.
    const rows = Array.from({ length: 2_001 }, (_, i) => ({
      externalKey: "",
      partnerKey: "P",
      name: `Zeile ohne Schlüssel ${i + 2}`,
      postcode: "99084",
      city: "Erfurt",
      phone: "",
    }));
    const file = writeCsv(directory, "anlaufstellen-lang.csv", rows);
    const { page } = await loginAs(session.servers.accounts.editor.email, "/admin/import");
    await check(page, file);
    await page.getByText("Die ersten 2.000 von 2.001 Zeilen sind aufgeführt.", { exact: false }).waitFor();
    const table = page.getByRole("table", { name: "Ergebnis Zeile für Zeile" });
    await tableRow(page, 2, "–", "Fehler: Pflichtangabe fehlt").waitFor();
    expect(await table.getByRole("row").count()).toBe(101);
    await page.getByText("Seite 1 von 20", { exact: false }).first().waitFor();
    await page.getByRole("button", { name: "Weiter" }).click();
    await tableRow(page, 102, "–", "Fehler: Pflichtangabe fehlt").waitFor();
    await tableRow(page, 2, "–", "Fehler").waitFor({ state: "detached" });
    await expectNoAxeViolations(page);
  });

  it("tells a partner editor that importing is not allowed", async () => {
    const { page } = await loginAs(session.servers.accounts.partnerEditor.email, "/admin/import");
    await page.getByRole("alert").getByText("Import ist nicht erlaubt", { exact: false }).waitFor();
    expect(await page.getByRole("link", { name: "Import" }).count()).toBe(0);
    await expectNoAxeViolations(page);
  });

  it("offers the open-data downloads as plain links", async () => {
    const { page } = await loginAs(session.servers.accounts.editor.email, "/admin/export");
    await page.getByRole("heading", { name: "Export", level: 1 }).waitFor();
    const xlsx = page.getByRole("link", { name: "Anlaufstellen als XLSX herunterladen" });
    expect(await xlsx.getAttribute("href")).toBe("/export/contact-points.xlsx");
    await page.getByRole("heading", { name: /Anlaufstellen \(\d+ Einträge\)/ }).waitFor();
    const download = page.waitForEvent("download");
    await page.getByRole("link", { name: "Angebote als CSV herunterladen" }).click();
    expect((await download).suggestedFilename()).toBe("kausa-offers.csv");
    await expectNoAxeViolations(page);
    await screenshot(page, "admin-export");
  });
});
