import type { GeoJSONSource, MapLayerMouseEvent, Map as MapLibreMap } from "maplibre-gl";
import { COLORS } from "./local-style.ts";

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
  /** Softer district fill over a consented base map. */
  overBasemap: boolean;
}

export interface HandlerOptions {
  onMarker: (id: string) => void;
  onCluster: (center: [number, number], zoom: number) => void;
}

/**
 * District outlines, clustered contact points and the selected marker. Added again after every
 * style load (a new style, e.g. the consented base map, drops the old sources and layers).
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
      "circle-color": COLORS.cluster,
      "circle-radius": ["step", ["get", "point_count"], 14, 10, 18, 50, 24],
      "circle-stroke-color": "#fff",
      "circle-stroke-width": 2,
    },
  });
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
      "circle-color": COLORS.marker,
      "circle-radius": 7,
      "circle-stroke-color": "#fff",
      "circle-stroke-width": 2,
    },
  });
  map.addLayer({
    id: "selected",
    type: "circle",
    source: "contacts",
    filter: ["==", ["get", "id"], o.selectedId ?? ""],
    paint: {
      "circle-color": COLORS.selected,
      "circle-radius": 10,
      "circle-stroke-color": "#fff",
      "circle-stroke-width": 3,
    },
  });
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
  const source = map?.getSource(id) as GeoJSONSource | undefined;
  if (source && data) source.setData(data as never);
}
