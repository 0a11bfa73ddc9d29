import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { axeViolations } from "./support/axe.ts";
import { screenshot } from "./support/browser.ts";
import { choosePlace, finderStatus } from "./support/finder-page.ts";
import { useBrowserSession } from "./support/session.ts";

// Issue #12's "done when", as one visitor's journey: in Arabic, on the Nordthüringen finder, a
// search for Apolda shows labelled towns, the place pinned, an honest out-of-region hint with the
// nearest help beyond it, Arabic plurals, and Gregorian dates with their time.

const { hostUrl, visit } = useBrowserSession();

/** The names the map's town labels (district seats) draw now. */
const townLabels = (page: Page) =>
  page.evaluate(() => {
    const el = document.querySelector("kausa-finder")!.shadowRoot!.querySelector("kausa-map") as unknown as {
      map: {
        getLayer(id: string): unknown;
        queryRenderedFeatures(o: object): { properties: { name: string } }[];
      } | null;
    };
    return el.map?.getLayer("place-label-1")
      ? el.map.queryRenderedFeatures({ layers: ["place-label-1"] }).map((f) => f.properties.name)
      : [];
  });

/** Unicode bidi isolates the translator puts around names in Arabic. */
const plain = (text: string | null) =>
  (text ?? "")
    .replace(/[\u2066-\u2069]/g, "")
    .replace(/\s+/g, " ")
    .trim();

describe("an Arabic-speaking visitor on the Nordthüringen finder", () => {
  it("searches Apolda: towns labelled, the place pinned, told it lies outside, shown the nearest help beyond", async () => {
    const { page } = await visit(hostUrl('region="nordthueringen" view="both" lang="ar"'), {
      locale: "ar",
      viewport: { width: 1280, height: 900 },
    });
    await page.locator("kausa-finder ol[part=list] > li").first().waitFor();
    await page.locator("kausa-finder kausa-map canvas").waitFor();
    await expect.poll(() => townLabels(page), { timeout: 30_000 }).toContain("Nordhausen");

    await choosePlace(page, "Apolda");
    const pin = page.locator("kausa-finder kausa-map .origin-pin");
    await expect
      .poll(async () => plain(await pin.getAttribute("aria-label")))
      .toBe("المكان الذي بحثت عنه: 99510 Apolda");
    // Honest: outside the region, the nearest in the region far away — in Arabic, with its plural.
    await expect
      .poll(async () => plain(await finderStatus(page).textContent()))
      .toMatch(
        /^99510 Apolda تقع خارج Nordthüringen\. نعرض أقرب جهات الاتصال في Nordthüringen\. (\d+ جهات اتصال|\d+ جهة اتصال|جهتا اتصال|جهة اتصال واحدة) – .*كم من 99510 Apolda$/,
      );
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, "journey-ar-apolda");

    // The nearest help beyond the region, one click away.
    await page.getByRole("button", { name: "عرض جهات الاتصال خارج \u2068Nordthüringen\u2069 أيضاً" }).click();
    await expect.poll(async () => plain(await finderStatus(page).textContent())).not.toContain("تقع خارج");
    expect(plain(await finderStatus(page).textContent())).toMatch(
      /بالقرب من 99510 Apolda|كم من 99510 Apolda/,
    );

    // Dates of trainings and events: Gregorian, with the time.
    await page.locator("kausa-finder #tab-offers").click();
    const when = page.locator("kausa-finder kausa-offers time").first();
    await when.waitFor();
    const start = new Date((await when.getAttribute("datetime"))!);
    const text = (await when.textContent()) ?? "";
    expect(text).toContain(String(start.getUTCFullYear()));
    expect(text).toMatch(/\d{1,2}:\d{2}/);
    expect(await axeViolations(page)).toEqual([]);
  });
});
