import { describe, expect, it } from "vitest";
import { axeViolations } from "./support/axe.ts";
import { screenshot } from "./support/browser.ts";
import { useFinderSession } from "./support/finder-session.ts";

// The results as a list and on the map, kept in step; on paper, at 200 % zoom and on a phone; and
// a map loaded only when shown and freed when the finder goes.

const { hostUrl, openVisit, results, status, open } = useFinderSession();

describe("<kausa-finder> list and map", () => {
  it("syncs the selection between list and map", async () => {
    const { page } = await open();
    await page.locator("kausa-finder kausa-map canvas").waitFor();
    const first = results().first();
    await first.locator("h3 button").click();
    await expect.poll(() => first.getAttribute("class")).toContain("selected");
    const id = await first.getAttribute("data-id");
    // The map highlights the same contact point …
    await expect
      .poll(() =>
        page.evaluate(() => {
          const map = document
            .querySelector("kausa-finder")!
            .shadowRoot!.querySelector("kausa-map") as unknown as {
            map: { getFilter(id: string): unknown };
          };
          return JSON.stringify(map.map.getFilter("selected"));
        }),
      )
      .toContain(id!);
    // … and shows a detail popup with a route link (opened only on click).
    const popup = page.locator("kausa-finder kausa-map .maplibregl-popup");
    await popup.waitFor();
    expect(await popup.locator("strong").textContent()).toBe(
      await first
        .locator("h3 button")
        .textContent()
        .then((s) => s?.trim()),
    );
    expect(await popup.locator("a").getAttribute("href")).toMatch(
      /^https:\/\/www\.openstreetmap\.org\/directions\?to=/,
    );
    expect(await popup.locator("button.maplibregl-popup-close-button").getAttribute("aria-label")).toBe(
      "Schließen",
    );
    // … and choosing a marker on the map (the map's internal event) selects it in the list.
    const other = await results().nth(3).getAttribute("data-id");
    await page.evaluate((markerId) => {
      const map = document.querySelector("kausa-finder")!.shadowRoot!.querySelector("kausa-map")!;
      map.dispatchEvent(new CustomEvent("kausa-map-select", { detail: { id: markerId }, bubbles: true }));
    }, other);
    await expect.poll(() => results().nth(3).getAttribute("class")).toContain("selected");
    await screenshot(page, "04-selection");
  });

  it("chooses a marker by clicking the map", async () => {
    const { page } = await open('view="both" district="16062"');
    await page.locator("kausa-finder kausa-map canvas").waitFor();
    type MapElement = {
      map: {
        loaded(): boolean;
        isMoving(): boolean;
        jumpTo(o: object): void;
        querySourceFeatures(
          s: string,
        ): { properties: { id?: string; cluster?: boolean }; geometry: { coordinates: [number, number] } }[];
        queryRenderedFeatures(
          o: object,
        ): { properties: { id: string }; geometry: { coordinates: [number, number] } }[];
        project(c: [number, number]): { x: number; y: number };
      };
      getBoundingClientRect(): DOMRect;
    };
    // Centre the map on one marker at a zoom where markers are no longer clustered.
    const target = await expect
      .poll(
        () =>
          page.evaluate(() => {
            const el = document
              .querySelector("kausa-finder")!
              .shadowRoot!.querySelector("kausa-map") as unknown as MapElement;
            if (!el.map.loaded() || el.map.isMoving()) return null;
            const rendered = el.map.queryRenderedFeatures({ layers: ["points"] });
            if (rendered.length === 0) {
              // The markers MapLibre has loaded (public API; clusters have no id).
              // Any marker or cluster: at zoom 14 nothing is clustered any more.
              const any = el.map.querySourceFeatures("contacts")[0];
              if (any) el.map.jumpTo({ center: any.geometry.coordinates, zoom: 14 });
              return null;
            }
            const feature = rendered[0]!;
            const p = el.map.project(feature.geometry.coordinates);
            const box = el.getBoundingClientRect();
            return { x: box.left + p.x, y: box.top + p.y, id: feature.properties.id };
          }),
        { timeout: 30_000 },
      )
      .not.toBeNull()
      .then(() =>
        page.evaluate(() => {
          const el = document
            .querySelector("kausa-finder")!
            .shadowRoot!.querySelector("kausa-map") as unknown as MapElement;
          const feature = el.map.queryRenderedFeatures({ layers: ["points"] })[0]!;
          const p = el.map.project(feature.geometry.coordinates);
          const box = el.getBoundingClientRect();
          return { x: box.left + p.x, y: box.top + p.y, id: feature.properties.id };
        }),
      );
    // The page hears one `kausa-select`, from the finder, with the contact point (the map's own
    // event stays inside the finder).
    await page.evaluate(() => {
      const w = window as unknown as { selections: { id: string; name?: string }[] };
      w.selections = [];
      document.addEventListener("kausa-select", (e) => {
        const { id, contactPoint } = (e as CustomEvent).detail;
        w.selections.push({ id, name: contactPoint?.name });
      });
      document.addEventListener("kausa-map-select", () => w.selections.push({ id: "leaked" }));
    });
    await page.mouse.click(target.x, target.y);
    const item = page.locator(`kausa-finder li[data-id="${target.id}"]`);
    await expect.poll(() => item.getAttribute("class")).toContain("selected");
    const selections = await page.evaluate(
      () => (window as unknown as { selections: { id: string; name?: string }[] }).selections,
    );
    expect(selections).toEqual([{ id: target.id, name: expect.any(String) }]);
    // The chosen result gets the focus, so keyboard and screen-reader users land on it.
    const focused = await page.evaluate(
      () =>
        (
          document
            .querySelector("kausa-finder")!
            .shadowRoot!.activeElement?.closest("li") as HTMLElement | null
        )?.dataset.id,
    );
    expect(focused).toBe(target.id);
    await screenshot(page, "04b-map-click");
  });

  it("prints a clean list of the results", async () => {
    const { page } = await open();
    await page.emulateMedia({ media: "print" });
    for (const hidden of ["fieldset", "kausa-place-search", "kausa-map", "[role=tablist]"]) {
      expect(await page.locator(`kausa-finder ${hidden}`).first().isVisible(), hidden).toBe(false);
    }
    expect(await results().first().isVisible()).toBe(true);
    await page.pdf({
      path: `${await import("./support/browser.ts").then((m) => m.SCREENSHOTS)}/10-print.pdf`,
    });
  });

  it("reflows at 200 % zoom without horizontal scrolling", async () => {
    // 200 % zoom of a 1280 px window is a 640 CSS px viewport.
    const visit = await openVisit(hostUrl('view="both"'), {
      viewport: { width: 640, height: 800 },
      deviceScaleFactor: 2,
    });
    await results().first().waitFor();
    await visit.page.getByRole("button", { name: "Karte" }).click();
    await visit.page.locator("kausa-finder kausa-map canvas").waitFor();
    const overflow = await visit.page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    expect(await axeViolations(visit.page)).toEqual([]);
    await screenshot(visit.page, "11-zoom-200");
  });

  it("on a phone, shows the list first and loads the map only when asked", async () => {
    const visit = await openVisit(hostUrl('view="both"'), {
      viewport: { width: 375, height: 740 },
      deviceScaleFactor: 2,
      isMobile: true,
      hasTouch: true,
    });
    const { page, requests } = visit;
    await results().first().waitFor();
    // Once the results are shown, the finder has decided what to show: the list, not the map.
    await expect.poll(() => status().textContent()).toMatch(/\d+ Anlaufstellen/);
    expect(requests.some((url) => /assets\/map-/.test(url))).toBe(false);
    expect(await page.locator("kausa-finder kausa-map").count()).toBe(0);
    // The filters are folded away until opened.
    const services = page.locator("kausa-finder select[name=services]");
    expect(await services.isVisible()).toBe(false);
    await page.locator("kausa-finder details.filters > summary").click();
    await services.selectOption("MATCHING");
    await expect
      .poll(() => page.locator("kausa-finder details.filters > summary").textContent())
      .toContain("(1)");
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole("button", { name: "Karte" }).click();
    await page.locator("kausa-finder kausa-map canvas").waitFor();
    expect(await page.getByRole("button", { name: "Karte" }).getAttribute("aria-pressed")).toBe("true");
    expect(await results().count()).toBe(0);
    await screenshot(page, "12-phone-map");
    await page.getByRole("button", { name: "Liste" }).click();
    await results().first().waitFor();
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
    ).toBeLessThanOrEqual(0);
    await screenshot(page, "12-phone-list");
  });

  it("frees the map when the element leaves the page", async () => {
    const { page } = await open();
    await page.locator("kausa-finder kausa-map canvas").waitFor();
    const freed = await page.evaluate(async () => {
      const finder = document.querySelector("kausa-finder")!;
      const map = finder.shadowRoot!.querySelector("kausa-map") as unknown as {
        map: unknown;
        shadowRoot: ShadowRoot;
      };
      // Removal frees the map at once (disconnectedCallback is synchronous).
      finder.remove();
      return { instance: map.map, canvases: map.shadowRoot.querySelectorAll("canvas").length };
    });
    expect(freed).toEqual({ instance: null, canvases: 0 });
  });

  it("does not load MapLibre for a list-only finder", async () => {
    const { requests } = await open('view="list"');
    // Once the results are shown, the finder has decided what to show: the list, not the map.
    await expect.poll(() => status().textContent()).toMatch(/\d+ Anlaufstellen/);
    expect(requests.some((url) => /assets\/map-/.test(url))).toBe(false);
  });
});
