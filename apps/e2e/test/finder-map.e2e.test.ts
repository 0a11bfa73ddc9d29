import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { axeViolations } from "./support/axe.ts";
import { foreignRequests, screenshot } from "./support/browser.ts";
import { choosePlace } from "./support/finder-page.ts";
import { useBrowserSession } from "./support/session.ts";

// What the finder's map shows to orient a visitor (issue #12): markers in the host's accent
// colour, district, town and village names, the searched place with the search radius, and the
// card of any marker in its popup.

const { session, hostUrl, visit } = useBrowserSession();

const results = () => session.visit!.page.locator("kausa-finder ol[part=list] > li");
const status = () => session.visit!.page.locator("kausa-finder [part=status]");
const popup = () => session.visit!.page.locator("kausa-finder kausa-map .maplibregl-popup");

async function open(attributes: string) {
  const opened = await visit(hostUrl(attributes));
  await opened.page.locator("kausa-finder kausa-map canvas").waitFor();
  return opened;
}

async function searchPlace(page: Page, text: string) {
  await choosePlace(page, text);
  await expect.poll(() => status().textContent()).toContain("in der Nähe von");
}

/** The paint colour of one of the map's layers, once the layer exists. */
const layerColor = (page: Page, layer: string) =>
  page.evaluate((id) => {
    const el = document.querySelector("kausa-finder")?.shadowRoot?.querySelector("kausa-map") as unknown as {
      map: { getLayer(id: string): unknown; getPaintProperty(id: string, p: string): unknown } | null;
    } | null;
    return el?.map?.getLayer(id) ? String(el.map.getPaintProperty(id, "circle-color")) : null;
  }, layer);

/** How many features of a layer the map draws now. */
const rendered = (page: Page, layer: string) =>
  page.evaluate((id) => {
    const el = document.querySelector("kausa-finder")!.shadowRoot!.querySelector("kausa-map") as unknown as {
      map: { getLayer(id: string): unknown; queryRenderedFeatures(o: object): unknown[] } | null;
    };
    return el.map?.getLayer(id) ? el.map.queryRenderedFeatures({ layers: [id] }).length : 0;
  }, layer);

/** The names a label layer of the map draws now. */
const labels = (page: Page, layer: string) =>
  page.evaluate((id) => {
    const el = document.querySelector("kausa-finder")!.shadowRoot!.querySelector("kausa-map") as unknown as {
      map: {
        getLayer(id: string): unknown;
        queryRenderedFeatures(o: object): { properties: { name: string } }[];
      } | null;
    };
    return el.map?.getLayer(id)
      ? el.map.queryRenderedFeatures({ layers: [id] }).map((f) => f.properties.name)
      : [];
  }, layer);

/**
 * Runs in the page: where the marker of contact point `id` at `at` is drawn, in page
 * coordinates; until it is drawn, centres the map on it at a zoom where nothing is clustered
 * and returns null.
 */
function markerOnPage([id, at]: [string, [number, number]]): { x: number; y: number } | null {
  const el = document.querySelector("kausa-finder")!.shadowRoot!.querySelector("kausa-map") as unknown as {
    map: {
      loaded(): boolean;
      isMoving(): boolean;
      getZoom(): number;
      jumpTo(o: object): void;
      queryRenderedFeatures(p: object, o: object): { properties: { id?: string } }[];
      project(c: [number, number]): { x: number; y: number };
    };
    getBoundingClientRect(): DOMRect;
  };
  const map = el.map;
  if (!map.loaded() || map.isMoving()) return null;
  const p = map.project(at);
  const hit = map.queryRenderedFeatures([p.x, p.y], { layers: ["points"] })[0];
  if (hit?.properties.id !== id) {
    if (map.getZoom() < 15) map.jumpTo({ center: at, zoom: 15 });
    return null;
  }
  const box = el.getBoundingClientRect();
  return { x: box.left + p.x, y: box.top + p.y };
}

describe("<kausa-finder> map orientation", () => {
  it("draws the markers in the host page's --kausa-primary and follows a theme change", async () => {
    const { page } = await open('view="map" style="--kausa-primary: #8a1538"');
    await expect.poll(() => layerColor(page, "points"), { timeout: 30_000 }).toBe("rgb(138, 21, 56)");
    expect(await layerColor(page, "clusters")).toBe("rgb(138, 21, 56)");
    // The host page switches its theme: only its CSS changes.
    await page.evaluate(() =>
      document.querySelector<HTMLElement>("kausa-finder")!.style.setProperty("--kausa-primary", "#1b5e20"),
    );
    await expect.poll(() => layerColor(page, "points")).toBe("rgb(27, 94, 32)");
  });

  it("shows the searched place as a named pin and the search radius around it", async () => {
    const { page } = await open('view="both"');
    await results().first().waitFor();
    await searchPlace(page, "99734");
    const pin = page.locator("kausa-finder kausa-map .origin-pin");
    await expect.poll(() => pin.getAttribute("aria-label")).toMatch(/^Gesuchter Ort: 99734 /);
    expect(await pin.getAttribute("role")).toBe("img");
    await expect.poll(() => rendered(page, "radius-line"), { timeout: 30_000 }).toBeGreaterThan(0);
    // The district names are drawn too, with the browser's own fonts.
    await expect.poll(() => rendered(page, "district-label")).toBeGreaterThan(0);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, "map-01-place-and-radius");
  });

  it("shows the whole card of a marker beyond the list's loaded page, loaded by its ID", async () => {
    const { page, operations, requests } = await open('view="both"');
    await expect.poll(() => results().count()).toBe(20);
    const listed = await results().evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset.id));
    // A marker the list has not loaded, alone at its spot (so a click there means it).
    const featuresUrl = await page.evaluate(
      () =>
        (
          document.querySelector("kausa-finder")!.shadowRoot!.querySelector("kausa-map") as unknown as {
            featuresUrl: string;
          }
        ).featuresUrl,
    );
    const { features } = (await (await fetch(featuresUrl)).json()) as {
      features: { id: string; geometry: { coordinates: [number, number] } }[];
    };
    const spot = (f: (typeof features)[number]) => f.geometry.coordinates.join();
    const beyond = features.find(
      (f) => !listed.includes(f.id) && features.filter((g) => spot(g) === spot(f)).length === 1,
    );
    expect(beyond).toBeDefined();
    const id = beyond!.id;
    let target: { x: number; y: number } | null = null;
    await expect
      .poll(
        async () =>
          (target = await page.evaluate(markerOnPage, [id, beyond!.geometry.coordinates] as [
            string,
            [number, number],
          ])),
        {
          timeout: 30_000,
        },
      )
      .not.toBeNull();
    const { x, y } = target!;
    expect(listed).not.toContain(id);
    await page.mouse.click(x, y);

    // The card comes from the public API by its ID (a persisted query, like the list's) …
    const response = await fetch(`${session.servers.api}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        query: "query($id: ID!) { node(id: $id) { ... on ContactPoint { name isSample partner { name } } } }",
        variables: { id },
      }),
    });
    const { node } = (
      (await response.json()) as {
        data: { node: { name: string; isSample: boolean; partner: { name: string } } };
      }
    ).data;
    await expect.poll(() => popup().locator(".muted").first().textContent()).toBe(node.partner.name);
    expect(operations).toContain("ContactPoint de");
    expect(requests.some((url) => url.includes("operationName=ContactPoint&"))).toBe(true);
    // … with the name, the sample-data mark the list cards carry and a route link.
    expect(await popup().locator("strong").textContent()).toBe(node.name);
    expect(node.isSample).toBe(true);
    expect(await popup().locator(".badge").first().textContent()).toBe("Beispieldaten");
    await expect
      .poll(() => popup().locator("a[href^='https://www.openstreetmap.org/directions']").count())
      .toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    expect(foreignRequests(requests)).toEqual([]);
    await screenshot(page, "map-02-card-beyond-the-list");
  });

  it("names the towns at the first view and the villages once zoomed in, all from the API's origin", async () => {
    const { page, requests } = await open('view="map"');
    await expect
      .poll(() => labels(page, "place-label-1"), { timeout: 30_000 })
      .toEqual(expect.arrayContaining(["Erfurt", "Nordhausen"]));
    expect(await labels(page, "place-label-3")).toEqual([]);
    await screenshot(page, "map-03-town-names");
    // Zoomed in on the Altenburger Land (the visitor's zoom buttons or pinch end the same way).
    await page.evaluate(() => {
      const el = document
        .querySelector("kausa-finder")!
        .shadowRoot!.querySelector("kausa-map") as unknown as {
        map: { jumpTo(o: object): void };
      };
      el.map.jumpTo({ center: [12.4691, 51.0156], zoom: 11 });
    });
    await expect.poll(() => labels(page, "place-label-3")).toContain("Windischleuba");
    await screenshot(page, "map-04-village-names");
    expect(requests).toContain(`${session.servers.api}/map/places.geojson`);
    expect(foreignRequests(requests)).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
  });
});
