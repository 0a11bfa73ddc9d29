import { describe, expect, it } from "vitest";
import { axeViolations } from "./support/axe.ts";
import { screenshot } from "./support/browser.ts";
import { choosePlace } from "./support/finder-page.ts";
import { useBrowserSession } from "./support/session.ts";

const { session, hostUrl, visit: openVisit } = useBrowserSession();

const results = () => session.visit!.page.locator("kausa-finder ol[part=list] > li");
const status = () => session.visit!.page.locator("kausa-finder [part=status]");
/** The result count in the status line ("Keine …" is 0). */
const count = async () => {
  const text = (await status().textContent()) ?? "";
  return text.startsWith("Keine") ? 0 : Number(text.match(/\d+/)?.[0]);
};

async function open(attributes = 'view="both"', extra = "", options = {}) {
  const visit = await openVisit(hostUrl(attributes, extra), options);
  await results().first().waitFor();
  return visit;
}

async function searchPlace(text: string) {
  await choosePlace(session.visit!.page, text);
  await expect.poll(() => status().textContent()).toContain("in der Nähe von");
}

describe("<kausa-finder> embedded on another origin", () => {
  it("loads from the API's origin, lists contact points and has no accessibility violations", async () => {
    const { page, problems } = await open();
    await expect.poll(() => status().textContent()).toMatch(/\d+ Anlaufstellen/);
    expect(await results().count()).toBe(20);
    expect(await page.locator("kausa-finder .badge").first().textContent()).toBe("Beispieldaten");
    await page.locator("kausa-finder kausa-map canvas").waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, "01-initial");
    expect(problems).toEqual([]);
  });

  it("searches by postcode and lists the nearest first", async () => {
    const { page } = await open();
    await searchPlace("99734");
    const texts = await results().locator("strong").allTextContents();
    const km = texts.map((t) => Number(t.replace(/[^\d,]/g, "").replace(",", ".")));
    expect(km.length).toBeGreaterThan(0);
    expect(km).toEqual([...km].sort((a, b) => a - b));
    const input = await page.locator("kausa-finder kausa-place-search input").inputValue();
    expect(input).toMatch(/^99734 /);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, "02-postcode-search");
  });

  it("filters by what the visitor needs, shows the count and clears the filters", async () => {
    const { page } = await open();
    await expect.poll(() => status().textContent()).toMatch(/\d+ Anlaufstellen/);
    const before = Number((await status().textContent())!.match(/\d+/)![0]);
    await page.locator("kausa-finder select[name=services]").selectOption("MATCHING");
    await expect
      .poll(async () => Number((await status().textContent())!.match(/\d+/)?.[0]))
      .toBeLessThan(before);
    await page.locator("kausa-finder input[type=checkbox]").check();
    await page.locator("kausa-finder select[name=languages]").selectOption("ar");
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, "03-filtered");
    await page.getByRole("button", { name: "Filter zurücksetzen" }).click();
    await expect.poll(async () => Number((await status().textContent())!.match(/\d+/)?.[0])).toBe(before);
    expect(await page.locator("kausa-finder select[name=services]").inputValue()).toBe("");
  });

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

  it("finds help near the visitor with the browser's location, and explains a refusal", async () => {
    const visit = await openVisit(hostUrl('view="list"'), {
      geolocation: { latitude: 50.6087, longitude: 10.6923 },
      permissions: ["geolocation"],
    });
    const { page } = visit;
    await results().first().waitFor();
    // The host page hears of places chosen from the suggestions, never of the visitor's position.
    await page.evaluate(() => {
      const heard: unknown[] = [];
      (window as unknown as { heard: unknown[] }).heard = heard;
      document.addEventListener("kausa-place-select", (e) => heard.push((e as CustomEvent).detail));
    });
    await page.getByRole("button", { name: "In meiner Nähe" }).click();
    await expect.poll(() => status().textContent()).toMatch(/\d+ Anlaufstellen in Ihrer Nähe/);
    expect(await page.locator("kausa-finder kausa-place-search [role=status]").textContent()).toContain(
      "Standort gefunden",
    );
    // Choosing a result writes the deep link; the position is not in it, nor in the history.
    await results().first().locator("h3 button").click();
    await expect.poll(() => new URL(page.url()).searchParams.has("kf-selected")).toBe(true);
    const url = new URL(page.url());
    expect([...url.searchParams.keys()].filter((k) => /^kf-(lat|lng|place)$/.test(k))).toEqual([]);
    expect(url.toString()).not.toContain("50.6087");
    expect(await page.evaluate(() => (window as unknown as { heard: unknown[] }).heard)).toEqual([]);
    const refused = await openVisit(hostUrl('view="list"'), { permissions: [] });
    await refused.page.locator("kausa-finder ol[part=list] > li").first().waitFor();
    await refused.page.getByRole("button", { name: "In meiner Nähe" }).click();
    await expect
      .poll(() => session.visit!.page.locator("kausa-finder kausa-place-search [role=status]").textContent())
      .toContain("Standort nicht verfügbar");
  });

  it("lists upcoming trainings and events in the offers tab", async () => {
    const { page, operations } = await open('view="list" region="suedwestthueringen"');
    const searches = () => operations.filter((o) => o.startsWith("ContactPoints")).length;
    const before = searches();
    await page.getByRole("tab", { name: "Angebote und Termine" }).click();
    const offers = page.locator("kausa-finder kausa-offers li");
    await offers.first().waitFor();
    // Switching tabs changes nothing the contact search depends on: it is not sent again.
    expect(searches()).toBe(before);
    expect(await offers.count()).toBeGreaterThan(0);
    expect(await offers.first().locator(".kind").textContent()).toBeTruthy();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, "05-offers");
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

  it("explains an empty result instead of showing an empty list", async () => {
    const visit = await openVisit(
      hostUrl('view="list" languages="es" services="COMPANY_COUNSELLING" locked="languages,services"'),
    );
    await expect
      .poll(() => status().textContent())
      .toBe("Keine Anlaufstellen gefunden. Versuchen Sie weniger Filter.");
    expect(await results().count()).toBe(0);
    expect(await axeViolations(visit.page)).toEqual([]);
  });

  it("says so when the API cannot be reached, and recovers with 'Erneut versuchen'", async () => {
    const visit = await openVisit(hostUrl('view="list"'));
    const { page } = visit;
    await results().first().waitFor();
    // The widget's persisted GETs carry their parameters after the path.
    const graphql = (url: URL) => url.pathname === "/graphql";
    await page.route(graphql, (route) => route.abort("connectionrefused"));
    await page.locator("kausa-finder select[name=services]").selectOption("MATCHING");
    const alert = page.locator("kausa-finder [role=alert]");
    await expect.poll(() => alert.textContent()).toContain("Die Daten konnten nicht geladen werden.");
    expect(await results().count()).toBe(0);
    await page.unroute(graphql);
    await alert.getByRole("button", { name: "Erneut versuchen" }).click();
    await expect.poll(() => alert.count()).toBe(0);
    await expect.poll(() => status().textContent()).toMatch(/\d+ Anlaufstellen/);
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
