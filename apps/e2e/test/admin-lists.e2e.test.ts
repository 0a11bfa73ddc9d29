import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { expectNoAxeViolations, useAdminSession } from "./support/admin-session.ts";
import { screenshot } from "./support/browser.ts";

const { session, loginAs } = useAdminSession();
const prisma = () => session.servers.database.db.prisma;

const PAGE_SIZE = 25;
const LIST_ORDER = [{ updatedAt: "desc" as const }, { id: "asc" as const }];
const germanNumber = (n: number) => new Intl.NumberFormat("de-DE").format(n);

/** The list's table (named by its caption) and the names in its rows, in order. */
const table = (page: Page) => page.getByRole("table", { name: /^Anlaufstellen: Seite/ });
const rowNames = async (page: Page) =>
  (await table(page).locator("tbody tr td:first-child a").allTextContents()).map((t) => t.trim());
/** "162 Anlaufstellen" above the table (a live region: filters announce their result). */
const countText = (page: Page) =>
  page
    .getByRole("status")
    .filter({ hasText: /\d+ Anlaufstelle/ })
    .first()
    .textContent();
const search = (page: Page) => page.getByRole("searchbox", { name: "Suche" });
const query = (page: Page) => new URL(page.url()).searchParams;

/** Waits until the list shows `count` entries in total. */
async function expectTotal(page: Page, count: number) {
  const text = count === 1 ? "1 Anlaufstelle" : `${germanNumber(count)} Anlaufstellen`;
  await expect.poll(async () => (await countText(page))?.trim()).toBe(text);
}

/** Months ago, as the API's stale filter counts (calendar months). */
const monthsAgo = (months: number) => {
  const date = new Date();
  date.setMonth(date.getMonth() - months);
  return date;
};

describe("the admin app: lists of records", () => {
  it("shows staff every contact point, page by page, in the API's order; pages survive reload and back", async () => {
    const total = await prisma().contactPoint.count();
    const ordered = await prisma().contactPoint.findMany({ orderBy: LIST_ORDER, select: { name: true } });
    const { page } = await loginAs(session.servers.accounts.editor.email, "/admin/contact-points");
    await page.getByRole("heading", { level: 1, name: "Anlaufstellen" }).waitFor();
    await expectTotal(page, total);
    expect(await page.title()).toBe("Anlaufstellen – KAUSA Verwaltung");
    await expect.poll(() => rowNames(page)).toEqual(ordered.slice(0, PAGE_SIZE).map((c) => c.name));
    await page.getByRole("link", { name: "Neu anlegen" }).waitFor();
    // Staff filter by partner; the districts are offered for contact points.
    await page.getByRole("combobox", { name: "Träger" }).waitFor();
    await page.getByRole("combobox", { name: "Landkreis oder kreisfreie Stadt" }).waitFor();
    await expectNoAxeViolations(page);
    await screenshot(page, "admin-contact-point-list");

    const pages = Math.ceil(total / PAGE_SIZE);
    expect(pages).toBeGreaterThan(2);
    await page.getByRole("button", { name: "Weiter" }).click();
    await expect.poll(() => query(page).get("page")).toBe("2");
    await expect
      .poll(() => rowNames(page))
      .toEqual(ordered.slice(PAGE_SIZE, 2 * PAGE_SIZE).map((c) => c.name));
    await page.getByRole("navigation", { name: `Seite 2 von ${pages}` }).waitFor();

    await page.goBack();
    await expect.poll(() => query(page).get("page")).toBeNull();
    await expect.poll(() => rowNames(page)).toEqual(ordered.slice(0, PAGE_SIZE).map((c) => c.name));

    // A link to page 3 (no cursor known yet): the rows before it are skipped on the server.
    await page.goto(`${session.servers.api}/admin/contact-points?page=3`);
    await expect
      .poll(() => rowNames(page))
      .toEqual(ordered.slice(2 * PAGE_SIZE, 3 * PAGE_SIZE).map((c) => c.name));
    await page.getByRole("navigation", { name: `Seite 3 von ${pages}` }).waitFor();

    // A page the list does not have (any more): its last page instead.
    await page.goto(`${session.servers.api}/admin/contact-points?page=99`);
    await expect.poll(() => query(page).get("page")).toBe(String(pages));
    await expect
      .poll(() => rowNames(page))
      .toEqual(ordered.slice((pages - 1) * PAGE_SIZE).map((c) => c.name));
  });

  it("filters by name, state and freshness, keeps the filters in the URL and says when nothing matches", async () => {
    const [drafted, stale, searched] = await prisma().contactPoint.findMany({
      where: { status: "PUBLISHED", lastVerifiedAt: { gte: monthsAgo(6) } },
      orderBy: { name: "asc" },
      take: 3,
    });
    if (!drafted || !stale || !searched) throw new Error("the sample data has too few recent contact points");
    await prisma().contactPoint.update({ where: { id: drafted.id }, data: { status: "DRAFT" } });
    const twoYearsAgo = monthsAgo(24);
    await prisma().contactPoint.update({ where: { id: stale.id }, data: { lastVerifiedAt: twoYearsAgo } });
    const { page } = await loginAs(session.servers.accounts.editor.email, "/admin/contact-points");
    await expectTotal(page, await prisma().contactPoint.count());

    // Search: part of one name.
    await search(page).fill(searched.name);
    await expect.poll(() => query(page).get("q")).toBe(searched.name);
    await expect.poll(() => rowNames(page)).toEqual([searched.name]);
    await expectTotal(page, 1);
    await search(page).fill("");
    await expect.poll(() => query(page).get("q")).toBeNull();

    // State: drafts only.
    await page.getByRole("combobox", { name: "Status" }).click();
    await page.getByRole("option", { name: "Entwurf" }).click();
    await page.keyboard.press("Escape");
    await expect.poll(() => query(page).get("status")).toBe("DRAFT");
    const drafts = await prisma().contactPoint.findMany({ where: { status: "DRAFT" }, orderBy: LIST_ORDER });
    expect(drafts.map((d) => d.id)).toContain(drafted.id);
    await expectTotal(page, drafts.length);
    await expect.poll(() => rowNames(page)).toEqual(drafts.map((d) => d.name));
    await table(page)
      .getByRole("row", { name: new RegExp(drafted.name) })
      .getByText("Entwurf")
      .waitFor();
    await expectNoAxeViolations(page);
    await screenshot(page, "admin-contact-point-list-drafts");

    // A reload shows the same list.
    await page.reload();
    await expectTotal(page, drafts.length);
    await expect.poll(() => rowNames(page)).toEqual(drafts.map((d) => d.name));
    expect(query(page).get("status")).toBe("DRAFT");

    // Not verified for 12 months, in every state (a new list: the status filter is cleared).
    await page.goto(`${session.servers.api}/admin/contact-points`);
    await expectTotal(page, await prisma().contactPoint.count());
    const staleSwitch = page.getByRole("switch", { name: "Nicht geprüft seit 12 Monaten" });
    // With the keyboard (the switch's thumb covers its input for a pointer).
    await staleSwitch.focus();
    await page.keyboard.press("Space");
    await expect.poll(() => query(page).get("stale")).toBe("1");
    const staleCount = await prisma().contactPoint.count({
      where: { OR: [{ lastVerifiedAt: null }, { lastVerifiedAt: { lt: monthsAgo(12) } }] },
    });
    await expectTotal(page, staleCount);
    const staleRow = table(page).getByRole("row", { name: new RegExp(stale.name) });
    await staleRow.getByText("veraltet").waitFor();
    await staleRow
      .getByText(new Intl.DateTimeFormat("de-DE", { dateStyle: "medium" }).format(twoYearsAgo))
      .waitFor();
    // Every row of this filter says so (there is at least the one made stale above).
    const markers = table(page).locator("tbody tr").filter({ hasText: "veraltet" });
    await expect.poll(() => markers.count()).toBe(Math.min(staleCount, PAGE_SIZE));

    await page.reload();
    await expectTotal(page, staleCount);
    await expect.poll(() => staleSwitch.isChecked()).toBe(true);

    // Back: the unfiltered list again, the switch off.
    await page.goBack();
    await expect.poll(() => query(page).get("stale")).toBeNull();
    await expectTotal(page, await prisma().contactPoint.count());
    await expect.poll(() => staleSwitch.isChecked()).toBe(false);

    // Nothing matches: said in words, with a way back.
    await search(page).fill("Diesen Namen gibt es nirgends");
    await page.getByText("Keine Einträge passen zu diesen Filtern.").waitFor();
    await expectTotal(page, 0);
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: "Filter zurücksetzen" }).click();
    await expect.poll(() => query(page).get("q")).toBeNull();
    await expectTotal(page, await prisma().contactPoint.count());
  });

  it("filters offers and partners by their kind (URL key type), named in German", async () => {
    /** "12 Angebote" above the list, and the kind column of its table (named by its caption). */
    const total = (page: Page, many: string) =>
      page
        .getByRole("status")
        .filter({ hasText: new RegExp(`^\\s*[\\d.]+ ${many.slice(0, 5)}`) })
        .first();
    const kindCells = async (page: Page, many: string) =>
      (
        await page
          .getByRole("table", { name: new RegExp(`^${many}: Seite`) })
          .locator("tbody tr td:nth-child(3)")
          .allTextContents()
      ).map((t) => t.trim());
    const count = (n: number, one: string, many: string) =>
      n === 1 ? `1 ${one}` : `${germanNumber(n)} ${many}`;

    const guides = await prisma().offer.count({ where: { kind: "GUIDE" } });
    const offers = await prisma().offer.count();
    expect(guides).toBeGreaterThan(0);
    expect(guides).toBeLessThan(offers);
    const { page } = await loginAs(session.servers.accounts.editor.email, "/admin/offers");
    await expect
      .poll(async () => (await total(page, "Angebote").textContent())?.trim())
      .toBe(count(offers, "Angebot", "Angebote"));
    const kind = page.getByRole("combobox", { name: "Art des Angebots" });
    await kind.click();
    await page.getByRole("option", { name: "Leitfaden" }).click();
    await page.keyboard.press("Escape");
    await expect.poll(() => query(page).get("type")).toBe("GUIDE");
    await expect
      .poll(async () => (await total(page, "Angebote").textContent())?.trim())
      .toBe(count(guides, "Angebot", "Angebote"));
    await expect
      .poll(() => kindCells(page, "Angebote"))
      .toEqual(Array(Math.min(guides, PAGE_SIZE)).fill("Leitfaden"));
    await expectNoAxeViolations(page);
    await screenshot(page, "admin-offer-list-kind");
    await page.reload();
    await expect
      .poll(() => kindCells(page, "Angebote"))
      .toEqual(Array(Math.min(guides, PAGE_SIZE)).fill("Leitfaden"));

    // Partners, by link: two types at once.
    const types = ["JOBCENTER", "EMPLOYMENT_AGENCY"] as const;
    const matching = await prisma().partner.count({ where: { type: { in: [...types] } } });
    const jobcenters = await prisma().partner.count({ where: { type: "JOBCENTER" } });
    expect(jobcenters).toBeGreaterThan(0);
    expect(matching).toBeGreaterThan(jobcenters);
    await page.goto(`${session.servers.api}/admin/partners?type=${types.join(",")}`);
    await page.getByRole("combobox", { name: "Art des Trägers" }).waitFor();
    await expect
      .poll(async () => (await total(page, "Träger").textContent())?.trim())
      .toBe(count(matching, "Träger", "Träger"));
    await expect
      .poll(async () => [...new Set(await kindCells(page, "Träger"))].sort())
      .toEqual(["Agentur für Arbeit", "Jobcenter"]);
    await expectNoAxeViolations(page);

    // Contact points have no kind: no such filter, and a stray type in the URL changes nothing.
    await page.goto(`${session.servers.api}/admin/contact-points?type=GUIDE`);
    await expectTotal(page, await prisma().contactPoint.count());
    expect(await page.getByRole("combobox", { name: /^Art/ }).count()).toBe(0);
  });

  it("shows a partner editor only their organisation's contact points, without a partner filter", async () => {
    const { partnerEditor } = session.servers.accounts;
    const own = await prisma().contactPoint.findMany({
      where: { partnerId: partnerEditor.partnerId },
      orderBy: LIST_ORDER,
    });
    expect(own.length).toBeGreaterThan(0);
    const { page } = await loginAs(partnerEditor.email, "/admin/contact-points");
    await expectTotal(page, own.length);
    await expect.poll(() => rowNames(page)).toEqual(own.map((c) => c.name));
    await page.getByRole("combobox", { name: "Status" }).waitFor();
    expect(await page.getByRole("combobox", { name: "Träger" }).count()).toBe(0);
    await expectNoAxeViolations(page);
  });

  it("fits 768 px and 200 % zoom: the table scrolls inside its box, the page does not", async () => {
    for (const width of [768, 640]) {
      const { page } = await loginAs(session.servers.accounts.editor.email, "/admin/contact-points", {
        viewport: { width, height: 900 },
        deviceScaleFactor: width === 640 ? 2 : 1,
      });
      await expect.poll(async () => (await rowNames(page)).length).toBe(PAGE_SIZE);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      const wrap = page.locator("kausa-record-list-table .table-wrap");
      const { scrollWidth, clientWidth } = await wrap.evaluate((el) => ({
        scrollWidth: el.scrollWidth,
        clientWidth: el.clientWidth,
      }));
      expect(clientWidth).toBeLessThanOrEqual(width);
      expect(scrollWidth).toBeGreaterThan(clientWidth);
      await expectNoAxeViolations(page);
      if (width === 768) await screenshot(page, "admin-contact-point-list-768");
    }
  });
});
