import { describe, expect, it } from "vitest";
import { axeViolations } from "./support/axe.ts";
import { screenshot } from "./support/browser.ts";
import { useBrowserSession } from "./support/session.ts";

const { session, hostUrl, visit: openVisit } = useBrowserSession();

const firstCard = () => session.visit!.page.locator("kausa-finder ol[part=list] > li").first();
const toggleOf = (card: ReturnType<typeof firstCard>) =>
  card.getByRole("button", { name: /^Angaben veraltet\? Melden/ });
/** Whether the element (inside the shadow roots) has the focus. */
const focused = (locator: ReturnType<typeof firstCard>) => locator.evaluate((el) => el.matches(":focus"));
/** The database's id of a contact point from its global ID (base64 of "ContactPoint:<id>"). */
const databaseId = (globalId: string) => Buffer.from(globalId, "base64").toString("utf8").split(":")[1];

async function open() {
  const visit = await openVisit(hostUrl('view="list"'));
  await firstCard().waitFor();
  return visit;
}

describe("'Angaben veraltet? Melden' on a contact card", () => {
  it("opens an inline form by keyboard, sends an anonymous report and thanks the visitor", async () => {
    const { page, problems } = await open();
    const card = firstCard();
    const id = (await card.getAttribute("data-id"))!;
    const toggle = toggleOf(card);
    expect(await toggle.getAttribute("aria-expanded")).toBe("false");

    await toggle.focus();
    await page.keyboard.press("Enter");
    const reason = card.getByRole("combobox", { name: "Was stimmt nicht mehr?" });
    await reason.waitFor();
    expect(await toggle.getAttribute("aria-expanded")).toBe("true");
    await expect.poll(() => focused(reason)).toBe(true);
    // OFFER_ENDED is for offers, not contact points; no field asks for personal data.
    const reasons = await reason
      .locator("option")
      .evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
    expect(reasons).toEqual(["", "PHONE", "EMAIL", "WEBSITE", "ADDRESS", "OPENING_HOURS", "CLOSED", "OTHER"]);
    expect(await card.locator("input").count()).toBe(0);

    await reason.selectOption("PHONE");
    await page.keyboard.press("Tab");
    const note = card.getByRole("textbox", { name: "Hinweis (freiwillig)" });
    await expect.poll(() => focused(note)).toBe(true);
    expect(await note.getAttribute("maxlength")).toBe("500");
    const message = "Unter der Nummer meldet sich niemand mehr.";
    await page.keyboard.type(message);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, "finder-report-open");

    await card.getByRole("button", { name: "Senden" }).focus();
    await page.keyboard.press("Enter");
    await expect.poll(() => card.getByRole("status").textContent()).toContain("Vielen Dank!");
    expect(await reason.count()).toBe(0);
    expect(await toggle.getAttribute("aria-expanded")).toBe("false");
    await expect.poll(() => focused(toggle)).toBe(true);

    const report = await session.servers.database.db.prisma.outdatedReport.findFirstOrThrow({
      where: { entityId: databaseId(id), message },
    });
    expect([report.reason, report.status]).toEqual(["PHONE", "OPEN"]);
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
  });

  it("closes with Abbrechen or Escape, focus back on the button, and sends nothing", async () => {
    const { page } = await open();
    const card = firstCard();
    const toggle = toggleOf(card);
    const before = await session.servers.database.db.prisma.outdatedReport.count();
    await toggle.click();
    const reason = card.getByRole("combobox", { name: "Was stimmt nicht mehr?" });
    await expect.poll(() => focused(reason)).toBe(true);
    await page.keyboard.press("Escape");
    await expect.poll(() => reason.count()).toBe(0);
    await expect.poll(() => focused(toggle)).toBe(true);

    await page.keyboard.press("Enter");
    await card.getByRole("button", { name: "Abbrechen" }).click();
    await expect.poll(() => reason.count()).toBe(0);
    await expect.poll(() => focused(toggle)).toBe(true);
    expect(await card.getByRole("status").textContent()).not.toContain("Vielen Dank");
    expect(await session.servers.database.db.prisma.outdatedReport.count()).toBe(before);
  });

  it("works in Arabic, right to left", async () => {
    const { page } = await openVisit(hostUrl('view="list" lang="ar"'));
    const card = firstCard();
    const toggle = card.getByRole("button", { name: /^هل المعلومات قديمة؟ أبلغ عنها/ });
    await toggle.click();
    const reason = card.getByRole("combobox", { name: "ما الذي لم يعد صحيحاً؟" });
    await expect.poll(() => focused(reason)).toBe(true);
    expect(await reason.evaluate((el) => getComputedStyle(el).direction)).toBe("rtl");
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, "finder-report-ar");
  });
});
