import { describe, expect, it } from "vitest";
import { axeViolations } from "./support/axe.ts";
import { screenshot } from "./support/browser.ts";
import { useFinderSession } from "./support/finder-session.ts";

// What the embedding page sets and hears: shared deep links in its URL, the language by attribute
// or switcher, locked presets for its region, and the events that cross the shadow boundary.

const { hostUrl, openVisit, results, status, count, open } = useFinderSession();

describe("<kausa-finder> and its host page", () => {
  it("restores a shared deep link and writes the state back into the URL", async () => {
    const lat = 51.505;
    const lng = 10.791;
    const deep = `&kf-lat=${lat}&kf-lng=${lng}&kf-place=${encodeURIComponent("99734 Nordhausen")}&kf-services=TRAINING_COUNSELLING`;
    const { page } = await open('view="list"', deep);
    await expect.poll(() => status().textContent()).toContain("in der Nähe von 99734 Nordhausen");
    expect(await page.locator("kausa-finder select[name=services]").inputValue()).toBe(
      "TRAINING_COUNSELLING",
    );
    expect(await page.locator("kausa-finder kausa-place-search input").inputValue()).toBe("99734 Nordhausen");
    await results().nth(1).locator("h3 button").click();
    const selected = await results().nth(1).getAttribute("data-id");
    await expect.poll(() => new URL(page.url()).searchParams.get("kf-selected")).toBe(selected);
    expect(new URL(page.url()).searchParams.get("attributes")).toBe('view="list"');
    // Reloading the shared URL shows the same selection.
    await page.reload();
    await expect
      .poll(() => page.locator(`kausa-finder li[data-id="${selected}"]`).getAttribute("class"))
      .toContain("selected");
  });

  it("shows Arabic right to left, chosen by attribute, with German content marked", async () => {
    const { page, operations } = await open('view="list" lang="ar"');
    await expect.poll(() => page.locator("kausa-finder [part=base]").getAttribute("dir")).toBe("rtl");
    // One search, already in Arabic: no German first paint, no wasted request.
    expect(operations.filter((o) => o.startsWith("ContactPoints"))).toEqual(["ContactPoints ar"]);
    expect(await page.locator("kausa-finder h2").textContent()).toContain("التدريب المهني");
    await expect.poll(() => status().textContent()).toContain("جهة اتصال");
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, "06-arabic-rtl");
  });

  it("labels the map's own controls in the visitor's language", async () => {
    const { page } = await openVisit(hostUrl('view="map" lang="ar"'));
    const zoomIn = page.locator("kausa-finder kausa-map .maplibregl-ctrl-zoom-in");
    await zoomIn.waitFor();
    expect(await zoomIn.getAttribute("aria-label")).toBe("تكبير");
    await page.locator("kausa-finder header select").selectOption("de");
    await expect.poll(() => zoomIn.getAttribute("aria-label")).toBe("Vergrößern");
  });

  it("switches to Farsi with the language switcher", async () => {
    const { page } = await open('view="list"');
    const events: string[] = [];
    await page.exposeFunction("recordLanguage", (language: string) => events.push(language));
    await page.evaluate(() =>
      document.addEventListener("kausa-language-change", (e) =>
        (window as unknown as { recordLanguage(l: string): void }).recordLanguage(
          (e as CustomEvent).detail.language,
        ),
      ),
    );
    await page.locator("kausa-finder header select").selectOption("fa");
    await expect.poll(() => page.locator("kausa-finder [part=base]").getAttribute("dir")).toBe("rtl");
    await expect.poll(() => page.locator("kausa-finder [part=base]").getAttribute("lang")).toBe("fa");
    expect(events).toEqual(["fa"]);
  });

  it("keeps locked presets and narrows by region or district", async () => {
    const { page } = await open('view="list" region="nordthueringen" services="MATCHING" locked="services"');
    // Shown fixed: the value as a chip, nothing to change it with.
    const services = page.locator("kausa-finder [data-filter=services]");
    const fixed = ["Vermittlung in Ausbildung"];
    expect(await services.locator(".chip > span").allTextContents()).toEqual(fixed);
    expect(await services.locator("select, button").count()).toBe(0);
    await expect.poll(() => status().textContent()).toMatch(/\d+ Anlaufstellen/);
    const all = Number((await status().textContent())!.match(/\d+/)![0]);
    // The area list offers only the preset region's districts.
    const options = await page.locator("kausa-finder select[name=area] option").allTextContents();
    expect(options).toEqual(expect.arrayContaining(["Nordhausen", "Eichsfeld"]));
    expect(options).not.toContain("Sonneberg");
    await page.locator("kausa-finder select[name=area]").selectOption("district:16061");
    await expect.poll(count).toBeLessThan(all);
    await page.getByRole("button", { name: "Filter zurücksetzen" }).click();
    await expect.poll(count).toBe(all);
    expect(await services.locator(".chip > span").allTextContents()).toEqual(fixed);
  });

  it("dispatches typed events that cross the shadow boundary to the host page", async () => {
    const { page } = await open('view="list"');
    const events = await page.evaluate(async () => {
      const seen: { type: string; detail: unknown }[] = [];
      for (const type of ["kausa-select", "kausa-search"]) {
        document.addEventListener(type, (e) => seen.push({ type, detail: (e as CustomEvent).detail }));
      }
      // Done when the search for the new filter has been announced.
      const searched = new Promise((resolve) =>
        document.addEventListener("kausa-search", (e) => {
          if ((e as CustomEvent).detail.filter.services?.[0] === "MATCHING") resolve(null);
        }),
      );
      const finder = document.querySelector("kausa-finder")!;
      const button = finder.shadowRoot!.querySelector<HTMLButtonElement>("li h3 button")!;
      button.click();
      (finder.shadowRoot!.querySelector("select[name=services]") as HTMLSelectElement).value = "MATCHING";
      finder.shadowRoot!.querySelector("select[name=services]")!.dispatchEvent(new Event("change"));
      await searched;
      return seen;
    });
    const select = events.find((e) => e.type === "kausa-select")?.detail as {
      id: string;
      contactPoint: { name: string };
    };
    expect(select.id).toBeTruthy();
    expect(select.contactPoint.name).toBeTruthy();
    const search = events.find((e) => e.type === "kausa-search")?.detail as {
      filter: { services: string[] };
      totalCount: number;
    };
    expect(search.filter.services).toEqual(["MATCHING"]);
    expect(search.totalCount).toBeGreaterThan(0);
  });
});
