// The MapLibre part of the map picker, loaded only when a picker is shown (MapLibre is large).
import { unsafeCSS } from "lit";
import * as maplibregl from "maplibre-gl";
import maplibreCss from "maplibre-gl/dist/maplibre-gl.css?inline";
import workerUrl from "maplibre-gl/dist/maplibre-gl-worker.mjs?url";

// The worker is a hashed file of the app's own ('self' in the CSP's worker-src).
maplibregl.setWorkerUrl(new URL(workerUrl, import.meta.url).href);

/**
 * MapLibre's own CSS for the picker's shadow root: a constructed stylesheet, which the strict CSP
 * allows (a <style> element or a document-level stylesheet would not reach into the shadow root).
 */
export const maplibreStyleSheet = unsafeCSS(maplibreCss).styleSheet!;

export const THURINGIA: [[number, number], [number, number]] = [
  [9.87, 50.2],
  [12.65, 51.65],
];

/** A point is shown at least this close; search hits and typed coordinates zoom in this far. */
const POINT_ZOOM = 12;

const COLORS = {
  background: "#e5e9e7",
  district: "#ffffff",
  districtLine: "#5f6b64",
  marker: "#b45309",
};

export interface DistrictOutline {
  key: string;
  name: string;
  boundary: unknown;
}

export interface PickerMapOptions {
  container: HTMLElement;
  /** MapLibre's own texts (aria-labels of map, marker and buttons) in the UI language. */
  texts: Record<string, string>;
  attribution: string;
  /** The marker's name when it can be moved, and when it cannot. */
  markerLabels: { movable: string; fixed: string };
  /** The editor put the point here (clicked the map, dragged or nudged the marker). */
  onPick: (lat: number, lng: number) => void;
}

/**
 * A MapLibre map without any tiles: a plain background with the district outlines the API serves
 * (no glyphs, sprites or third-party requests), and one draggable marker. MapLibre's default
 * marker is a button that the arrow keys move (Shift: larger steps); that ends a drag too.
 */
export class PickerMap {
  readonly map: maplibregl.Map;
  private marker: maplibregl.Marker | null = null;
  private districts: DistrictOutline[] | null = null;
  private editable = true;

  constructor(private readonly options: PickerMapOptions) {
    this.map = new maplibregl.Map({
      container: options.container,
      style: {
        version: 8,
        sources: {},
        layers: [{ id: "background", type: "background", paint: { "background-color": COLORS.background } }],
      },
      bounds: THURINGIA,
      fitBoundsOptions: { padding: 8 },
      // The form scrolls past the map with the wheel; Ctrl + wheel (two fingers) moves the map.
      cooperativeGestures: true,
      attributionControl: { compact: false, customAttribution: options.attribution },
      dragRotate: false,
      pitchWithRotate: false,
      fadeDuration: 0,
      locale: options.texts,
    });
    this.map.touchZoomRotate.disableRotation();
    this.map.keyboard.disableRotation();
    this.map.addControl(new maplibregl.NavigationControl({ showCompass: false }));
    this.map.on("click", (event) => {
      if (this.editable) options.onPick(event.lngLat.lat, event.lngLat.lng);
    });
    this.map.on("style.load", () => this.addDistrictLayers());
  }

  /** Shows the outlines (once the style is there; again after a style reload). */
  showDistricts(districts: DistrictOutline[]) {
    this.districts = districts;
    if (this.map.isStyleLoaded()) this.addDistrictLayers();
  }

  private addDistrictLayers() {
    if (!this.districts || this.map.getSource("districts")) return;
    // The API's GeoJSONGeometry scalar is a GeoJSON geometry object (RFC 7946).
    const outlines = {
      type: "FeatureCollection",
      features: this.districts.map((d) => ({
        type: "Feature",
        properties: { key: d.key, name: d.name },
        geometry: d.boundary,
      })),
    } as maplibregl.GeoJSONSourceSpecification["data"];
    this.map.addSource("districts", { type: "geojson", data: outlines });
    this.map.addLayer({
      id: "district-fill",
      type: "fill",
      source: "districts",
      paint: { "fill-color": COLORS.district },
    });
    this.map.addLayer({
      id: "district-line",
      type: "line",
      source: "districts",
      paint: { "line-color": COLORS.districtLine, "line-width": 1 },
    });
  }

  /** Puts the marker on the point (or removes it) and brings the point into view. */
  showPoint(lat: number | null, lng: number | null) {
    if (lat === null || lng === null) {
      this.marker?.remove();
      this.marker = null;
      return;
    }
    const at: [number, number] = [lng, lat];
    if (!this.marker) {
      this.marker = new maplibregl.Marker({ draggable: this.editable, color: COLORS.marker })
        .setLngLat(at)
        .addTo(this.map);
      this.labelMarker();
      this.marker.on("dragend", () => {
        const { lat: newLat, lng: newLng } = this.marker!.getLngLat();
        this.options.onPick(newLat, newLng);
      });
    } else {
      const shown = this.marker.getLngLat();
      if (shown.lat !== lat || shown.lng !== lng) this.marker.setLngLat(at);
    }
    const inView = this.map.getBounds().contains(at);
    if (!inView || this.map.getZoom() < POINT_ZOOM - 4) {
      this.map.jumpTo({ center: at, zoom: Math.max(this.map.getZoom(), POINT_ZOOM) });
    }
  }

  /** Whether clicks and the marker move the point (not while the picker is disabled). */
  setEditable(editable: boolean) {
    this.editable = editable;
    this.marker?.setDraggable(editable);
    this.labelMarker();
  }

  private labelMarker() {
    const { movable, fixed } = this.options.markerLabels;
    this.marker?.getElement().setAttribute("aria-label", this.editable ? movable : fixed);
  }

  /** The marker's element (a button), e.g. to give it the focus. */
  get markerElement(): HTMLElement | null {
    return this.marker?.getElement() ?? null;
  }

  remove() {
    this.map.remove();
  }
}
