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
  setPrimaryColor,
  setSelectedFilter,
  setSourceData,
} from "./map-layers.ts";
import { addOriginPin, type MapOrigin, originFeatures } from "./map-origin.ts";
import { type PopupSummary, SelectionPopup } from "./map-popup.ts";
import { ThemeController, themeProbe } from "./map-theme.ts";

// The worker is a separate hashed file next to this chunk; cross-origin it runs from a blob:.
maplibregl.setWorkerUrl(new URL(workerUrl, import.meta.url).href);

/**
 * The map of contact points: clustered markers in the host's `--kausa-primary`, district
 * outlines and names, town and village names (more as the visitor zooms in), the searched place
 * (or the visitor's position) as a pin with the search radius around it, and the selection
 * synced with the list. Loaded lazily (MapLibre is large);
 * all its information is also in the list. A marker beyond the list's loaded pages is loaded by
 * its ID, so its popup shows the whole card. Tells the finder about a chosen marker with the
 * internal `kausa-map-select` event (inside the finder's shadow root only); the finder announces
 * the selection to the page.
 *
 * @csspart map - The map container.
 * @cssproperty --kausa-map-height - Height of the map (default 26rem).
 * @cssproperty --kausa-primary - Colour of the markers (read when it changes).
 *
 * @tagname kausa-map
 */
export class KausaMap extends LitElement {
  static override styles = [css`${unsafeCSS(maplibreStyles)}`, styles];
  static override properties = {
    featuresUrl: { attribute: false },
    placesUrl: { attribute: false },
    boundaries: { attribute: false },
    selectedId: { attribute: false },
    clickedId: { state: true },
    center: { attribute: false },
    basemapUrl: { attribute: false },
    basemapProvider: { attribute: false },
    selectedDetails: { attribute: false, hasChanged: changedByValue },
    origin: { attribute: false, hasChanged: changedByValue },
    radiusKm: { attribute: false },
    apiOrigin: { attribute: false },
    basemapConsented: { attribute: false },
  };

  featuresUrl = "";
  /** The town and village names to draw (the API's /map/places.geojson); "" for none. */
  placesUrl = "";
  boundaries: FeatureCollection | null = null;
  selectedId: string | null = null;
  /**
   * The marker the visitor chose here. The finder passes only selections its list has loaded,
   * so a marker beyond the list's pages stays chosen by this until the finder selects another
   * contact point or the search changes.
   */
  protected clickedId: string | null = null;
  center: { lat: number; lng: number } | null = null;
  basemapUrl: string | null = null;
  basemapProvider = "";
  /**
   * Name, address and sample mark of the chosen contact point, for its popup (the list has all
   * the rest); null when the list has not loaded it: the map then loads it from `apiOrigin`.
   */
  selectedDetails: PopupSummary | null = null;
  /** Where the search starts, shown as a pin; null without a place. */
  origin: MapOrigin | null = null;
  /** The radius of a radius search around `origin`, drawn as a circle; null for none. */
  radiusKm: number | null = null;
  /** The API's origin, to load a chosen contact point that is not in the list. */
  apiOrigin = "";
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
        onMarker: (id) => {
          // The finder hears it first, so its selection (with the list's details) comes in the same update.
          emitInternal(this, "kausa-map-select", { id });
          this.clickedId = id;
        },
        onCluster: (center, zoom) => {
          this.autoView = false;
          this.controller.moveTo(center, zoom);
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
      if (!this.autoView || this.center || this.chosenId) return;
      if (this.features.features.length) this.fitToFeatures();
      else map.fitBounds(THURINGIA, { padding: 16, animate: false });
    },
  });
  /** The markers of the current search, kept across map re-creations. */
  private features: Markers = EMPTY;
  /** The place names, kept across style changes (a new style drops the old sources). */
  private places: FeatureCollection | null = null;
  /** False once the visitor moved the map: a resize then keeps their view; new results fit again. */
  private autoView = true;
  private originPin: maplibregl.Marker | null = null;
  private readonly theme = new ThemeController(this, (color) => setPrimaryColor(this.map, color));
  private readonly popup = new SelectionPopup(this, {
    translator: () => this.t,
    chosenId: () => this.chosenId,
    summary: () => this.selectedDetails,
    apiOrigin: () => this.apiOrigin,
    markers: () => this.features,
    moveTo: (center, zoom) => this.controller.moveTo(center, zoom),
  });

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
      if (this.chosenId) this.showSelection();
    },
    onError: (error) => console.warn("[kausa-map] could not load markers", error),
  });

  /** The place names: reference data, fetched once per URL (the browser caches it for an hour). */
  protected readonly placeNames = new Task(this, {
    args: () => [this.placesUrl],
    task: async ([url], { signal }) => {
      if (!url) return initialState;
      const response = await fetch(url, { signal, credentials: "omit" });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      return (await response.json()) as FeatureCollection;
    },
    onComplete: (data) => {
      this.places = data;
      setSourceData(this.map, "places", data);
    },
    // The map works without them: the district names and the markers still orient the visitor.
    onError: (error) => {
      if ((error as Error)?.name !== "AbortError")
        console.warn("[kausa-map] could not load place names", error);
    },
  });

  /** The contact point shown as selected: the visitor's marker click, else the finder's selection. */
  private get chosenId(): string | null {
    return this.clickedId ?? this.selectedId;
  }

  /** The MapLibre instance while the element is on the page (null after removal). */
  get map(): maplibregl.Map | null {
    return this.controller.map;
  }

  private get t() {
    return this.translator.value ?? germanTranslator;
  }

  override willUpdate(changed: PropertyValues<this>) {
    // A new search, or the finder's own selection of another contact point, ends the marker click.
    if (changed.has("featuresUrl")) this.clickedId = null;
    if (changed.has("selectedId") && this.selectedId !== null && this.selectedId !== this.clickedId) {
      this.clickedId = null;
    }
  }

  override updated(changed: PropertyValues<this>) {
    if (changed.has("boundaries")) setSourceData(this.map, "districts", this.boundaries);
    // `clickedId` is protected, so PropertyValues does not know it by name.
    if (changed.has("selectedId") || (changed as Map<PropertyKey, unknown>).has("clickedId"))
      this.showSelection();
    else if (changed.has("selectedDetails")) this.popup.update();
    if (changed.has("origin") || changed.has("radiusKm")) this.showOrigin();
    if (changed.has("center") && this.center && this.map)
      this.controller.moveTo([this.center.lng, this.center.lat], 10);
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
      selectedId: this.chosenId,
      origin: originFeatures(this.origin, this.radiusKm),
      primary: this.theme.primary,
      places: this.places,
      overBasemap: this.controller.basemapShown,
    });
    this.showSelection();
    this.showOrigin();
  }

  /** The origin's pin (DOM, so it has an accessible name; it outlives style changes) and the radius. */
  private showOrigin() {
    const map = this.map;
    setSourceData(map, "origin", originFeatures(this.origin, this.radiusKm));
    this.originPin?.remove();
    this.originPin = map && this.origin ? addOriginPin(map, this.origin) : null;
  }

  /** Shows the area of the results (a district's own finder opens on that district), unless one is chosen. */
  private fitToFeatures() {
    if (!this.chosenId) this.controller.fitTo(this.features.features);
  }

  private showSelection() {
    const map = this.map;
    if (!map?.getLayer("selected")) return;
    setSelectedFilter(map, this.chosenId);
    this.popup.show(map);
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
      ${themeProbe}
    `;
  }
}
