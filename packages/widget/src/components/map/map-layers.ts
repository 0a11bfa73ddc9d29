import type { GeoJSONSource, MapLayerMouseEvent, Map as MapLibreMap } from "maplibre-gl";
import { COLORS } from "./local-style.ts";
import { districtLabelPoints } from "./map-labels.ts";
import { addMarkerSpace, addPlaceLabels } from "./map-places.ts";

/** A GeoJSON feature; `G` is its geometry (the district outlines' polygons are passed through unread). */
export interface Feature<G = unknown> {
  type?: "Feature";
  id?: string | number;
  properties: Record<string, unknown>;
  geometry: G;
}

export interface FeatureCollection<G = unknown> {
  type: "FeatureCollection";
  features: Feature<G>[];
}

/** A contact point's marker: a point at [lng, lat]. */
export type PointGeometry = { type: "Point"; coordinates: [number, number] };
export type Markers = FeatureCollection<PointGeometry>;

export const EMPTY: FeatureCollection<never> = { type: "FeatureCollection", features: [] };

export interface OverlayOptions {
  boundaries: FeatureCollection | null;
  features: Markers;
  selectedId: string | null;
  /** The search area and its origin (see map-origin.ts). */
  origin: FeatureCollection;
  /** The markers' colour: the host's `--kausa-primary` (map-theme.ts). */
  primary: string;
  /** The towns and villages to name (the API's /map/places.geojson), null until loaded. */
  places: FeatureCollection | null;
  /** Softer district fill, and no district or place names (the base map has its own), over a consented base map. */
  overBasemap: boolean;
}

/** The layers drawn in the accent colour. */
const PRIMARY_LAYERS = {
  clusters: "circle-color",
  points: "circle-color",
  selected: "circle-color",
} as const;

/** The selection is told apart by shape too, not by colour alone: larger, with a dark ring around a white one. */
const SELECTED_RADIUS = 11;

export interface HandlerOptions {
  onMarker: (id: string) => void;
  onCluster: (center: [number, number], zoom: number) => void;
}

/**
 * District outlines and names, town and village names, the search area, clustered contact
 * points and the selected marker. Added again after every style load (a new style, e.g. the
 * consented base map, drops the old sources and layers).
 */
export function addOverlays(map: MapLibreMap, o: OverlayOptions) {
  map.addSource("districts", { type: "geojson", data: (o.boundaries ?? EMPTY) as never });
  map.addLayer({
    id: "district-fill",
    type: "fill",
    source: "districts",
    paint: {
      "fill-color": ["case", ["get", "rural"], COLORS.ruralDistrict, COLORS.district],
      "fill-opacity": o.overBasemap ? 0.15 : 1,
    },
  });
  map.addLayer({
    id: "district-line",
    type: "line",
    source: "districts",
    paint: { "line-color": COLORS.districtLine, "line-width": 1 },
  });
  map.addSource("origin", { type: "geojson", data: o.origin as never });
  map.addLayer({
    id: "radius-fill",
    type: "fill",
    source: "origin",
    filter: ["==", ["get", "role"], "radius"],
    paint: { "fill-color": COLORS.radius, "fill-opacity": 0.06 },
  });
  map.addLayer({
    id: "radius-line",
    type: "line",
    source: "origin",
    filter: ["==", ["get", "role"], "radius"],
    paint: { "line-color": COLORS.radius, "line-width": 2, "line-dasharray": [3, 2] },
  });
  if (!o.overBasemap) {
    addDistrictLabels(map, o.boundaries);
    addPlaceLabels(map, o.places);
  }
  map.addSource("contacts", {
    type: "geojson",
    data: o.features as never,
    cluster: true,
    clusterRadius: 40,
    clusterMaxZoom: 11,
  });
  map.addLayer({
    id: "clusters",
    type: "circle",
    source: "contacts",
    filter: ["has", "point_count"],
    paint: {
      "circle-color": o.primary,
      "circle-radius": ["step", ["get", "point_count"], 14, 10, 18, 50, 24],
      "circle-stroke-color": "#fff",
      "circle-stroke-width": 2,
    },
  });
  addMarkerSpace(map, "contacts");
  map.addLayer({
    id: "cluster-count",
    type: "symbol",
    source: "contacts",
    filter: ["has", "point_count"],
    layout: { "text-field": ["get", "point_count_abbreviated"], "text-size": 12 },
    paint: { "text-color": "#fff" },
  });
  map.addLayer({
    id: "points",
    type: "circle",
    source: "contacts",
    filter: ["!", ["has", "point_count"]],
    paint: {
      "circle-color": o.primary,
      "circle-radius": 7,
      "circle-stroke-color": "#fff",
      "circle-stroke-width": 2,
    },
  });
  const selected = ["==", ["get", "id"], o.selectedId ?? ""] as ["==", ["get", string], string];
  map.addLayer({
    id: "selected-ring",
    type: "circle",
    source: "contacts",
    filter: selected,
    paint: {
      "circle-color": "#fff",
      "circle-radius": SELECTED_RADIUS + 3,
      "circle-stroke-color": COLORS.selectedRing,
      "circle-stroke-width": 3,
    },
  });
  map.addLayer({
    id: "selected",
    type: "circle",
    source: "contacts",
    filter: selected,
    paint: { "circle-color": o.primary, "circle-radius": SELECTED_RADIUS },
  });
}

/**
 * District names, drawn by MapLibre with the browser's own fonts (the style has no `glyphs`, so
 * nothing is fetched; Arabic and other scripts are shaped by the browser). Collision detection
 * keeps the density fitting the zoom: at the overview only the names that fit are shown, and the
 * town names (map-places.ts) win an overlap.
 */
function addDistrictLabels(map: MapLibreMap, boundaries: FeatureCollection | null) {
  map.addSource("district-labels", { type: "geojson", data: districtLabelPoints(boundaries) as never });
  map.addLayer({
    id: "district-label",
    type: "symbol",
    source: "district-labels",
    layout: {
      "text-field": ["get", "name"],
      "text-font": ["sans-serif"],
      "text-size": ["interpolate", ["linear"], ["zoom"], 6, 9, 9, 12],
      // Capitals, spaced: an area's name, told apart from a town's (Greiz the district, Greiz the town).
      "text-transform": "uppercase",
      "text-letter-spacing": 0.08,
      "text-max-width": 10,
      "text-padding": 4,
    },
    paint: { "text-color": COLORS.districtLabel, "text-halo-color": "#fff", "text-halo-width": 1.5 },
  });
}

/** Colours the markers, clusters and selection with the host's accent colour. */
export function setPrimaryColor(map: MapLibreMap | null, color: string) {
  for (const [layer, property] of Object.entries(PRIMARY_LAYERS)) {
    if (map?.getLayer(layer)) map.setPaintProperty(layer, property, color);
  }
}

/** Shows the given contact point as the selected one (or none). */
export function setSelectedFilter(map: MapLibreMap, id: string | null) {
  for (const layer of ["selected-ring", "selected"]) map.setFilter(layer, ["==", ["get", "id"], id ?? ""]);
}

/**
 * Clicks on markers and clusters, and the pointer cursor over them. Registered once per map:
 * MapLibre keeps layer listeners across style changes (and skips layers that do not exist yet),
 * so registering them on every style load would answer each click twice.
 */
export function addHandlers(map: MapLibreMap, o: HandlerOptions) {
  map.on("click", "points", (event: MapLayerMouseEvent) => {
    const id = event.features?.[0]?.properties?.id;
    if (typeof id === "string") o.onMarker(id);
  });
  map.on("click", "clusters", async (event: MapLayerMouseEvent) => {
    const feature = event.features?.[0];
    if (feature?.geometry.type !== "Point") return;
    const [lng = 0, lat = 0] = feature.geometry.coordinates;
    const zoom = await (map.getSource("contacts") as GeoJSONSource).getClusterExpansionZoom(
      feature.properties.cluster_id,
    );
    o.onCluster([lng, lat], zoom);
  });
  for (const layer of ["points", "clusters"]) {
    map.on("mouseenter", layer, () => (map.getCanvas().style.cursor = "pointer"));
    map.on("mouseleave", layer, () => (map.getCanvas().style.cursor = ""));
  }
}

/** Replaces a GeoJSON source's data, if the style has it already. */
export function setSourceData(map: MapLibreMap | null, id: string, data: FeatureCollection | null) {
  if (id === "districts") setSourceData(map, "district-labels", data && districtLabelPoints(data));
  const source = map?.getSource(id) as GeoJSONSource | undefined;
  if (source && data) source.setData(data as never);
}
