import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { expectNoAxeViolations, useAdminSession } from "./support/admin-session.ts";
import { screenshot } from "./support/browser.ts";

const { session, loginAs } = useAdminSession();

const prisma = () => session.servers.database.db.prisma;

/** The partner editor's organisation's contact points, in a stable order (each test takes its own). */
async function ownContactPoint(index: number) {
  const points = await prisma().contactPoint.findMany({
    where: { partnerId: session.servers.accounts.partnerEditor.partnerId },
    orderBy: { id: "asc" },
  });
  expect(points.length).toBeGreaterThanOrEqual(3);
  return points[index]!;
}

async function openAsPartnerEditor(id: string, name: string) {
  const visit = await loginAs(session.servers.accounts.partnerEditor.email, `/admin/contact-points/${id}`);
  await visit.page.getByRole("heading", { level: 1, name }).waitFor();
  return visit;
}

const phone = (page: Page) => page.getByRole("textbox", { name: /^Telefon/ });
const saveButton = (page: Page) => page.getByRole("button", { name: "Speichern", exact: true });

describe("the edit page for a partner editor", () => {
  it("edits a draft of their own (phone, opening hours, map pin) and submits it for review", async () => {
    const point = await prisma().contactPoint.update({
      where: { id: (await ownContactPoint(0)).id },
      data: { status: "DRAFT", openingHours: [], phone: "030 23125 100" },
    });
    const { page } = await openAsPartnerEditor(point.id, point.name);
    await expect.poll(() => page.title()).toBe(`${point.name} – KAUSA Verwaltung`);
    await page.getByText(`Version ${point.version}`).waitFor();
    await page.getByRole("link", { name: "Verlauf ansehen" }).waitFor();
    expect(await page.getByRole("link", { name: "Verlauf ansehen" }).getAttribute("href")).toBe(
      `/admin/contact-points/${point.id}/history`,
    );
    // A partner editor's records belong to their organisation: no partner choice.
    expect(await page.getByRole("combobox", { name: /^Träger/ }).count()).toBe(0);
    await expectNoAxeViolations(page);
    await screenshot(page, "admin-edit-contact-point");

    await phone(page).fill("0361 654321");
    await page.getByRole("checkbox", { name: "Dienstag geöffnet" }).check();
    await page.getByLabel("Dienstag, öffnet").fill("09:00");
    await page.getByLabel("Dienstag, schließt").fill("12:30");
    // The pin to the middle of Jena, through the picker's coordinate inputs.
    await page.getByLabel("Breitengrad", { exact: true }).fill("50.9275");
    await page.getByLabel("Längengrad", { exact: true }).fill("11.5869");
    await page.getByLabel("Längengrad", { exact: true }).press("Tab");
    await page.getByText("Liegt in der kreisfreien Stadt: Jena").waitFor();

    await saveButton(page).click();
    await page
      .getByRole("status")
      .getByText(`Gespeichert. Version ${point.version + 1}.`)
      .waitFor();
    const saved = await prisma().contactPoint.findUniqueOrThrow({ where: { id: point.id } });
    expect(saved).toMatchObject({
      phone: "0361 654321",
      openingHours: [{ day: 2, opens: "09:00", closes: "12:30" }],
      districtKey: "16053",
      geoPrecision: "ADDRESS",
      status: "DRAFT",
      version: point.version + 1,
    });
    expect(saved.lat).toBeCloseTo(50.9275, 4);
    expect(saved.lng).toBeCloseTo(11.5869, 4);

    // Drafts are the partner editor's to hand in; publishing is for staff.
    expect(await page.getByRole("button", { name: "Veröffentlichen" }).count()).toBe(0);
    await page.getByRole("button", { name: "Zur Prüfung einreichen" }).click();
    await page.getByText("Zur Prüfung eingereicht.").waitFor();
    await expect
      .poll(async () => (await prisma().contactPoint.findUniqueOrThrow({ where: { id: point.id } })).status)
      .toBe("IN_REVIEW");
    const request = await prisma().changeRequest.findFirstOrThrow({ where: { entityId: point.id } });
    expect(request).toMatchObject({ kind: "PUBLISH", status: "OPEN" });
    // In review the form is read-only for them, and the review item is linked.
    await page
      .getByText("Der Eintrag liegt der KAUSA-Redaktion zur Prüfung vor.", { exact: false })
      .waitFor();
    expect(await saveButton(page).count()).toBe(0);
    expect(await page.getByRole("link", { name: "Prüfung öffnen" }).getAttribute("href")).toBe(
      `/admin/review/${request.id}`,
    );
  });

  it("files a change to a published contact point as a proposal that waits for review", async () => {
    const point = await prisma().contactPoint.update({
      where: { id: (await ownContactPoint(1)).id },
      data: { status: "PUBLISHED" },
    });
    const { page } = await openAsPartnerEditor(point.id, point.name);
    await phone(page).fill("0361 777888");
    await saveButton(page).click();
    await page.getByRole("status").getByText("Ihre Änderung wartet auf Prüfung.", { exact: false }).waitFor();

    // The public entry is untouched; the change is the partner editor's draft proposal.
    const stored = await prisma().contactPoint.findUniqueOrThrow({ where: { id: point.id } });
    expect(stored).toMatchObject({ phone: point.phone, version: point.version, status: "PUBLISHED" });
    const proposal = await prisma().changeRequest.findFirstOrThrow({
      where: { entityId: point.id, kind: "UPDATE" },
    });
    expect(proposal.status).toBe("DRAFT");
    expect(proposal.proposed).toEqual({ phone: "0361 777888" });
    // The form keeps showing the proposal, not the published value.
    await expect.poll(() => phone(page).inputValue()).toBe("0361 777888");
    await page.getByText("Das Formular zeigt Ihren Vorschlag.", { exact: false }).waitFor();

    await page.getByRole("button", { name: "Änderungsvorschlag zur Prüfung einreichen" }).click();
    await page.getByText("Zur Prüfung eingereicht.").waitFor();
    await expect
      .poll(
        async () => (await prisma().changeRequest.findUniqueOrThrow({ where: { id: proposal.id } })).status,
      )
      .toBe("OPEN");
    expect(await page.getByRole("link", { name: "Prüfung öffnen" }).getAttribute("href")).toBe(
      `/admin/review/${proposal.id}`,
    );
    // Staff archive published entries; partner editors may not.
    expect(await page.getByRole("button", { name: "Archivieren" }).count()).toBe(0);
  });

  it("shows another partner's contact point as not found: no form, no data", async () => {
    const other = await prisma().contactPoint.findFirstOrThrow({
      where: { partnerId: { not: session.servers.accounts.partnerEditor.partnerId } },
      orderBy: { id: "asc" },
    });
    const { page } = await loginAs(
      session.servers.accounts.partnerEditor.email,
      `/admin/contact-points/${other.id}`,
    );
    await page.getByRole("heading", { level: 1, name: "Nicht gefunden" }).waitFor();
    await page
      .getByRole("alert")
      .getByText("Nicht gefunden oder nicht Ihre Organisation.", { exact: false })
      .waitFor();
    expect(await page.locator("kausa-record-edit-page form").count()).toBe(0);
    expect(await page.getByRole("textbox").count()).toBe(0);
    expect(await page.getByText(other.name).count()).toBe(0);
    if (other.phone) expect(await page.getByText(other.phone).count()).toBe(0);
    await expectNoAxeViolations(page);
    const after = await prisma().contactPoint.findUniqueOrThrow({ where: { id: other.id } });
    expect(after).toEqual(other);
  });

  it("asks before a link click drops unsaved changes; staying keeps them", async () => {
    const point = await ownContactPoint(2);
    const { page } = await openAsPartnerEditor(point.id, point.name);
    await phone(page).fill("0361 121212");
    const questions: string[] = [];
    page.once("dialog", (dialog) => {
      questions.push(dialog.message());
      void dialog.dismiss();
    });
    await page
      .getByRole("navigation", { name: "Hauptnavigation" })
      .getByRole("link", { name: "Anlaufstellen" })
      .click();
    await expect
      .poll(() => questions)
      .toEqual(["Es gibt ungespeicherte Änderungen. Seite trotzdem verlassen?"]);
    expect(new URL(page.url()).pathname).toBe(`/admin/contact-points/${point.id}`);
    expect(await phone(page).inputValue()).toBe("0361 121212");

    // Leaving on purpose: the question again, accepted, and the list page opens.
    page.once("dialog", (dialog) => void dialog.accept());
    await page.getByRole("link", { name: "Zurück zur Liste: Anlaufstellen" }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe("/admin/contact-points");
    const stored = await prisma().contactPoint.findUniqueOrThrow({ where: { id: point.id } });
    expect(stored.phone).toBe(point.phone);
  });
});
