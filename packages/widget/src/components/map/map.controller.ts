import type { ReactiveController, ReactiveControllerHost } from "lit";
import * as maplibregl from "maplibre-gl";
import type { Translator } from "../../i18n/i18n.ts";
import { localStyle } from "./local-style.ts";

export const THURINGIA: [[number, number], [number, number]] = [
  [9.87, 50.2],
  [12.65, 51.65],
];

interface Options {
  /** The element the map draws into (in the host's shadow root, there after the first render). */
  container: () => HTMLElement | null;
  translator: () => Translator;
  /** The consented base map's style URL, or null for the local style (no third-party request). */
  basemap: () => string | null;
  /** Called with each new map: add sources, layers and handlers when its style has loaded. */
  onCreate: (map: maplibregl.Map) => void;
  /** The container's size changed (the host layout settled, the element moved). */
  onResize: (map: maplibregl.Map) => void;
}

/**
 * The MapLibre map's lifetime follows the element's: created when it is connected (after a
 * render, once its container exists), removed when it is disconnected — which frees the WebGL
 * context, the workers and the listeners — and created anew when the element comes back, e.g.
 * after a host page moved it to another parent. Its style follows `basemap()` after every update:
 * a new map starts with the base map the visitor already consented to.
 */
export class MapController implements ReactiveController {
  /** The map while the element is on the page, else null. */
  map: maplibregl.Map | null = null;
  private resizeObserver: ResizeObserver | null = null;
  /** The base map the map shows (null: the local style). */
  private shownBasemap: string | null = null;

  /** The map shows (or is loading) the consented base map rather than the local style. */
  get basemapShown(): boolean {
    return this.shownBasemap !== null;
  }

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: Options,
  ) {
    host.addController(this);
  }

  hostConnected() {
    // An update after every connect: hostUpdated then creates the map, also on a reconnect.
    this.host.requestUpdate();
  }

  hostUpdated() {
    const basemap = this.options.basemap();
    if (this.map && basemap !== this.shownBasemap) {
      this.shownBasemap = basemap;
      // No diff: a diff would keep only the new style's layers and fire no style.load, so the
      // overlays (added on style.load) would vanish. A full reload adds them again.
      this.map.setStyle(basemap ?? localStyle(), { diff: false });
    }
    const container = this.options.container();
    if (this.map || !container || !this.host.isConnected) return;
    const map = this.create(container);
    this.resizeObserver = new ResizeObserver(() => {
      map.resize();
      this.options.onResize(map);
    });
    this.resizeObserver.observe(container);
    this.map = map;
    this.options.onCreate(map);
  }

  hostDisconnected() {
    this.resizeObserver?.disconnect();
    this.resizeObserver = null;
    this.map?.remove();
    this.map = null;
  }

  /** Moves the view, without motion when the visitor asked the system for reduced motion. */
  moveTo(center: [number, number], zoom: number) {
    const reduceMotion = matchMedia("(prefers-reduced-motion: reduce)").matches;
    if (reduceMotion) this.map?.jumpTo({ center, zoom });
    else this.map?.easeTo({ center, zoom, duration: 600 });
  }

  /** Shows all the points (none: the view stays). */
  fitTo(points: readonly { geometry: { coordinates: [number, number] } }[]) {
    if (!this.map || points.length === 0) return;
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

  private create(container: HTMLElement) {
    const t = this.options.translator();
    const text = t.t.bind(t);
    this.shownBasemap = this.options.basemap();
    const map = new maplibregl.Map({
      container,
      style: this.shownBasemap ?? localStyle(),
      bounds: THURINGIA,
      // One finger / plain wheel scrolls the host page; two fingers / Ctrl+wheel move the map.
      cooperativeGestures: true,
      attributionControl: { compact: true, customAttribution: text("attribution") },
      fadeDuration: 0,
      // MapLibre's own texts (buttons, the two-finger hint) in the visitor's language.
      locale: {
        "Map.Title": text("mapLabel"),
        "NavigationControl.ZoomIn": text("mapZoomIn"),
        "NavigationControl.ZoomOut": text("mapZoomOut"),
        "AttributionControl.ToggleAttribution": text("mapAttribution"),
        "Popup.Close": text("mapClose"),
        "CooperativeGesturesHandler.WindowsHelpText": text("mapGestureCtrl"),
        "CooperativeGesturesHandler.MacHelpText": text("mapGestureMac"),
        "CooperativeGesturesHandler.MobileHelpText": text("mapGestureTouch"),
      },
    });
    map.addControl(new maplibregl.NavigationControl({ showCompass: false }));
    return map;
  }
}
