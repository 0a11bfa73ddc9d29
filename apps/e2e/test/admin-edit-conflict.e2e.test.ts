import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { expectNoAxeViolations, useAdminSession } from "./support/admin-session.ts";
import { screenshot } from "./support/browser.ts";

const { session, loginAs } = useAdminSession();

const prisma = () => session.servers.database.db.prisma;
const phone = (page: Page) => page.getByRole("textbox", { name: /^Telefon/ });
const email = (page: Page) => page.getByRole("textbox", { name: /^E-Mail-Adresse/ });
const saveButton = (page: Page) => page.getByRole("button", { name: "Speichern", exact: true });
const CONFLICT = "Jemand anderes hat diesen Eintrag inzwischen gespeichert";

describe("two editors saving the same record", () => {
  it("never overwrites silently: the later one merges field by field in the merge view", async () => {
    const point = await prisma().contactPoint.findFirstOrThrow({
      where: { status: "PUBLISHED", partnerId: { not: session.servers.accounts.partnerEditor.partnerId } },
      orderBy: { id: "desc" },
    });
    const path = `/admin/contact-points/${point.id}`;
    const a = await loginAs(session.servers.accounts.admin.email, path);
    const b = await loginAs(session.servers.accounts.editor.email, path);
    for (const { page } of [a, b]) await page.getByText(`Version ${point.version}`).waitFor();

    // A saves first.
    await phone(a.page).fill("0361 111111");
    await saveButton(a.page).click();
    await a.page
      .getByRole("status")
      .getByText(`Gespeichert. Version ${point.version + 1}.`)
      .waitFor();

    // B, still on the old version, changes the phone too, and the e-mail address.
    await phone(b.page).fill("0361 222222");
    await email(b.page).fill("zusammen@example.org");
    await saveButton(b.page).click();
    // The dialog's content is slotted into it: found through the merge view element.
    const dialogBox = b.page.getByRole("dialog", { name: CONFLICT });
    const dialog = b.page.locator("kausa-conflict-dialog");
    await dialogBox.waitFor();
    // One choice per differing field, each naming the value it keeps.
    const mine = (value: string) => dialog.getByRole("radio", { name: `Ihr Wert ${value}`, exact: true });
    const theirs = (value: string) =>
      dialog.getByRole("radio", {
        name: `Aktueller Wert (von jemand anderem gespeichert) ${value}`,
        exact: true,
      });
    await mine("0361 222222").waitFor();
    await theirs("0361 111111").waitFor();
    await mine("zusammen@example.org").waitFor();
    await theirs(point.email ?? "(leer)").waitFor();
    // What the editor changed is preselected as theirs to keep.
    expect(await mine("0361 222222").getAttribute("aria-checked")).toBe("true");
    // Only the fields that differ are listed, each as a group named by its field.
    expect(await dialog.getByRole("radiogroup").count()).toBe(2);
    expect(await dialog.getByRole("radiogroup", { name: "Telefon", exact: true }).count()).toBe(1);
    expect(await dialog.getByRole("radiogroup", { name: "E-Mail-Adresse", exact: true }).count()).toBe(1);
    await expectNoAxeViolations(b.page);
    await screenshot(b.page, "admin-edit-conflict");
    // Nothing was written by B's stale save.
    expect(await prisma().contactPoint.findUniqueOrThrow({ where: { id: point.id } })).toMatchObject({
      phone: "0361 111111",
      version: point.version + 1,
    });

    // Cancelling keeps B's entries in the form; saving again brings the merge view back.
    await dialog.getByRole("button", { name: /^Abbrechen/ }).click();
    await dialogBox.waitFor({ state: "hidden" });
    await b.page
      .getByText("Nicht gespeichert. Ihre Eingaben stehen weiter im Formular", { exact: false })
      .waitFor();
    expect(await phone(b.page).inputValue()).toBe("0361 222222");
    expect(await email(b.page).inputValue()).toBe("zusammen@example.org");
    await saveButton(b.page).click();
    await dialogBox.waitFor();

    // B takes A's phone number and keeps their own e-mail address.
    await theirs("0361 111111").click();
    await dialog.getByRole("button", { name: "Zusammengeführt speichern" }).click();
    await b.page
      .getByRole("status")
      .getByText(`Gespeichert. Version ${point.version + 2}.`)
      .waitFor();

    const merged = await prisma().contactPoint.findUniqueOrThrow({ where: { id: point.id } });
    expect(merged).toMatchObject({
      phone: "0361 111111",
      email: "zusammen@example.org",
      version: point.version + 2,
      name: point.name,
    });
    expect(await phone(b.page).inputValue()).toBe("0361 111111");
    // The history names both saves, by both people.
    const history = await prisma().auditEntry.findMany({
      where: { entityId: point.id, action: "UPDATE" },
      orderBy: { id: "asc" },
    });
    expect(history.map((h) => h.actorLabel)).toEqual([
      session.servers.accounts.admin.email,
      session.servers.accounts.editor.email,
    ]);
  });
});
