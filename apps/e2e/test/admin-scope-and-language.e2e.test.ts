import { describe, expect, it } from "vitest";
import { expectNoAxeViolations, useAdminSession } from "./support/admin-session.ts";
import { screenshot } from "./support/browser.ts";

// A partner editor sees nothing of other organisations, whichever address they type; and the
// app works in English as it does in German.

const { session, loginAs } = useAdminSession();

describe("a partner editor typing addresses of other organisations' records", () => {
  it("gets 'not found' for another partner's offer, history and review item, and no data", async () => {
    const prisma = session.servers.database.db.prisma;
    const own = session.servers.accounts.partnerEditor.partnerId;
    const offer = await prisma.offer.findFirstOrThrow({ where: { partnerId: { not: own } } });
    const point = await prisma.contactPoint.findFirstOrThrow({ where: { partnerId: { not: own } } });
    const request = await prisma.changeRequest.create({
      data: {
        entityType: "CONTACT_POINT",
        entityId: point.id,
        partnerId: point.partnerId,
        kind: "UPDATE",
        status: "OPEN",
        baseVersion: point.version,
        proposed: { phone: "030 23125 999" },
        submittedAt: new Date(),
      },
    });
    const { page } = await loginAs(session.servers.accounts.partnerEditor.email, `/admin/offers/${offer.id}`);
    await page.getByRole("heading", { level: 1, name: "Nicht gefunden" }).waitFor();
    expect(await page.getByRole("textbox").count()).toBe(0);
    expect(await page.locator("main").textContent()).not.toContain(offer.occupation ?? "\u0000");

    await page.goto(`${session.servers.api}/admin/contact-points/${point.id}/history`);
    await page.getByText("Diesen Eintrag gibt es nicht, oder Sie dürfen ihn nicht bearbeiten.").waitFor();
    expect(await page.locator("main").textContent()).not.toContain(point.name);

    await page.goto(`${session.servers.api}/admin/review/${request.id}`);
    await page.getByText("Diesen Prüfauftrag gibt es nicht, oder er ist für Sie nicht sichtbar.").waitFor();
    const main = (await page.locator("main").textContent()) ?? "";
    expect(main).not.toContain(point.name);
    expect(main).not.toContain("030 23125 999");
    expect(await page.getByRole("button", { name: "Freigeben" }).count()).toBe(0);
    await expectNoAxeViolations(page);
  });
});

describe("the admin app in English", () => {
  it("switches the whole interface to English, remembers it, and stays accessible", async () => {
    const { page } = await loginAs(session.servers.accounts.editor.email, "/admin");
    await page.getByRole("heading", { level: 1, name: "Übersicht" }).waitFor();
    await page.getByRole("combobox", { name: "Sprache" }).click();
    await page.getByRole("option", { name: "English" }).click();
    await page.getByRole("heading", { level: 1, name: "Overview" }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("en");
    await page
      .getByRole("navigation", { name: "Main navigation" })
      .getByRole("link", { name: "Contact points" })
      .waitFor();
    await expectNoAxeViolations(page);

    // Remembered in this browser: a reload stays English.
    await page.reload();
    await page.getByRole("heading", { level: 1, name: "Overview" }).waitFor();
    await page
      .getByRole("navigation", { name: "Main navigation" })
      .getByRole("link", { name: "Contact points" })
      .click();
    await page.getByRole("heading", { level: 1, name: "Contact points" }).waitFor();
    await expectNoAxeViolations(page);
    await page.locator("kausa-record-list-page tbody tr a").first().click();
    await page.getByRole("button", { name: "Save", exact: true }).waitFor();
    await expectNoAxeViolations(page);
    await screenshot(page, "admin-edit-english");
  });
});
