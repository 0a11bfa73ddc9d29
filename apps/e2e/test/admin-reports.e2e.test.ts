import { describe, expect, it } from "vitest";
import { animationsDone } from "./support/admin-helpers.ts";
import { expectNoAxeViolations, useAdminSession } from "./support/admin-session.ts";
import { screenshot } from "./support/browser.ts";

const { session, loginAs } = useAdminSession();

/** "Daten veraltet melden" as the finder sends it: anonymous, from the municipality's page. */
async function reportOutdated(contactPointId: string, message: string) {
  const response = await fetch(`${session.servers.api}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: "https://www.landkreis-beispiel.example" },
    body: JSON.stringify({
      query: `mutation($id: ID!, $reason: ReportReason!, $message: String) {
        reportOutdated(id: $id, reason: $reason, message: $message) {
          __typename ... on MutationReportOutdatedSuccess { data { received } }
        }
      }`,
      variables: {
        id: Buffer.from(`ContactPoint:${contactPointId}`).toString("base64"),
        reason: "PHONE",
        message,
      },
    }),
  });
  expect(await response.json()).toEqual({
    data: { reportOutdated: { __typename: "MutationReportOutdatedSuccess", data: { received: true } } },
  });
}

describe("visitor reports: from the finder to the reports page, resolved with a note", () => {
  it("lists a visitor's report, counts it on the dashboard, and resolving it closes it", async () => {
    const prisma = session.servers.database.db.prisma;
    const target = await prisma.contactPoint.findFirstOrThrow({
      where: { status: "PUBLISHED", partner: { status: "PUBLISHED" } },
      orderBy: { name: "desc" },
    });
    const message = "Unter der Nummer meldet sich seit Wochen niemand.";
    await reportOutdated(target.id, message);
    const report = await prisma.outdatedReport.findFirstOrThrow({
      where: { entityId: target.id, status: "OPEN" },
    });
    expect([report.reason, report.message]).toEqual(["PHONE", message]);

    // The dashboard counts it with the other open reports.
    const { page } = await loginAs(session.servers.accounts.editor.email, "/admin");
    await page.getByRole("heading", { level: 1, name: "Übersicht" }).waitFor();
    const open = await prisma.outdatedReport.count({ where: { status: "OPEN" } });
    expect(open).toBeGreaterThan(0);
    const reportsLink = page.getByRole("region", { name: "Meldungen" }).getByRole("link");
    await expect.poll(() => reportsLink.textContent()).toMatch(new RegExp(`Offene Meldungen:\\s*${open}$`));

    await reportsLink.click();
    await expect.poll(() => new URL(page.url()).pathname).toBe("/admin/reports");
    await page.getByRole("heading", { level: 1, name: "Meldungen" }).waitFor();
    const row = page.getByRole("row").filter({ has: page.getByRole("link", { name: target.name }) });
    await row.waitFor();
    await expect.poll(() => row.textContent()).toContain("Telefonnummer");
    expect(await row.textContent()).toContain(message);
    expect(await row.getByRole("link", { name: target.name }).getAttribute("href")).toBe(
      `/admin/contact-points/${target.id}`,
    );
    await expectNoAxeViolations(page);
    await screenshot(page, "admin-reports");

    await row.getByRole("button", { name: `Erledigt (Meldung zu ${target.name})` }).click();
    const dialog = page.locator("kausa-comment-dialog");
    await dialog.getByRole("dialog", { name: "Meldung als erledigt markieren" }).waitFor();
    await animationsDone(page);
    await expectNoAxeViolations(page);
    await dialog.getByRole("textbox", { name: /Notiz/ }).fill("Nummer beim Träger erfragt und korrigiert.");
    await dialog.getByRole("button", { name: "Erledigt" }).click();

    await page
      .getByRole("status")
      .filter({ hasText: `Die Meldung zu „${target.name}“ ist erledigt.` })
      .waitFor();
    await expect.poll(() => row.count()).toBe(0);
    const closed = await prisma.outdatedReport.findUniqueOrThrow({ where: { id: report.id } });
    expect([closed.status, closed.resolution]).toEqual([
      "RESOLVED",
      "Nummer beim Träger erfragt und korrigiert.",
    ]);
    expect(closed.resolvedAt).not.toBeNull();
    await animationsDone(page);
    await expectNoAxeViolations(page);

    // Under "Erledigt" it is listed with its outcome and note.
    await page.goto(`${session.servers.api}/admin/reports?status=done`);
    const doneRow = page.getByRole("row").filter({ has: page.getByRole("link", { name: target.name }) });
    await expect.poll(() => doneRow.textContent()).toContain("Nummer beim Träger erfragt und korrigiert.");
    expect(await doneRow.getByRole("button").count()).toBe(0);
    await expectNoAxeViolations(page);
  });

  it("lets a partner editor mark their organisation's report done, but not dismiss it", async () => {
    const prisma = session.servers.database.db.prisma;
    const { partnerId, email } = session.servers.accounts.partnerEditor;
    const own = await prisma.contactPoint.findFirstOrThrow({ where: { partnerId, status: "PUBLISHED" } });
    await reportOutdated(own.id, "Die Öffnungszeiten stimmen nicht.");
    const { page } = await loginAs(email, "/admin/reports");
    const rows = page.getByRole("row").filter({ has: page.getByRole("link") });
    const row = rows.filter({ hasText: "Die Öffnungszeiten stimmen nicht." });
    await row.waitFor();
    // Only their own organisation's reports.
    const visible = await prisma.outdatedReport.count({ where: { status: "OPEN", partnerId } });
    await expect.poll(() => rows.count()).toBe(visible);
    await row.getByRole("button", { name: /^Erledigt/ }).waitFor();
    expect(await row.getByRole("button", { name: /^Verwerfen/ }).count()).toBe(0);
    await expectNoAxeViolations(page);
  });
});
