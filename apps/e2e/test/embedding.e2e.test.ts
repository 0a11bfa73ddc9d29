import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { axeViolations } from "./support/axe.ts";
import { screenshot } from "./support/browser.ts";
import { useBrowserSession } from "./support/session.ts";

const { session, hostUrl, visit: openVisit } = useBrowserSession();

/** The element that has the focus, followed into shadow roots. */
const deepActive = (page: Page) =>
  page.evaluate(() => {
    let el: Element | null = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    const style = el ? getComputedStyle(el) : null;
    return el
      ? {
          tag: el.tagName.toLowerCase(),
          href: el.getAttribute("href"),
          text: el.textContent?.trim().slice(0, 60),
          outline: style?.outlineStyle,
        }
      : null;
  });

describe("embedding", () => {
  it("works under the documented strict Content-Security-Policy, map included", async () => {
    const visit = await openVisit(hostUrl('view="both" region="ostthueringen"', "&csp=1"));
    const { page, problems } = visit;
    await page.locator("kausa-finder ol[part=list] > li").first().waitFor();
    await page.locator("kausa-finder kausa-map canvas").waitFor();
    // Markers arrived (GeoJSON through connect-src) and the worker ran (blob: worker under worker-src).
    await expect
      .poll(() =>
        page.evaluate(() => {
          const el = document
            .querySelector("kausa-finder")!
            .shadowRoot!.querySelector("kausa-map") as unknown as {
            map: { loaded(): boolean; queryRenderedFeatures(o: object): unknown[] };
          };
          return (
            el.map.loaded() && el.map.queryRenderedFeatures({ layers: ["clusters", "points"] }).length > 0
          );
        }),
      )
      .toBe(true);
    expect(problems.filter((p) => p.includes("CSP") || p.includes("Content Security Policy"))).toEqual([]);
    expect(problems).toEqual([]);
    await screenshot(page, "07-strict-csp");
  });

  it("reports a violation when the policy lacks worker-src blob: (the documented line is needed)", async () => {
    const _visit = await openVisit(hostUrl('view="map"', "&csp=no-blob-worker"));
    await expect
      .poll(() => session.visit!.problems.some((p) => p.includes("CSP violation: worker-src blob")))
      .toBe(true);
  });

  it("can be used with the keyboard alone, from the search to a contact's phone link", async () => {
    const visit = await openVisit(hostUrl('view="list"'));
    const { page } = visit;
    await page.locator("kausa-finder ol[part=list] > li").first().waitFor();
    // Tab into the finder until the searchbox has the focus.
    for (let i = 0; i < 10 && (await deepActive(page))?.tag !== "input"; i++)
      await page.keyboard.press("Tab");
    expect((await deepActive(page))?.tag).toBe("input");
    await page.keyboard.type("Sommerda");
    await page.locator("kausa-finder [role=option]").first().waitFor();
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Enter");
    await expect.poll(() => page.locator("kausa-finder [part=status]").textContent()).toContain("Sömmerda");
    // Onwards with Tab to the first phone link.
    let reached = null;
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press("Tab");
      const active = await deepActive(page);
      if (active?.href?.startsWith("tel:")) {
        reached = active;
        break;
      }
    }
    expect(reached?.href).toMatch(/^tel:\+?\d+$/);
    expect(reached?.outline).not.toBe("none");
    await screenshot(page, "08-keyboard-phone-link");
  });

  it("works as an iframe for CMSs without scripts", async () => {
    const visit = await openVisit(`${session.servers.api}/demo/iframe.html`);
    const { page } = visit;
    const frame = page.frameLocator("iframe.finder");
    await frame.locator("kausa-finder ol[part=list] > li").first().waitFor();
    expect(await frame.locator("kausa-finder [part=status]").textContent()).toMatch(/\d+ Anlaufstellen/);
    // The host script grows the iframe to the finder's height.
    await expect
      .poll(() => page.locator("iframe.finder").evaluate((f) => f.getBoundingClientRect().height))
      .toBeGreaterThan(700);
    await screenshot(page, "09-iframe");
  });

  it("shows the fictional Landkreis demo page without accessibility violations", async () => {
    const visit = await openVisit(`${session.servers.api}/`);
    const { page } = visit;
    await page.locator("kausa-finder ol[part=list] > li").first().waitFor();
    await page.locator("kausa-offers li").first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });

  it("loads an opt-in base map only after the visitor's consent", async () => {
    const basemap = `${session.servers.host}/basemap-style.json`;
    const visit = await openVisit(hostUrl(`view="map" basemap="${basemap}" basemap-provider="Testkarte"`));
    const { page, requests } = visit;
    const consent = page.getByRole("button", { name: /Hintergrundkarte laden.*Testkarte/ });
    await consent.waitFor();
    // The map is drawn (its own style, markers loaded) without the base map.
    await expect
      .poll(() =>
        page.evaluate(() => {
          const el = document
            .querySelector("kausa-finder")!
            .shadowRoot!.querySelector("kausa-map") as unknown as {
            map: { loaded(): boolean; getSource(id: string): unknown } | null;
          };
          return Boolean(el.map?.loaded() && el.map.getSource("contacts"));
        }),
      )
      .toBe(true);
    expect(requests.some((url) => url.startsWith(basemap))).toBe(false);
    await consent.click();
    await expect.poll(() => requests.some((url) => url.startsWith(basemap))).toBe(true);
  });
});
