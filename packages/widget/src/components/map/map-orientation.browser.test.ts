import { afterEach, describe, expect, it } from "vitest";
import { cleanup, container } from "../../../test/browser/fixture.ts";
import "./map.ts";
import { districtFeatures } from "../finder/map-panel.ts";
import { graphql, mapIn, PLACES } from "./map.fixture.ts";
import { PLACE_LABEL_LAYERS } from "./map-places.ts";

// The map's orientation: the host's colour, the searched place, district and place names. The
// markers, their popups and the base map: map.browser.test.ts.

afterEach(cleanup);

/** Great-circle distance in km. */
function km([lng1, lat1]: [number, number], [lng2, lat2]: [number, number]) {
  const rad = Math.PI / 180;
  const a =
    Math.sin(((lat2 - lat1) * rad) / 2) ** 2 +
    Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(((lng2 - lng1) * rad) / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.sqrt(a));
}

describe("<kausa-map> orientation", () => {
  it("colours the markers with the host's --kausa-primary and follows a change of it", async () => {
    const host = container(800);
    host.style.setProperty("--kausa-primary", "#8a1538");
    const map = await mapIn(host);
    const paint = (layer: string) =>
      map.map?.getLayer(layer) ? String(map.map.getPaintProperty(layer, "circle-color")) : null;
    await expect.poll(() => paint("points")).toBe("rgb(138, 21, 56)");
    expect(paint("clusters")).toBe("rgb(138, 21, 56)");
    expect(paint("selected")).toBe("rgb(138, 21, 56)");
    // A theme switch on the host page: no property of the map changes, only the CSS.
    host.style.setProperty("--kausa-primary", "#1b5e20");
    await expect.poll(() => paint("points")).toBe("rgb(27, 94, 32)");
  });

  it("shows the searched place as a named pin and the search radius as a circle around it", async () => {
    const erfurt = { lat: 50.978, lng: 11.029 };
    const map = await mapIn(container(800), (m) => {
      m.origin = { ...erfurt, name: "99084 Erfurt" };
      m.radiusKm = 60;
    });
    const pin = () => map.shadowRoot!.querySelector<HTMLElement>(".origin-pin");
    await expect.poll(() => pin()?.getAttribute("aria-label")).toBe("99084 Erfurt");
    expect(pin()!.getAttribute("role")).toBe("img");
    // A teardrop (an SVG path), unlike the round markers.
    expect(pin()!.querySelector("path")).not.toBeNull();
    const m = map.map!;
    await expect
      .poll(() => m.getLayer("radius-line") && m.queryRenderedFeatures({ layers: ["radius-line"] }).length)
      .toBeGreaterThan(0);
    const { features } = (await (m.getSource("origin") as import("maplibre-gl").GeoJSONSource).getData()) as {
      features: { properties: { role: string }; geometry: { type: string; coordinates: unknown } }[];
    };
    const circle = features.find((f) => f.properties.role === "radius");
    expect(circle?.geometry.type).toBe("Polygon");
    const ring = (circle!.geometry.coordinates as [number, number][][])[0]!;
    expect(ring.length).toBeGreaterThan(32);
    for (const vertex of ring) expect(km(vertex, [erfurt.lng, erfurt.lat])).toBeCloseTo(60, 0);

    // The visitor's own position: another name; no radius search, no circle.
    map.origin = { ...erfurt, name: "Standort gefunden", fromDevice: true };
    map.radiusKm = null;
    await expect.poll(() => pin()?.getAttribute("aria-label")).toBe("Standort gefunden");
    expect(map.shadowRoot!.querySelectorAll(".origin-pin")).toHaveLength(1);
    await expect.poll(() => m.queryRenderedFeatures({ layers: ["radius-line"] }).length).toBe(0);
  });

  it("names the districts, drawn with the browser's fonts (no font download)", async () => {
    const { districts } = await graphql<{
      districts: { key: string; name: string; rural: boolean; boundary: unknown }[];
    }>("{ districts { key name rural boundary } }");
    const map = await mapIn(container(800), (m) => {
      m.boundaries = districtFeatures(districts);
    });
    const names = new Set(districts.map((d) => d.name));
    const shown = () =>
      map.map?.getLayer("district-label")
        ? map.map.queryRenderedFeatures({ layers: ["district-label"] }).map((f) => f.properties.name)
        : [];
    await expect.poll(() => shown().length).toBeGreaterThan(0);
    for (const name of shown()) expect(names.has(name)).toBe(true);
    expect(map.map!.getStyle().glyphs).toBeUndefined();
  });

  it("names the towns from the overview on, more of them closer and the villages only zoomed in", async () => {
    // No markers: the view stays on the whole of Thuringia, as the finder opens.
    const map = await mapIn(container(800), (m) => {
      m.featuresUrl = "";
      m.placesUrl = PLACES();
    });
    const shown = (layer: string) => {
      const m = map.map;
      if (!m?.getLayer(layer) || !m.isSourceLoaded("places")) return [];
      return m.queryRenderedFeatures({ layers: [layer] }).map((f) => String(f.properties.name));
    };
    await expect.poll(() => shown("place-label-1")).toEqual(expect.arrayContaining(["Erfurt", "Nordhausen"]));
    const m = map.map!;
    expect(m.getZoom()).toBeLessThan(8);
    expect(shown("place-label-2")).toEqual([]);
    expect(shown("place-label-3")).toEqual([]);
    expect(m.getStyle().glyphs).toBeUndefined();
    // Above the district names (they win an overlap), below every marker layer.
    const order = m.getStyle().layers.map((l) => l.id);
    for (const layer of PLACE_LABEL_LAYERS) {
      expect(order.indexOf(layer)).toBeGreaterThan(order.indexOf("district-label"));
      expect(order.indexOf(layer)).toBeLessThan(order.indexOf("clusters"));
    }

    // A bit closer: the towns too (Eisenach has a postcode of its own), still no village.
    m.jumpTo({ center: [10.32, 50.975], zoom: 8.5 });
    await expect.poll(() => shown("place-label-2")).toContain("Eisenach");
    expect(shown("place-label-3")).toEqual([]);

    // Zoomed in on the Altenburger Land: its villages.
    m.jumpTo({ center: [12.4691, 51.0156], zoom: 11 });
    await expect.poll(() => shown("place-label-3")).toContain("Windischleuba");
    expect(shown("place-label-1")).toContain("Altenburg");
  });
});
