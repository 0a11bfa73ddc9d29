import type { Map as MapLibreMap } from "maplibre-gl";
import { COLORS } from "./local-style.ts";
import type { FeatureCollection } from "./map-layers.ts";

/**
 * The town and village names, one layer per rank of the API's /map/places.geojson (1 district
 * seat, 2 town, 3 village), each from the zoom where that many names still fit: the seats from
 * the overview on (Thuringia fills the map at about zoom 6.5 on a phone, 7.5 on a desktop), the
 * towns a bit closer, the villages only zoomed in. Within that, MapLibre's collision detection
 * hides a name that would overlap another; the layer added last is placed first, so the seats
 * win over the towns, the towns over the villages, and all of them over the district names. A
 * name moves beside its place when a marker covers it (see `addMarkerSpace`).
 */
const RANKS = [
  { rank: 3, minzoom: 10, size: [10, 11, 14, 14], color: COLORS.label },
  { rank: 2, minzoom: 8, size: [8, 11, 12, 15], color: COLORS.label },
  { rank: 1, minzoom: 0, size: [6, 12, 12, 17], color: COLORS.placeLabel },
] as const;

/** The label layers' IDs, villages first (e.g. for `queryRenderedFeatures`). */
export const PLACE_LABEL_LAYERS = RANKS.map(({ rank }) => `place-label-${rank}`);

/**
 * Adds the place names above the district names and below the markers: drawn by MapLibre with
 * the browser's own fonts like the district names (no glyphs, nothing fetched).
 */
export function addPlaceLabels(map: MapLibreMap, places: FeatureCollection | null) {
  map.addSource("places", {
    type: "geojson",
    data: (places ?? { type: "FeatureCollection", features: [] }) as never,
  });
  for (const { rank, minzoom, size, color } of RANKS) {
    const [fromZoom, fromSize, toZoom, toSize] = size;
    map.addLayer({
      id: `place-label-${rank}`,
      type: "symbol",
      source: "places",
      minzoom,
      filter: ["==", ["get", "rank"], rank],
      layout: {
        "text-field": ["get", "name"],
        "text-font": ["sans-serif"],
        "text-size": ["interpolate", ["linear"], ["zoom"], fromZoom, fromSize, toZoom, toSize],
        "text-max-width": 8,
        "text-padding": 3,
        // On the place if it is free, else beside it, clear of a cluster drawn there (ems).
        "text-variable-anchor-offset": [
          "center",
          [0, 0],
          "top",
          [0, 1.6],
          "bottom",
          [0, -1.6],
          "left",
          [1.6, 0],
          "right",
          [-1.6, 0],
        ],
      },
      paint: { "text-color": color, "text-halo-color": "#fff", "text-halo-width": 1.5 },
    });
  }
}

const MARKER_SPACE = "marker-space";
/** The size of the transparent image that stands for a marker, in pixels. */
const SPACE_PX = 16;

/**
 * Keeps the names off the markers: MapLibre's collision detection knows only symbols, not the
 * markers' circles, so each marker also gets an invisible icon of its circle's size. Add it
 * above the label layers and below the cluster counts (which must stay visible on their circle).
 */
export function addMarkerSpace(map: MapLibreMap, source: string) {
  if (!map.hasImage(MARKER_SPACE)) {
    const data = new Uint8Array(SPACE_PX * SPACE_PX * 4);
    map.addImage(MARKER_SPACE, { width: SPACE_PX, height: SPACE_PX, data });
  }
  // The circles' diameters with their white ring (map-layers.ts): 14, 18, 24 and 7 px radius + 2.
  const diameter = ["case", ["has", "point_count"], ["step", ["get", "point_count"], 32, 10, 40, 50, 52], 18];
  map.addLayer({
    id: MARKER_SPACE,
    type: "symbol",
    source,
    layout: {
      "icon-image": MARKER_SPACE,
      "icon-size": ["/", diameter, SPACE_PX] as never,
      "icon-allow-overlap": true,
    },
    paint: { "icon-opacity": 0 },
  });
}
