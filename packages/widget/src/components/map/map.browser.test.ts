import { afterEach, describe, expect, it } from "vitest";
import { userEvent } from "vitest/browser";
import { api, cleanup, container } from "../../../test/browser/fixture.ts";
import "./map.ts";
import type { KausaMap } from "./map.component.ts";

afterEach(cleanup);

const FEATURES = () => `${api()}/map/contact-points.geojson?districtKeys=16062`;

async function mapIn(parent: HTMLElement | ShadowRoot, setup: (map: KausaMap) => void = () => {}) {
  const map = document.createElement("kausa-map") as KausaMap;
  map.featuresUrl = FEATURES();
  setup(map);
  parent.append(map);
  await map.updateComplete;
  return map;
}

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
