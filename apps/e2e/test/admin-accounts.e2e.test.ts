import { createUserAccount } from "@kausa/schema";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { setPasswordLink } from "./support/admin-helpers.ts";
import { PASSWORD } from "./support/admin-servers.ts";
import { expectNoAxeViolations, login, useAdminSession } from "./support/admin-session.ts";
import { screenshot } from "./support/browser.ts";

const { session, open, loginAs } = useAdminSession();

/** Picks an option of a Shoelace select by the select's label and the option's text. */
async function choose(page: Page, label: string, option: string) {
  await page.getByRole("combobox", { name: label }).click();
  await page.getByRole("option", { name: option, exact: true }).click();
}

/** A GraphQL request with an API token: only token-scoped data (`me` is null for tokens). */
async function withToken(token: string) {
  const response = await fetch(`${session.servers.api}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: "{ editableContactPoints(first: 1) { totalCount } }" }),
  });
  const body = (await response.json()) as { data?: { editableContactPoints: { totalCount: number } } };
  return { status: response.status, totalCount: body.data?.editableContactPoints.totalCount };
}

describe("the admin app: accounts, tokens and the own account", () => {
  it("invites a partner editor by e-mail, who sets a password and can be disabled again", async () => {
    const { servers } = session;
    const partner = await servers.database.db.prisma.partner.findUniqueOrThrow({
      where: { id: servers.accounts.partnerEditor.partnerId },
    });
    const email = "neue.redaktion@traeger.example";
    const admin = await loginAs(servers.accounts.admin.email, "/admin/users");
    const page = admin.page;
    await page.getByRole("heading", { name: "Benutzer", level: 1 }).waitFor();
    await page.getByRole("row", { name: new RegExp(servers.accounts.partnerEditor.email) }).waitFor();
    await expectNoAxeViolations(page);
    await screenshot(page, "admin-users");

    await page.getByRole("button", { name: "Person einladen" }).click();
    await page.getByRole("dialog", { name: "Person einladen" }).waitFor();
    const dialog = page.locator("kausa-user-dialog");
    await dialog.getByRole("textbox", { name: "E-Mail-Adresse" }).fill(email);
    await dialog.getByRole("textbox", { name: "Name" }).fill("Neue Redaktion");
    await choose(page, "Rolle", "Partner-Redaktion");
    await choose(page, "Träger", partner.name);
    await expectNoAxeViolations(page);
    await screenshot(page, "admin-users-invite");
    await dialog.getByRole("button", { name: "Einladen" }).click();
    await dialog.getByText(`per E-Mail an ${email} geschickt`).waitFor();

    const mail = await servers.smtp.mailTo(email);
    const link = setPasswordLink(mail.body);
    expect(link.startsWith(`${servers.api}/admin/set-password#token=`)).toBe(true);
    await dialog.getByRole("button", { name: "Fertig" }).click();
    const row = page.getByRole("row", { name: new RegExp(email) });
    await row.getByText("Einladung offen").waitFor();
    await row.getByText(partner.name).waitFor();
    const invited = await servers.database.db.prisma.user.findUniqueOrThrow({ where: { email } });
    expect([invited.role, invited.partnerId, invited.passwordHash]).toEqual([
      "PARTNER_EDITOR",
      partner.id,
      null,
    ]);

    // The invitee, in a browser of their own.
    const invitee = (await open(link.slice(servers.api.length))).page;
    const password = invitee.getByRole("textbox", { name: "Neues Passwort" });
    const repeat = invitee.getByRole("textbox", { name: "Passwort wiederholen" });
    await password.fill("passwort12345");
    await repeat.fill("passwort12345");
    await invitee.getByRole("button", { name: "Passwort speichern und anmelden" }).click();
    await invitee
      .getByText("Dieses Passwort gehört zu den häufigsten; bitte ein anderes wählen.")
      .first()
      .waitFor();
    await expectNoAxeViolations(invitee);
    await screenshot(invitee, "admin-set-password-refused");
    await password.fill("Grüne Wiesen am Rennsteig bei Oberhof");
    await repeat.fill("Grüne Wiesen am Rennsteig bei Oberhof");
    await invitee.getByRole("button", { name: "Passwort speichern und anmelden" }).click();
    await expect.poll(() => new URL(invitee.url()).pathname).toBe("/admin");
    await invitee.getByRole("navigation", { name: "Hauptnavigation" }).waitFor();
    await invitee.getByText(/Angemeldet als Neue Redaktion/).waitFor();

    await page.reload();
    await page
      .getByRole("row", { name: new RegExp(email) })
      .getByText("aktiv", { exact: true })
      .waitFor();
    await page.getByRole("button", { name: `Deaktivieren – ${email}` }).click();
    await page.getByRole("dialog", { name: "Konto deaktivieren?" }).waitFor();
    await page.locator("kausa-confirm-dialog").getByRole("button", { name: "Deaktivieren" }).click();
    await page.getByRole("status").getByText(`${email} ist deaktiviert.`).waitFor();
    await page
      .getByRole("row", { name: new RegExp(email) })
      .getByText("deaktiviert")
      .waitFor();

    // Their session ended with it.
    await invitee.reload();
    await invitee.getByRole("heading", { name: "Anmelden" }).waitFor();
    expect(new URL(invitee.url()).pathname).toBe("/admin/login");
  });

  it("shows refused input at its field, edits a name and makes a new password link", async () => {
    const { servers } = session;
    const editor = servers.accounts.editor.email;
    const { page } = await loginAs(servers.accounts.admin.email, "/admin/users");
    await page.getByRole("button", { name: "Person einladen" }).click();
    await page.getByRole("dialog", { name: "Person einladen" }).waitFor();
    const dialog = page.locator("kausa-user-dialog");
    await dialog.getByRole("textbox", { name: "E-Mail-Adresse" }).fill(editor);
    await dialog.getByRole("button", { name: "Einladen" }).click();
    await dialog.getByText("Es gibt schon ein Konto mit dieser E-Mail-Adresse.").first().waitFor();
    await expectNoAxeViolations(page);
    await dialog.getByRole("button", { name: "Abbrechen" }).click();
    await page.getByRole("dialog", { name: "Person einladen" }).waitFor({ state: "hidden" });

    await page.getByRole("button", { name: `Bearbeiten – ${editor}` }).click();
    await page.getByRole("dialog", { name: `Konto bearbeiten: ${editor}` }).waitFor();
    await dialog.getByRole("textbox", { name: "Name" }).fill("Redaktion Erfurt");
    await dialog.getByRole("button", { name: "Speichern" }).click();
    await page
      .getByRole("row", { name: new RegExp(editor) })
      .getByText("Redaktion Erfurt")
      .waitFor();
    const stored = await servers.database.db.prisma.user.findUniqueOrThrow({ where: { email: editor } });
    expect(stored.name).toBe("Redaktion Erfurt");

    await page.getByRole("button", { name: `Neuen Passwort-Link erzeugen – ${editor}` }).click();
    await page.getByRole("dialog", { name: "Neuer Passwort-Link" }).waitFor();
    await page.getByText(`Der Link wurde auch per E-Mail an ${editor} geschickt.`).waitFor();
    const shown = await page.getByRole("textbox", { name: "Link zum Passwort-Setzen" }).inputValue();
    expect(shown).toBe(setPasswordLink((await servers.smtp.mailTo(editor)).body));
  });

  it("shows a new API token once; it works as a Bearer token until it is revoked", async () => {
    const { page } = await loginAs(session.servers.accounts.admin.email, "/admin/tokens");
    await page.getByRole("heading", { name: "API-Tokens", level: 1 }).waitFor();
    await page.getByRole("button", { name: "Token anlegen" }).click();
    await page.getByRole("dialog", { name: "Token anlegen" }).waitFor();
    const form = page.locator("kausa-token-dialog");
    await form.getByRole("textbox", { name: "Bezeichnung" }).fill("E2E-Skript");
    await form.getByRole("button", { name: "Token anlegen" }).click();

    await page.getByRole("dialog", { name: "Neues Token" }).waitFor();
    const secretDialog = page.locator("kausa-token-dialog");
    await secretDialog.getByText("nur dieses eine Mal angezeigt").waitFor();
    const token = await secretDialog.getByRole("textbox", { name: "Token „E2E-Skript“" }).inputValue();
    expect(token).toMatch(/^kausa_at_/);
    await expectNoAxeViolations(page);
    await screenshot(page, "admin-token-secret");

    const allowed = await withToken(token);
    expect(allowed.status).toBe(200);
    expect(allowed.totalCount).toBeGreaterThan(0);

    await secretDialog.getByRole("button", { name: "Fertig" }).click();
    await page.getByRole("dialog", { name: "Neues Token" }).waitFor({ state: "hidden" });
    const row = page.getByRole("row", { name: /E2E-Skript/ });
    await row.getByText("gültig").waitFor();
    expect(await row.textContent()).toContain(token.slice(0, 12));
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: "Widerrufen – E2E-Skript" }).click();
    await page.getByRole("dialog", { name: "Token widerrufen?" }).waitFor();
    await page.locator("kausa-confirm-dialog").getByRole("button", { name: "Widerrufen" }).click();
    await page.getByRole("status").getByText("Das Token „E2E-Skript“ ist widerrufen.").waitFor();
    await row.getByText(/widerrufen am/).waitFor();

    expect((await withToken(token)).status).toBe(401);
  });

  it("changes the own password (the current one is checked) and logs out everywhere", async () => {
    const email = "konto@kausa.example";
    const newPassword = "Ein neuer Satz für die Anlaufstellen in Gera";
    const actor = { userId: null, tokenId: null, label: "e2e" };
    await createUserAccount(session.servers.database.db, actor, {
      email,
      role: "EDITOR",
      name: "Konto Test",
      password: PASSWORD,
    });
    const { page } = await loginAs(email, "/admin/account");
    await page.getByRole("heading", { name: "Mein Konto", level: 1 }).waitFor();
    await page.getByText(email, { exact: true }).waitFor();
    await page.getByText("Mindestens 12 Zeichen.").waitFor();
    await expectNoAxeViolations(page);
    await screenshot(page, "admin-account");

    const current = page.getByRole("textbox", { name: "Aktuelles Passwort" });
    await current.fill("nicht das richtige Passwort");
    await page.getByRole("textbox", { name: /^Neues Passwort(?! wiederholen)/ }).fill(newPassword);
    await page.getByRole("textbox", { name: "Neues Passwort wiederholen" }).fill(newPassword);
    await page.getByRole("button", { name: "Passwort ändern" }).click();
    await page.getByText("Das aktuelle Passwort ist falsch.").first().waitFor();
    await expectNoAxeViolations(page);

    await current.fill(PASSWORD);
    await page.getByRole("button", { name: "Passwort ändern" }).click();
    await page.getByText("Das Passwort ist geändert.", { exact: false }).waitFor();

    await page.getByRole("button", { name: "Abmelden", exact: true }).click();
    await page.getByRole("heading", { name: "Anmelden" }).waitFor();
    await login(page, email, newPassword);
    await page.getByRole("navigation", { name: "Hauptnavigation" }).waitFor();

    await page.goto(`${session.servers.api}/admin/account`);
    await page.getByRole("button", { name: "Überall abmelden" }).click();
    await page.getByRole("dialog", { name: "Überall abmelden?" }).waitFor();
    await page.locator("kausa-confirm-dialog").getByRole("button", { name: "Überall abmelden" }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe("/admin/login");
    await page.reload();
    await page.getByRole("heading", { name: "Anmelden" }).waitFor();
  });

  it("sends a partner editor away from the administrators' pages", async () => {
    const { page } = await loginAs(session.servers.accounts.partnerEditor.email, "/admin/users");
    await expect.poll(() => new URL(page.url()).pathname).toBe("/admin");
    await page.goto(`${session.servers.api}/admin/tokens`);
    await page.getByRole("navigation", { name: "Hauptnavigation" }).waitFor();
    await expect.poll(() => new URL(page.url()).pathname).toBe("/admin");
    expect(await page.getByRole("link", { name: "Benutzer" }).count()).toBe(0);
  });
});
