import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { setPasswordLink } from "./support/admin-helpers.ts";
import { expectNoAxeViolations, login, useAdminSession } from "./support/admin-session.ts";
import { screenshot } from "./support/browser.ts";

// The whole round of issue #10 in one story, as the people involved would do it in their own
// browsers: the first administrator logs in, invites a partner editor, who sets a password,
// corrects their contact point on the form and on the map and submits it; the administrator
// approves it from the review queue, and the public finder shows the new values.

const { session, open } = useAdminSession();

const nav = (page: Page, name: string) =>
  page.getByRole("navigation", { name: "Hauptnavigation" }).getByRole("link", { name, exact: true });

describe("the admin app, end to end", () => {
  it("from the first login to the public finder showing a partner's correction", async () => {
    const { servers } = session;
    const prisma = servers.database.db.prisma;
    const partner = await prisma.partner.findUniqueOrThrow({
      where: { id: servers.accounts.partnerEditor.partnerId },
    });
    const point = await prisma.contactPoint.findFirstOrThrow({
      where: { partnerId: partner.id, status: "PUBLISHED" },
      orderBy: { name: "asc" },
    });
    const newPhone = "0361 2468 10";

    // 1. The first administrator's first login (the account was made on the server).
    const admin = (await open("/admin")).page;
    await expect.poll(() => new URL(admin.url()).pathname).toBe("/admin/login");
    await login(admin, servers.accounts.admin.email);
    await admin.getByRole("heading", { level: 1, name: "Übersicht" }).waitFor();
    await screenshot(admin, "admin-journey-dashboard");

    // 2. Inviting the partner's new editor.
    await nav(admin, "Benutzer").click();
    await admin.getByRole("heading", { level: 1, name: "Benutzer" }).waitFor();
    await admin.getByRole("button", { name: "Person einladen" }).click();
    const dialog = admin.locator("kausa-user-dialog");
    await admin.getByRole("dialog", { name: "Person einladen" }).waitFor();
    const email = "jmd.redaktion@traeger.example";
    await dialog.getByRole("textbox", { name: "E-Mail-Adresse" }).fill(email);
    await dialog.getByRole("textbox", { name: "Name" }).fill("JMD Redaktion");
    await admin.getByRole("combobox", { name: "Rolle" }).click();
    await admin.getByRole("option", { name: "Partner-Redaktion", exact: true }).click();
    await admin.getByRole("combobox", { name: "Träger" }).click();
    await admin.getByRole("option", { name: partner.name, exact: true }).click();
    await dialog.getByRole("button", { name: "Einladen" }).click();
    await dialog.getByText(`per E-Mail an ${email} geschickt`).waitFor();
    await dialog.getByRole("button", { name: "Fertig" }).click();

    // 3. The invitee sets a password from the e-mail's link, in a browser of their own.
    const link = setPasswordLink((await servers.smtp.mailTo(email)).body);
    const editor = (await open(link.slice(servers.api.length))).page;
    await editor.getByRole("heading", { level: 1, name: "Passwort festlegen" }).waitFor();
    // The token is taken out of the address bar as soon as the page has it.
    expect(new URL(editor.url()).hash).toBe("");
    const passphrase = "Holunderblüten im Eichsfeld blühen früh";
    await editor.getByRole("textbox", { name: "Neues Passwort" }).fill(passphrase);
    await editor.getByRole("textbox", { name: "Passwort wiederholen" }).fill(passphrase);
    await editor.getByRole("button", { name: "Passwort speichern und anmelden" }).click();
    await editor.getByRole("heading", { level: 1, name: "Übersicht" }).waitFor();

    // 4. They correct their contact point: the phone on the form, the pin on the map (keyboard).
    await nav(editor, "Anlaufstellen").click();
    await editor.getByRole("link", { name: point.name, exact: true }).click();
    await editor.getByRole("heading", { level: 1, name: point.name }).waitFor();
    await editor.getByRole("textbox", { name: /^Telefon/ }).fill(newPhone);
    const latitude = editor.getByLabel("Breitengrad", { exact: true });
    const before = Number(await latitude.inputValue());
    await editor.getByRole("button", { name: "Markierung, mit den Pfeiltasten verschieben" }).focus();
    await editor.keyboard.press("ArrowUp");
    await expect.poll(async () => Number(await latitude.inputValue())).toBeGreaterThan(before);
    await editor.getByText(/^Liegt (im Landkreis|in der kreisfreien Stadt): /).waitFor();
    const movedTo = Number(await latitude.inputValue());
    await editor.getByRole("button", { name: "Speichern", exact: true }).click();
    await editor
      .getByRole("status")
      .getByText("Ihre Änderung wartet auf Prüfung.", { exact: false })
      .waitFor();
    await editor.getByRole("button", { name: "Änderungsvorschlag zur Prüfung einreichen" }).click();
    await editor.getByText("Zur Prüfung eingereicht.").waitFor();
    await expectNoAxeViolations(editor);
    // Still the old values in public until staff approve.
    expect((await prisma.contactPoint.findUniqueOrThrow({ where: { id: point.id } })).phone).toBe(
      point.phone,
    );

    // 5. The administrator approves it from the review queue.
    await nav(admin, "Prüfung").click();
    await admin.getByRole("heading", { level: 1, name: "Prüfung" }).waitFor();
    await admin.getByRole("link", { name: point.name }).click();
    await admin.getByText(newPhone).first().waitFor();
    await admin.getByRole("button", { name: "Freigeben" }).click();
    const approve = admin.locator("kausa-comment-dialog.approve");
    await approve.getByRole("dialog", { name: "Vorschlag freigeben" }).waitFor();
    await approve.getByRole("button", { name: "Freigeben" }).click();
    await expect.poll(() => new URL(admin.url()).pathname).toBe("/admin/review");
    const published = await prisma.contactPoint.findUniqueOrThrow({ where: { id: point.id } });
    expect(published.phone).toBe(newPhone);
    expect(published.lat).toBeCloseTo(movedTo, 5);

    // 6. A visitor of the public finder (the iframe variant on the API) sees the new number.
    const visitor = (await open(`/embed?district=${published.districtKey}&view=list&page-size=50`)).page;
    const card = visitor.locator("kausa-finder ol[part=list] > li").filter({ hasText: point.name });
    await expect.poll(async () => (await card.textContent()) ?? "").toContain(newPhone);
    await screenshot(visitor, "admin-journey-public-finder");
  });
});
