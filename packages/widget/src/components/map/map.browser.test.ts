import { afterEach, describe, expect, it } from "vitest";
import { userEvent } from "vitest/browser";
import { api, cleanup, container } from "../../../test/browser/fixture.ts";
import "./map.ts";
import type { KausaMap } from "./map.component.ts";
import { FEATURES, graphql, mapIn, PLACES } from "./map.fixture.ts";
import { PLACE_LABEL_LAYERS } from "./map-places.ts";

// The element's lifecycle, its markers and their popups, the base map. The host's colour, the
// searched place and the names on the map: map-orientation.browser.test.ts.

afterEach(cleanup);

const canvas = (map: KausaMap) => map.shadowRoot!.querySelector("canvas");
const consentButton = (map: KausaMap) => map.shadowRoot!.querySelector<HTMLButtonElement>("button.consent");

/** A stand-in for a base map provider's style: one layer the local style does not have. */
function basemapStyle(): string {
  const style = {
    version: 8,
    sources: {},
    layers: [{ id: "basemap-background", type: "background", paint: { "background-color": "#cde" } }],
  };
  return URL.createObjectURL(new Blob([JSON.stringify(style)], { type: "application/json" }));
}

/** The map shows the base map with the overlays on top (the softer district fill). */
const onBasemap = (map: KausaMap) => {
  const m = map.map;
  if (!m?.getLayer("basemap-background") || !m.getLayer("district-fill") || !m.getLayer("points"))
    return false;
  return m.getPaintProperty("district-fill", "fill-opacity") === 0.15;
};

const markersLoaded = (map: KausaMap) => {
  const m = map.map;
  return m?.getSource("contacts") && m.isSourceLoaded("contacts")
    ? m.querySourceFeatures("contacts").length
    : 0;
};

/**
 * Clicks a marker the way a visitor does: zooms in on one (so it is not in a cluster), waits
 * until MapLibre draws it and clicks its pixel on the canvas. Returns the ID drawn there.
 */
async function clickMarker(map: KausaMap): Promise<string> {
  await expect.poll(() => markersLoaded(map)).toBeGreaterThan(0);
  const { features } = (await (await fetch(FEATURES())).json()) as {
    features: { geometry: { coordinates: [number, number] } }[];
  };
  const at = features[0]!.geometry.coordinates;
  const m = map.map!;
  m.jumpTo({ center: at, zoom: 15 });
  let id: unknown;
  await expect
    .poll(() => {
      if (!m.getLayer("points")) return undefined;
      id = m.queryRenderedFeatures(m.project(at), { layers: ["points"] })[0]?.properties.id;
      return id;
    })
    .toBeTypeOf("string");
  const point = m.project(at);
  await userEvent.click(canvas(map)!, { position: { x: point.x, y: point.y } });
  return id as string;
}

describe("<kausa-map>", () => {
  it("frees MapLibre when removed and creates it again when put back", async () => {
    const map = await mapIn(container(800));
    await expect.poll(() => canvas(map)).not.toBeNull();
    const first = map.map;
    expect(first).not.toBeNull();
    map.remove();
    expect(map.map).toBeNull();
    expect(canvas(map)).toBeNull();
    container(600).append(map);
    await expect.poll(() => canvas(map)).not.toBeNull();
    expect(map.map).not.toBeNull();
    expect(map.map).not.toBe(first);
  });

  it("loads the markers of its URL into the map", async () => {
    const map = await mapIn(container(800));
    await expect.poll(() => markersLoaded(map)).toBeGreaterThan(0);
  });

  it("tells only its parent about a clicked marker: once, and not outside the shadow root it is in", async () => {
    const host = container(800);
    const root = host.attachShadow({ mode: "open" });
    const map = await mapIn(root);
    const inside: string[] = [];
    const outside: string[] = [];
    root.addEventListener("kausa-map-select", (e) =>
      inside.push((e as CustomEvent<{ id: string }>).detail.id),
    );
    const onOutside = (e: Event) => outside.push(e.type);
    document.addEventListener("kausa-map-select", onOutside);
    document.addEventListener("kausa-select", onOutside);
    try {
      const id = await clickMarker(map);
      await expect.poll(() => inside).toEqual([id]);
      expect(outside).toEqual([]);
    } finally {
      document.removeEventListener("kausa-map-select", onOutside);
      document.removeEventListener("kausa-select", onOutside);
    }
  });
});

describe("<kausa-map> base map", () => {
  it("keeps the consented base map when the element is moved", async () => {
    const map = await mapIn(container(800), (m) => {
      m.basemapUrl = basemapStyle();
      m.basemapProvider = "Testkarte";
    });
    await expect.poll(() => map.map?.getLayer("points")).toBeTruthy();
    consentButton(map)!.click();
    await expect.poll(() => onBasemap(map), { message: "the base map under the overlays" }).toBe(true);
    const before = map.map;
    container(600).append(map);
    await expect.poll(() => map.map !== null && map.map !== before).toBe(true);
    await expect.poll(() => onBasemap(map), { message: "still the base map after the move" }).toBe(true);
    expect(consentButton(map)).toBeNull();
  });

  it("leaves the town and village names to the base map, which has its own", async () => {
    const map = await mapIn(container(800), (m) => {
      m.placesUrl = PLACES();
      m.basemapUrl = basemapStyle();
    });
    await expect.poll(() => map.map?.getLayer("place-label-1")).toBeTruthy();
    map.consentToBasemap();
    await expect.poll(() => onBasemap(map)).toBe(true);
    for (const layer of PLACE_LABEL_LAYERS) expect(map.map!.getLayer(layer)).toBeUndefined();
  });

  it("remembers a consent given before the map exists", async () => {
    const map = document.createElement("kausa-map") as KausaMap;
    map.featuresUrl = FEATURES();
    map.basemapUrl = basemapStyle();
    map.consentToBasemap();
    container(800).append(map);
    await expect.poll(() => onBasemap(map)).toBe(true);
    expect(consentButton(map)).toBeNull();
  });

  it("answers a marker click once after the style changed to the base map", async () => {
    const map = await mapIn(container(800), (m) => {
      m.basemapUrl = basemapStyle();
      m.basemapProvider = "Testkarte";
    });
    await expect.poll(() => map.map?.getLayer("points")).toBeTruthy();
    map.consentToBasemap();
    await expect.poll(() => onBasemap(map)).toBe(true);
    const chosen: string[] = [];
    map.addEventListener("kausa-map-select", (e) => chosen.push(e.detail.id));
    const id = await clickMarker(map);
    await expect.poll(() => chosen.length).toBeGreaterThan(0);
    // A second listener would have answered within the same click.
    expect(chosen).toEqual([id]);
  });
});

const popup = (map: KausaMap) => map.shadowRoot!.querySelector<HTMLElement>(".maplibregl-popup");

describe("<kausa-map> selection and popup", () => {
  it("tells the selected marker apart by size and a ring, not by colour alone", async () => {
    const map = await mapIn(container(800));
    const id = await clickMarker(map);
    map.selectedId = id;
    const m = map.map!;
    await expect.poll(() => JSON.stringify(m.getFilter("selected-ring"))).toContain(id);
    expect(JSON.stringify(m.getFilter("selected"))).toContain(id);
    const radius = (layer: string) => Number(m.getPaintProperty(layer, "circle-radius"));
    expect(radius("selected")).toBeGreaterThan(radius("points"));
    expect(radius("selected-ring")).toBeGreaterThan(radius("selected"));
    expect(m.getPaintProperty("selected-ring", "circle-stroke-width")).toBeGreaterThan(
      m.getPaintProperty("points", "circle-stroke-width") as number,
    );
    await expect
      .poll(() => m.queryRenderedFeatures(m.project(m.getCenter()), { layers: ["selected-ring"] }).length)
      .toBeGreaterThan(0);
  });

  it("loads a chosen contact point the list has not loaded and shows its card, marked as sample data", async () => {
    const map = await mapIn(container(800), (m) => {
      m.apiOrigin = api();
    });
    await expect.poll(() => markersLoaded(map)).toBeGreaterThan(0);
    const { features } = (await (await fetch(FEATURES())).json()) as { features: { id: string }[] };
    const id = features[features.length - 1]!.id;
    const { node } = await graphql<{
      node: { name: string; isSample: boolean; partner: { name: string } };
    }>("query($id: ID!) { node(id: $id) { ... on ContactPoint { name isSample partner { name } } } }", {
      id,
    });
    map.selectedId = id;
    await expect.poll(() => popup(map)?.querySelector(".muted")?.textContent?.trim()).toBe(node.partner.name);
    expect(popup(map)!.querySelector("strong")!.textContent).toBe(node.name);
    expect(node.isSample).toBe(true);
    expect(popup(map)!.querySelector(".badge")?.textContent).toBe("Beispieldaten");
  });

  it("marks the popup of a listed sample contact point, too", async () => {
    const map = await mapIn(container(800));
    const id = await clickMarker(map);
    map.selectedDetails = { name: "Anlaufstelle", address: "Markt 1, 99734 Nordhausen", isSample: true };
    map.selectedId = id;
    await expect.poll(() => popup(map)?.querySelector(".badge")?.textContent).toBe("Beispieldaten");
    expect(popup(map)!.querySelectorAll("a")).toHaveLength(1);
  });
});
