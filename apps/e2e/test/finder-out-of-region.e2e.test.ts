import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { axeViolations } from "./support/axe.ts";
import { screenshot } from "./support/browser.ts";
import { choosePlace, finderStatus } from "./support/finder-page.ts";
import { useBrowserSession } from "./support/session.ts";

const { hostUrl, visit } = useBrowserSession();

/** The Nordthüringen demo's finder. */
const NORDTHUERINGEN = 'region="nordthueringen" view="list"';
/** Unicode bidi isolates the translator puts around names in Arabic and Farsi. */
const plain = (text: string | null) =>
  (text ?? "")
    .replace(/[\u2066-\u2069]/g, "")
    .replace(/\s+/g, " ")
    .trim();

const status = finderStatus;
/** The distances on the result cards, in km (Western digits in German and Arabic). */
async function distances(page: Page) {
  const texts = await page.locator("kausa-finder ol[part=list] > li strong").allTextContents();
  return texts.map((t) => Number(t.replace(/[^\d,.]/g, "").replace(",", ".")));
}
/** A phone held upright. */
const PHONE = { viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };
/** How far the page is wider than the window (0 or less: no sideways scrolling). */
const horizontalOverflow = (page: Page) =>
  page.evaluate(() => document.scrollingElement!.scrollWidth - window.innerWidth);

describe("<kausa-finder> and a place outside the embedder's region", () => {
  it("says that Apolda lies outside Nordthüringen, and shows the nearest help beyond it on request", async () => {
    const { page } = await visit(hostUrl(NORDTHUERINGEN));
    await page.locator("kausa-finder ol[part=list] > li").first().waitFor();
    await choosePlace(page, "Apolda");
    await expect
      .poll(async () => plain(await status(page).textContent()))
      .toMatch(
        /^99510 Apolda liegt außerhalb von Nordthüringen\. Gezeigt werden die nächsten Anlaufstellen in Nordthüringen\. \d+ Anlaufstellen – die nächste ist \d+ km von 99510 Apolda entfernt$/,
      );
    // Never "in der Nähe" for help that far away: the nearest in the region is beyond 25 km.
    const inRegion = await distances(page);
    expect(inRegion[0]).toBeGreaterThan(25);
    expect(plain(await status(page).textContent())).toContain(`ist ${Math.round(inRegion[0]!)} km`);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, "outside-region");

    await page.getByRole("button", { name: "Auch Anlaufstellen außerhalb von Nordthüringen zeigen" }).click();
    await expect.poll(async () => plain(await status(page).textContent())).not.toContain("außerhalb");
    await expect.poll(async () => (await distances(page))[0]).toBeLessThan(inRegion[0]!);
    expect(plain(await status(page).textContent())).toMatch(
      /^\d+ Anlaufstellen in der Nähe von 99510 Apolda$/,
    );
    expect(
      await page.getByRole("button", { name: "Nur Anlaufstellen in Nordthüringen zeigen" }).count(),
    ).toBe(1);

    // Back to the region's own help.
    await page.getByRole("button", { name: "Nur Anlaufstellen in Nordthüringen zeigen" }).click();
    await expect
      .poll(async () => plain(await status(page).textContent()))
      .toContain("außerhalb von Nordthüringen");
    expect((await distances(page))[0]).toBe(inRegion[0]);
  });

  it("says it in Arabic, with the place and region names kept readable", async () => {
    const { page } = await visit(hostUrl(`${NORDTHUERINGEN} lang="ar"`), { locale: "ar" });
    await page.locator("kausa-finder ol[part=list] > li").first().waitFor();
    await choosePlace(page, "Apolda");
    await expect
      .poll(async () => plain(await status(page).textContent()))
      .toMatch(
        /^99510 Apolda تقع خارج Nordthüringen\. نعرض أقرب جهات الاتصال في Nordthüringen\. .+ كم من 99510 Apolda$/,
      );
    // The place's name inside the Arabic sentence is isolated (it keeps "99510 Apolda" in order).
    expect(await status(page).textContent()).toContain("\u206899510 Apolda\u2069");
    expect(
      await page
        .getByRole("button", { name: "عرض جهات الاتصال خارج \u2068Nordthüringen\u2069 أيضاً" })
        .count(),
    ).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, "outside-region-ar");
  });

  it("gives no hint for a place inside the region", async () => {
    const { page } = await visit(hostUrl(NORDTHUERINGEN));
    await page.locator("kausa-finder ol[part=list] > li").first().waitFor();
    await choosePlace(page, "99734");
    await expect
      .poll(async () => plain(await status(page).textContent()))
      .toMatch(/in der Nähe von 99734 Nordhausen$/);
    expect(plain(await status(page).textContent())).not.toContain("außerhalb");
    expect(await page.locator("kausa-finder .area-switch").count()).toBe(0);
  });

  it("fits the hint on a phone, and its button shows the nearest help beyond the region", async () => {
    const { page } = await visit(hostUrl(NORDTHUERINGEN), PHONE);
    await page.locator("kausa-finder ol[part=list] > li").first().waitFor();
    await choosePlace(page, "Apolda");
    await expect
      .poll(async () => plain(await status(page).textContent()))
      .toContain("99510 Apolda liegt außerhalb von Nordthüringen.");
    const beyond = page.getByRole("button", {
      name: "Auch Anlaufstellen außerhalb von Nordthüringen zeigen",
    });
    expect(await status(page).isVisible()).toBe(true);
    expect(await beyond.isVisible()).toBe(true);
    // No sideways scrolling, and the hint's text and button lie within the screen's width.
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    for (const part of [status(page), beyond]) {
      const box = (await part.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(PHONE.viewport.width);
    }
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, "outside-region-phone");

    const inRegion = await distances(page);
    await beyond.tap();
    await expect.poll(async () => plain(await status(page).textContent())).not.toContain("außerhalb");
    await expect.poll(async () => (await distances(page))[0]).toBeLessThan(inRegion[0]!);
    expect(plain(await status(page).textContent())).toMatch(
      /^\d+ Anlaufstellen in der Nähe von 99510 Apolda$/,
    );
    expect(
      await page.getByRole("button", { name: "Nur Anlaufstellen in Nordthüringen zeigen" }).isVisible(),
    ).toBe(true);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
  });
});
