import { ContextConsumer } from "@lit/context";
import { initialState, Task } from "@lit/task";
import { css, html, LitElement, nothing, type PropertyValues, unsafeCSS } from "lit";
import * as maplibregl from "maplibre-gl";
import maplibreStyles from "maplibre-gl/dist/maplibre-gl.css?inline";
import workerUrl from "maplibre-gl/dist/maplibre-gl-worker.mjs?url";
import { translatorContext } from "../../context.ts";
import { emitInternal } from "../../events.ts";
import { germanTranslator } from "../../i18n/i18n.ts";
import { changedByValue } from "../../state/changed-by-value.ts";
import { MapController, THURINGIA } from "./map.controller.ts";
import styles from "./map.styles.ts";
import {
  addHandlers,
  addOverlays,
  EMPTY,
  type FeatureCollection,
  type Markers,
  setSourceData,
} from "./map-layers.ts";
import { popupContent } from "./map-popup.ts";

// The worker is a separate hashed file next to this chunk; cross-origin it runs from a blob:.
maplibregl.setWorkerUrl(new URL(workerUrl, import.meta.url).href);

/**
 * The map of contact points: clustered markers, district outlines, selection synced with the
 * list. Loaded lazily (MapLibre is large); all its information is also in the list. Tells the
 * finder about a chosen marker with the internal `kausa-map-select` event (inside the finder's
 * shadow root only); the finder announces the selection to the page.
 *
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
    basemapUrl: { attribute: false },
    basemapProvider: { attribute: false },
    selectedDetails: { attribute: false, hasChanged: changedByValue },
    basemapConsented: { attribute: false },
  };

  featuresUrl = "";
  boundaries: FeatureCollection | null = null;
  selectedId: string | null = null;
  center: { lat: number; lng: number } | null = null;
  basemapUrl: string | null = null;
  basemapProvider = "";
  /** Name and address of the chosen contact point, for its popup (the list has all the rest). */
  selectedDetails: { name: string; address: string } | null = null;
  /** @internal Set by the finder, which remembers the consent across re-created maps. */
  basemapConsented = false;

  private readonly translator = new ContextConsumer(this, { context: translatorContext, subscribe: true });
  private readonly controller = new MapController(this, {
    container: () => this.renderRoot.querySelector<HTMLElement>(".map"),
    translator: () => this.t,
    basemap: () => (this.basemapConsented && this.basemapUrl ? this.basemapUrl : null),
    onCreate: (map) => {
      map.on("style.load", () => this.onStyle(map));
      addHandlers(map, {
        onMarker: (id) => emitInternal(this, "kausa-map-select", { id }),
        onCluster: (center, zoom) => {
          this.autoView = false;
          this.moveTo(center, zoom);
        },
      });
      // The visitor's own pan or zoom (events from code have no originalEvent) is kept from now on.
      map.on("movestart", (event) => {
        if (event.originalEvent) this.autoView = false;
      });
      this.autoView = true;
    },
    onResize: (map) => {
      // While the view is still the automatic one, it follows the settling host layout.
      if (!this.autoView || this.center || this.selectedId) return;
      if (this.features.features.length) this.fitToFeatures();
      else map.fitBounds(THURINGIA, { padding: 16, animate: false });
    },
  });
  /** The markers of the current search, kept across map re-creations. */
  private features: Markers = EMPTY;
  /** False once the visitor moved the map: a resize then keeps their view; new results fit again. */
  private autoView = true;
  private popup: maplibregl.Popup | null = null;

  /** The markers of the current search: fetched again whenever the URL changes, the older request aborted. */
  protected readonly markers = new Task(this, {
    args: () => [this.featuresUrl],
    task: async ([url], { signal }) => {
      if (!url) return initialState;
      const response = await fetch(url, { signal, credentials: "omit" });
      const data = (await response.json()) as Markers;
      // GeoJSON string ids are not kept by MapLibre: carry the ID as a property.
      for (const feature of data.features) feature.properties.id = feature.id;
      return data;
    },
    onComplete: (data) => {
      this.features = data;
      setSourceData(this.map, "contacts", data);
      this.autoView = true;
      this.fitToFeatures();
      // A selection restored from a deep link can only be shown once its marker is known.
      if (this.selectedId) this.showSelection();
    },
    onError: (error) => console.warn("[kausa-map] could not load markers", error),
  });

  /** The MapLibre instance while the element is on the page (null after removal). */
  get map(): maplibregl.Map | null {
    return this.controller.map;
  }

  private get t() {
    return this.translator.value ?? germanTranslator;
  }

  override updated(changed: PropertyValues<this>) {
    if (changed.has("boundaries")) setSourceData(this.map, "districts", this.boundaries);
    if (changed.has("selectedId")) this.showSelection();
    if (changed.has("center") && this.center && this.map) this.moveTo([this.center.lng, this.center.lat], 10);
  }

  /**
   * Loads the opt-in base map; call only after the visitor's click or the host's consent. The
   * consent is kept: a map created later (after a move) starts with the base map.
   */
  consentToBasemap() {
    if (!this.basemapUrl || this.basemapConsented) return;
    this.basemapConsented = true;
    emitInternal(this, "kausa-map-consent", {});
  }

  private onStyle(map: maplibregl.Map) {
    if (map !== this.map) return;
    addOverlays(map, {
      boundaries: this.boundaries,
      features: this.features,
      selectedId: this.selectedId,
      overBasemap: this.controller.basemapShown,
    });
    this.showSelection();
  }

  /** Shows the area of the results: a district's own finder opens on that district. */
  private fitToFeatures() {
    const points = this.features.features;
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

  private showSelection() {
    const map = this.map;
    if (!map?.getLayer("selected")) return;
    map.setFilter("selected", ["==", ["get", "id"], this.selectedId ?? ""]);
    this.popup?.remove();
    this.popup = null;
    const feature = this.features.features.find((f) => f.id === this.selectedId);
    if (!feature) return;
    const at = feature.geometry.coordinates;
    this.moveTo(at, Math.max(map.getZoom(), 11));
    const details = this.selectedDetails ?? { name: String(feature.properties.name ?? ""), address: "" };
    this.popup = new maplibregl.Popup({ closeOnClick: false, focusAfterOpen: false, maxWidth: "18rem" })
      .setLngLat(at)
      .setDOMContent(popupContent(this.t, details, at))
      .addTo(map);
  }

  private moveTo(center: [number, number], zoom: number) {
    const reduceMotion = matchMedia("(prefers-reduced-motion: reduce)").matches;
    if (reduceMotion) this.map?.jumpTo({ center, zoom });
    else this.map?.easeTo({ center, zoom, duration: 600 });
  }

  override render() {
    const t = this.t;
    return html`
      ${
        this.basemapUrl && !this.basemapConsented
          ? html`<button class="consent" type="button" @click=${this.consentToBasemap}>
            ${t.t("basemapConsent", { provider: this.basemapProvider || new URL(this.basemapUrl).host })}
          </button>`
          : nothing
      }
      <div class="map" part="map" role="region" aria-label=${t.t("mapLabel")}></div>
    `;
  }
}
