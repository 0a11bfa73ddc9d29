import { css, html, LitElement, nothing, type PropertyValues, unsafeCSS } from "lit";
import type { GeoJSONSource, MapLayerMouseEvent, Map as MapLibreMap } from "maplibre-gl";
import * as maplibregl from "maplibre-gl";
import maplibreStyles from "maplibre-gl/dist/maplibre-gl.css?inline";
import workerUrl from "maplibre-gl/dist/maplibre-gl-worker.mjs?url";
import { emit } from "../../events.ts";
import { routeHref } from "../../format.ts";
import { germanTranslator, type Translator } from "../../i18n/i18n.ts";
import { changedByValue } from "../../state/changed-by-value.ts";
import { COLORS, localStyle } from "./local-style.ts";
import styles from "./map.styles.ts";

// The worker is a separate hashed file next to this chunk; cross-origin it runs from a blob:.
maplibregl.setWorkerUrl(new URL(workerUrl, import.meta.url).href);

const THURINGIA: [[number, number], [number, number]] = [
  [9.87, 50.2],
  [12.65, 51.65],
];

type FeatureCollection = {
  type: "FeatureCollection";
  features: { id?: string | number; properties: Record<string, unknown> }[];
};

/**
 * The map of contact points: clustered markers, district outlines, selection synced with the
 * list. Loaded lazily (MapLibre is large); all its information is also in the list.
 *
 * @event kausa-select - A marker was chosen: `detail.id` is the ContactPoint ID.
 * @csspart map - The map container.
 * @cssproperty --kausa-map-height - Height of the map (default 26rem).
 *
 * @tagname kausa-map
 */
export class KausaMap extends LitElement {
  static override styles = [css`${unsafeCSS(maplibreStyles)}`, styles];
  static override properties = {
    featuresUrl: { attribute: false },
    boundaries: { attribute: false },
    selectedId: { attribute: false },
    center: { attribute: false },
    translator: { attribute: false },
    basemapUrl: { attribute: false },
    basemapProvider: { attribute: false },
    selectedDetails: { attribute: false, hasChanged: changedByValue },
    basemapConsented: { state: true, attribute: false },
  };

  declare featuresUrl: string;
  declare boundaries: FeatureCollection | null;
  declare selectedId: string | null;
  declare center: { lat: number; lng: number } | null;
  declare translator: Translator;
  declare basemapUrl: string | null;
  declare basemapProvider: string;
  /** Name and address of the chosen contact point, for its popup (the list has all the rest). */
  declare selectedDetails: { name: string; address: string } | null;
  /** @internal */
  declare basemapConsented: boolean;
  /** The MapLibre instance while the element is on the page (null after removal). */
  map: MapLibreMap | null = null;
  private features: FeatureCollection = { type: "FeatureCollection", features: [] };
  private abort: AbortController | null = null;
  private resizeObserver: ResizeObserver | null = null;
  private popup: maplibregl.Popup | null = null;

  constructor() {
    super();
    this.featuresUrl = "";
    this.boundaries = null;
    this.selectedId = null;
    this.center = null;
    this.translator = germanTranslator;
    this.basemapUrl = null;
    this.basemapProvider = "";
    this.selectedDetails = null;
    this.basemapConsented = false;
  }

  override firstUpdated() {
    const container = this.renderRoot.querySelector(".map") as HTMLElement;
    const t = this.translator.t.bind(this.translator);
    const map = new maplibregl.Map({
      container,
      style: localStyle(),
      bounds: THURINGIA,
      // One finger / plain wheel scrolls the host page; two fingers / Ctrl+wheel move the map.
      cooperativeGestures: true,
      attributionControl: { compact: true, customAttribution: this.translator.t("attribution") },
      fadeDuration: 0,
      // MapLibre's own texts (buttons, the two-finger hint) in the visitor's language.
      locale: {
        "Map.Title": t("mapLabel"),
        "NavigationControl.ZoomIn": t("mapZoomIn"),
        "NavigationControl.ZoomOut": t("mapZoomOut"),
        "AttributionControl.ToggleAttribution": t("mapAttribution"),
        "Popup.Close": t("mapClose"),
        "CooperativeGesturesHandler.WindowsHelpText": t("mapGestureCtrl"),
        "CooperativeGesturesHandler.MacHelpText": t("mapGestureMac"),
        "CooperativeGesturesHandler.MobileHelpText": t("mapGestureTouch"),
      },
    });
    map.addControl(new maplibregl.NavigationControl({ showCompass: false }));
    map.on("style.load", () => this.addOverlays());
    // The host layout settles after the map is created: keep the canvas and view in step.
    this.resizeObserver = new ResizeObserver(() => {
      map.resize();
      if (this.center || this.selectedId) return;
      if (this.features.features.length) this.fitToFeatures();
      else map.fitBounds(THURINGIA, { padding: 16, animate: false });
    });
    this.resizeObserver.observe(container);
    this.map = map;
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.abort?.abort();
    this.resizeObserver?.disconnect();
    // Frees the WebGL context, the workers and the listeners.
    this.map?.remove();
    this.map = null;
  }

  override updated(changed: PropertyValues<this>) {
    if (changed.has("featuresUrl") && this.featuresUrl) void this.loadFeatures();
    if (changed.has("boundaries")) this.setSourceData("districts", this.boundaries);
    if (changed.has("selectedId")) this.showSelection();
    if (changed.has("center") && this.center && this.map) {
      this.moveTo([this.center.lng, this.center.lat], 10);
    }
  }

  /** Loads the opt-in base map; call only after the visitor's click or the host's consent. */
  consentToBasemap() {
    if (!this.basemapUrl || !this.map) return;
    this.basemapConsented = true;
    this.map.setStyle(this.basemapUrl);
  }

  private async loadFeatures() {
    this.abort?.abort();
    this.abort = new AbortController();
    try {
      const response = await fetch(this.featuresUrl, { signal: this.abort.signal, credentials: "omit" });
      const data = (await response.json()) as FeatureCollection;
      // GeoJSON string ids are not kept by MapLibre: carry the ID as a property.
      for (const feature of data.features) feature.properties.id = feature.id;
      this.features = data;
      this.setSourceData("contacts", data);
      this.fitToFeatures();
      // A selection restored from a deep link can only be shown once its marker is known.
      if (this.selectedId) this.showSelection();
    } catch (error) {
      if ((error as Error).name !== "AbortError") console.warn("[kausa-map] could not load markers", error);
    }
  }

  /** Shows the area of the results: a district's own finder opens on that district. */
  private fitToFeatures() {
    const points = this.features.features as unknown as { geometry: { coordinates: [number, number] } }[];
    if (!this.map || points.length === 0 || this.selectedId) return;
    const lngs = points.map((f) => f.geometry.coordinates[0]);
    const lats = points.map((f) => f.geometry.coordinates[1]);
    this.map.fitBounds(
      [
        [Math.min(...lngs), Math.min(...lats)],
        [Math.max(...lngs), Math.max(...lats)],
      ],
      { padding: 40, maxZoom: 12, animate: false },
    );
  }

  private setSourceData(id: string, data: FeatureCollection | null) {
    const source = this.map?.getSource(id) as GeoJSONSource | undefined;
    if (source && data) source.setData(data as never);
  }

  private addOverlays() {
    const map = this.map;
    if (!map) return;
    map.addSource("districts", {
      type: "geojson",
      data: (this.boundaries ?? { type: "FeatureCollection", features: [] }) as never,
    });
    map.addLayer({
      id: "district-fill",
      type: "fill",
      source: "districts",
      paint: {
        "fill-color": ["case", ["get", "rural"], COLORS.ruralDistrict, COLORS.district],
        "fill-opacity": this.basemapConsented ? 0.15 : 1,
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
      data: this.features as never,
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
      filter: ["==", ["get", "id"], this.selectedId ?? ""],
      paint: {
        "circle-color": COLORS.selected,
        "circle-radius": 10,
        "circle-stroke-color": "#fff",
        "circle-stroke-width": 3,
      },
    });
    map.on("click", "points", (event: MapLayerMouseEvent) => {
      const id = event.features?.[0]?.properties?.id;
      if (typeof id === "string") emit(this, "kausa-select", { id });
    });
    map.on("click", "clusters", async (event: MapLayerMouseEvent) => {
      const feature = event.features?.[0];
      if (!feature) return;
      const zoom = await (map.getSource("contacts") as GeoJSONSource).getClusterExpansionZoom(
        feature.properties.cluster_id,
      );
      this.moveTo((feature.geometry as unknown as { coordinates: [number, number] }).coordinates, zoom);
    });
    for (const layer of ["points", "clusters"]) {
      map.on("mouseenter", layer, () => (map.getCanvas().style.cursor = "pointer"));
      map.on("mouseleave", layer, () => (map.getCanvas().style.cursor = ""));
    }
  }

  private showSelection() {
    const map = this.map;
    if (!map?.getLayer("selected")) return;
    map.setFilter("selected", ["==", ["get", "id"], this.selectedId ?? ""]);
    this.popup?.remove();
    this.popup = null;
    const feature = this.features.features.find((f) => f.id === this.selectedId) as
      | { properties: { name?: string }; geometry: { coordinates: [number, number] } }
      | undefined;
    if (!feature) return;
    this.moveTo(feature.geometry.coordinates, Math.max(map.getZoom(), 11));
    this.popup = new maplibregl.Popup({ closeOnClick: false, focusAfterOpen: false, maxWidth: "18rem" })
      .setLngLat(feature.geometry.coordinates)
      .setDOMContent(this.popupContent(feature.properties.name ?? "", feature.geometry.coordinates))
      .addTo(map);
  }

  /** Name, address and a route link for the chosen contact point; built as DOM, never parsed from data. */
  private popupContent(name: string, [lng, lat]: [number, number]) {
    const t = this.translator.t.bind(this.translator);
    const root = document.createElement("div");
    root.className = "popup";
    const title = document.createElement("strong");
    title.textContent = this.selectedDetails?.name ?? name;
    root.append(title);
    if (this.selectedDetails?.address) {
      const address = document.createElement("p");
      address.textContent = this.selectedDetails.address;
      root.append(address);
    }
    const route = document.createElement("a");
    route.href = routeHref(lat, lng);
    route.target = "_blank";
    route.rel = "noopener noreferrer";
    route.textContent = t("route");
    root.append(route);
    return root;
  }

  private moveTo(center: [number, number], zoom: number) {
    const reduceMotion = matchMedia("(prefers-reduced-motion: reduce)").matches;
    if (reduceMotion) this.map?.jumpTo({ center, zoom });
    else this.map?.easeTo({ center, zoom, duration: 600 });
  }

  override render() {
    const t = this.translator.t.bind(this.translator);
    return html`
      ${
        this.basemapUrl && !this.basemapConsented
          ? html`<button class="consent" type="button" @click=${this.consentToBasemap}>
            ${t("basemapConsent", { provider: this.basemapProvider || new URL(this.basemapUrl).host })}
          </button>`
          : nothing
      }
      <div class="map" part="map" role="region" aria-label=${t("mapLabel")}></div>
    `;
  }
}
