import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { expectNoAxeViolations, useAdminSession } from "./support/admin-session.ts";
import { axeViolations } from "./support/axe.ts";
import { screenshot } from "./support/browser.ts";

const { session, loginAs } = useAdminSession();
const prisma = () => session.servers.database.db.prisma;

const UPDATE = `mutation($id: ID!, $v: Int!, $input: ContactPointInput!) {
  updateContactPoint(id: $id, version: $v, input: $input) {
    __typename ... on MutationUpdateContactPointSuccess { data { version } }
  }
}`;

/** Changes a contact point as the logged-in editor, with the session cookie (as the edit page does). */
async function updateInBrowser(page: Page, rawId: string, version: number, input: Record<string, unknown>) {
  const result = await page.evaluate(
    async ({ query, variables }) => {
      const response = await fetch("/graphql", {
        method: "POST",
        credentials: "same-origin",
        headers: { "content-type": "application/json", "x-graphql-yoga-csrf": "1" },
        body: JSON.stringify({ query, variables }),
      });
      return response.json();
    },
    { query: UPDATE, variables: { id: btoa(`ContactPoint:${rawId}`), v: version, input } },
  );
  expect(result.data.updateContactPoint).toEqual({
    __typename: "MutationUpdateContactPointSuccess",
    data: { version: version + 1 },
  });
}

/** The dialog's content is slotted: it is found from the dialog's host element, not its panel. */
const inDialog = (page: Page) => page.locator("kausa-restore-dialog");
/** Closed and faded out (the dialog role is gone at once, the fade takes a moment longer). */
const dialogClosed = (page: Page) =>
  page.locator("kausa-restore-dialog sl-dialog .dialog").waitFor({ state: "hidden" });
const rows = (page: Page) => page.getByRole("table", { name: /^Verlauf von / }).locator("tbody tr");
const rowText = async (page: Page, index: number) =>
  ((await rows(page).nth(index).textContent()) ?? "").replace(/\s+/g, " ");

describe("the admin app: a record's history", () => {
  it("shows who changed which field from what to what, and restores an older version as a new one", async () => {
    const { editor } = session.servers.accounts;
    const target = await prisma().contactPoint.findFirstOrThrow({
      where: { status: "PUBLISHED" },
      orderBy: { name: "asc" },
    });
    const oldName = target.name;
    const newName = `${oldName} (umbenannt)`;
    const historyPath = `/admin/contact-points/${target.id}/history`;
    const { page } = await loginAs(editor.email, historyPath);
    await page.getByRole("heading", { level: 1, name: `Verlauf: ${oldName}` }).waitFor();
    await page.getByText("Noch keine Einträge im Verlauf.").waitFor();
    expect(await page.getByRole("link", { name: "Zurück zum Eintrag" }).getAttribute("href")).toBe(
      `/admin/contact-points/${target.id}`,
    );

    // Two changes: the phone number (the version to go back to), then the name.
    await updateInBrowser(page, target.id, target.version, { phone: "0361 5551234" });
    await updateInBrowser(page, target.id, target.version + 1, { name: newName });
    await page.reload();
    await page.getByRole("heading", { level: 1, name: `Verlauf: ${newName}` }).waitFor();
    await expect.poll(() => rows(page).count()).toBe(2);
    const rename = await rowText(page, 0);
    expect(rename).toContain(editor.email);
    expect(rename).toContain("Geändert");
    expect(rename).toContain(`Name: vorher: ${oldName} → nachher: ${newName}`);
    expect(await rowText(page, 1)).toContain(
      `Telefon: vorher: ${target.phone ?? "(leer)"} → nachher: 0361 5551234`,
    );
    // The newest entry is what the record is now: nothing to restore there.
    expect(await rows(page).nth(0).getByRole("button").count()).toBe(0);
    const restore = rows(page)
      .nth(1)
      .getByRole("button", { name: /^Diese Version wiederherstellen/ });
    await restore.waitFor();
    await expectNoAxeViolations(page);
    await screenshot(page, "admin-history");

    await restore.click();
    const dialog = page.getByRole("dialog", { name: "Version wiederherstellen?" });
    await dialog.waitFor();
    await inDialog(page)
      .getByRole("textbox", { name: "Grund (optional)" })
      .fill("Der alte Name war richtig.");
    // The dialog fades in: while it does, its text is half transparent and axe measures blended
    // colours. Asked until the fade is over; a real violation stays and fails after the timeout.
    await expect.poll(() => axeViolations(page)).toEqual([]);
    await screenshot(page, "admin-history-restore-dialog");
    await inDialog(page).getByRole("button", { name: "Wiederherstellen", exact: true }).click();

    await page
      .getByRole("status")
      .filter({ hasText: `wurde wiederhergestellt (jetzt Version ${target.version + 3})` })
      .waitFor();
    await dialogClosed(page);
    const restored = await prisma().contactPoint.findUniqueOrThrow({ where: { id: target.id } });
    expect(restored).toMatchObject({ name: oldName, phone: "0361 5551234", version: target.version + 3 });
    const [revert] = await prisma().auditEntry.findMany({
      where: { entityType: "CONTACT_POINT", entityId: target.id },
      orderBy: { id: "desc" },
      take: 1,
    });
    expect(revert).toMatchObject({
      action: "REVERT",
      actorLabel: editor.email,
      reason: "Der alte Name war richtig.",
      changes: { name: { before: newName, after: oldName } },
    });

    // The new entry is on top, and the page names the record as it is now.
    await page.getByRole("heading", { level: 1, name: `Verlauf: ${oldName}` }).waitFor();
    await expect.poll(() => rows(page).count()).toBe(3);
    const top = await rowText(page, 0);
    expect(top).toContain("Ältere Version wiederhergestellt");
    expect(top).toContain(`Name: vorher: ${newName} → nachher: ${oldName}`);
    expect(top).toContain("Grund: Der alte Name war richtig.");
    await expectNoAxeViolations(page);
  });

  it("refuses to restore over a change made meanwhile, says so and shows the history as it is now", async () => {
    const target = await prisma().contactPoint.findFirstOrThrow({
      where: { status: "PUBLISHED" },
      orderBy: { name: "desc" },
    });
    const { page } = await loginAs(
      session.servers.accounts.admin.email,
      `/admin/contact-points/${target.id}/history`,
    );
    await page.getByText("Noch keine Einträge im Verlauf.").waitFor();
    await updateInBrowser(page, target.id, target.version, { phone: "03641 123456" });
    await updateInBrowser(page, target.id, target.version + 1, { phone: "03641 654321" });
    await page.reload();
    await rows(page)
      .nth(1)
      .getByRole("button", { name: /^Diese Version wiederherstellen/ })
      .click();
    const dialog = page.getByRole("dialog", { name: "Version wiederherstellen?" });
    await dialog.waitFor();
    // Somebody else saves while the dialog is open.
    await updateInBrowser(page, target.id, target.version + 2, { street: "Neue Straße 1" });
    await inDialog(page).getByRole("button", { name: "Wiederherstellen", exact: true }).click();

    await page.getByRole("status").filter({ hasText: "Der Eintrag wurde inzwischen geändert." }).waitFor();
    await dialogClosed(page);
    const stored = await prisma().contactPoint.findUniqueOrThrow({ where: { id: target.id } });
    expect(stored).toMatchObject({
      phone: "03641 654321",
      street: "Neue Straße 1",
      version: target.version + 3,
    });
    // Reloaded: the change made meanwhile is listed.
    await expect.poll(() => rowText(page, 0)).toContain("Straße");
    await expectNoAxeViolations(page);
  });
});
