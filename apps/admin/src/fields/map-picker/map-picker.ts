import { ContextConsumer } from "@lit/context";
import { html, LitElement, nothing, type PropertyValues } from "lit";
import type { Map as MapLibreMap } from "maplibre-gl";
import { clientContext } from "../../app/context.ts";
import { LocalizeController } from "../../i18n/localize.controller.ts";
import { describedBy, emitChange, invalid, PROBLEMS_ID, problemsTemplate } from "../field-problems.ts";
import { fieldMessages } from "../fields.messages.ts";
import { fieldStyles } from "../fields.styles.ts";
import { mapPickerStyles } from "./map-picker.styles.ts";
import { districtAt, districtOutlines, gazetteerSearch } from "./picker-api.ts";
import type { PickerMap } from "./picker-map.ts";
import { type Address, type PlaceSearch, placeForAddress, roundCoordinate } from "./place.ts";
import "./place-search.ts";

type DistrictState = "none" | "looking" | "in" | "city" | "outside" | "failed";
type Coordinate = "lat" | "lng";

const LIMIT: Record<Coordinate, number> = { lat: 90, lng: 180 };
const ATTRIBUTION = "© GeoBasis-DE / BKG 2021 (Daten verändert)";

/**
 * Where a contact point is: a map of Thuringia's districts with a draggable marker, the same
 * point as latitude and longitude inputs (the keyboard alternative), a place search over the
 * API's gazetteer and "use the address". After every move the picker asks the API which district
 * the point lies in and says so (aria-live).
 *
 * @tagname kausa-map-picker
 * @event change - The editor moved the point (`lat`, `lng`, rounded to 6 decimals; `districtName`
 *   null until known), and once more when the district under the moved point is known.
 * @csspart map - The map.
 */
export class KausaMapPicker extends LitElement {
  static override styles = [fieldStyles, mapPickerStyles];
  static override properties = {
    lat: { attribute: false },
    lng: { attribute: false },
    address: { attribute: false },
    problems: { attribute: false },
    label: { type: String },
    disabled: { type: Boolean, reflect: true },
    districtName: { attribute: false },
    district: { state: true },
    coordinateError: { state: true },
    addressStatus: { state: true },
  };

  lat: number | null = null;
  lng: number | null = null;
  /** The record's postal address, for "use the address". */
  address: Address = {};
  /** The server's validation messages for the location. */
  problems: string[] = [];
  /** The legend. */
  label = "";
  /** Shown, not editable: no search, fixed marker, read-only coordinates. */
  disabled = false;
  /** The district the point lies in; null while unknown or outside Thuringia. Set by the picker. */
  districtName: string | null = null;
  /** @internal */
  district: DistrictState = "none";
  /** @internal A typed coordinate out of range (not taken). */
  coordinateError: { which: Coordinate; message: string } | null = null;
  /** @internal What "use the address" did. */
  addressStatus = "";

  private readonly msg = new LocalizeController(this, fieldMessages);
  private readonly client = new ContextConsumer(this, { context: clientContext, subscribe: true });
  private pickerMap: PickerMap | null = null;
  private mapLoading = false;
  private lookup: AbortController | null = null;
  /** The point the shown district belongs to ("lat,lng"). */
  private lookedUp = "";
  /** The next district lookup answers a move by the editor (which then gets a second change). */
  private movedByEditor = false;

  /** The MapLibre map while the picker is on the page (null before it loaded and after removal). */
  get map(): MapLibreMap | null {
    return this.pickerMap?.map ?? null;
  }

  /** Moves the point as the editor would (rounded; fires `change`). */
  moveTo(lat: number, lng: number) {
    this.setPoint(roundCoordinate(lat), roundCoordinate(lng));
  }

  private setPoint(lat: number | null, lng: number | null) {
    if (lat !== this.lat || lng !== this.lng) {
      this.lat = lat;
      this.lng = lng;
      this.districtName = null;
      this.movedByEditor = true;
    }
    this.coordinateError = null;
    emitChange(this);
  }

  private readonly searchPlaces: PlaceSearch = (text, signal) =>
    this.client.value ? gazetteerSearch(this.client.value)(text, signal) : Promise.resolve([]);

  /** Focuses the latitude input (the form's "first wrong field"). */
  override focus(options?: FocusOptions) {
    this.renderRoot.querySelector<HTMLInputElement>("#lat")?.focus(options);
  }

  override connectedCallback() {
    super.connectedCallback();
    // Back on the page (moved by a layout): a new map after the next render.
    if (this.hasUpdated) this.requestUpdate();
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.pickerMap?.remove();
    this.pickerMap = null;
  }

  override willUpdate(changed: PropertyValues<this>) {
    if (changed.has("lat") || changed.has("lng")) this.lookUpDistrict();
  }

  override updated(changed: PropertyValues<this>) {
    if (changed.has("lat") || changed.has("lng")) this.pickerMap?.showPoint(this.lat, this.lng);
    if (changed.has("disabled")) this.pickerMap?.setEditable(!this.disabled);
    if (!this.pickerMap) void this.createMap();
  }

  private lookUpDistrict() {
    const { lat, lng } = this;
    const key = `${lat},${lng}`;
    if (key === this.lookedUp) return;
    this.lookedUp = key;
    const fromEditor = this.movedByEditor;
    this.movedByEditor = false;
    this.lookup?.abort();
    const client = this.client.value;
    if (lat === null || lng === null || !client) {
      this.district = "none";
      this.districtName = null;
      return;
    }
    const lookup = new AbortController();
    this.lookup = lookup;
    this.district = "looking";
    districtAt(client, lat, lng, lookup.signal).then(
      (found) => {
        if (lookup.signal.aborted) return;
        this.districtName = found?.name ?? null;
        this.district = !found ? "outside" : found.city ? "city" : "in";
        if (fromEditor) emitChange(this);
      },
      () => {
        if (!lookup.signal.aborted) this.district = "failed";
      },
    );
  }

  private async createMap() {
    if (this.mapLoading || !this.isConnected) return;
    this.mapLoading = true;
    try {
      const { PickerMap, maplibreStyleSheet } = await import("./picker-map.ts");
      const container = this.renderRoot.querySelector<HTMLElement>(".map");
      if (!this.isConnected || !container || this.pickerMap) return;
      const root = this.renderRoot as ShadowRoot;
      if (!root.adoptedStyleSheets.includes(maplibreStyleSheet)) {
        root.adoptedStyleSheets = [maplibreStyleSheet, ...root.adoptedStyleSheets];
      }
      this.pickerMap = new PickerMap({
        container,
        texts: this.mapTexts(),
        attribution: ATTRIBUTION,
        markerLabels: { movable: this.msg.t("map.marker"), fixed: this.msg.t("map.markerFixed") },
        onPick: (lat, lng) => this.moveTo(lat, lng),
      });
      this.pickerMap.setEditable(!this.disabled);
      this.pickerMap.showPoint(this.lat, this.lng);
      const client = this.client.value;
      if (client) {
        districtOutlines(client).then(
          (districts) => this.pickerMap?.showDistricts(districts),
          (error) => console.warn("[kausa-map-picker] no district outlines", error),
        );
      }
    } finally {
      this.mapLoading = false;
    }
  }

  private mapTexts() {
    const t = this.msg.t.bind(this.msg);
    return {
      "Map.Title": t("map.label"),
      "NavigationControl.ZoomIn": t("map.zoomIn"),
      "NavigationControl.ZoomOut": t("map.zoomOut"),
      "AttributionControl.ToggleAttribution": t("map.attribution"),
      "CooperativeGesturesHandler.WindowsHelpText": t("map.gestureCtrl"),
      "CooperativeGesturesHandler.MacHelpText": t("map.gestureMac"),
      "CooperativeGesturesHandler.MobileHelpText": t("map.gestureTouch"),
    };
  }

  private onCoordinate(which: Coordinate, input: HTMLInputElement) {
    const limit = LIMIT[which];
    const text = input.value.trim();
    const number = Number(text);
    if (input.validity.badInput || (text && (!Number.isFinite(number) || Math.abs(number) > limit))) {
      this.coordinateError = { which, message: this.msg.t("map.range", { min: -limit, max: limit }) };
      return;
    }
    const value = text ? roundCoordinate(number) : null;
    if (which === "lat") this.setPoint(value, this.lng);
    else this.setPoint(this.lat, value);
  }

  private async fromAddress() {
    const address = this.address ?? {};
    if (!address.postcode?.trim() && !address.city?.trim()) {
      this.addressStatus = this.msg.t("map.fromAddressMissing");
      return;
    }
    this.addressStatus = "";
    try {
      const place = await placeForAddress(this.searchPlaces, address, new AbortController().signal);
      if (!place) {
        this.addressStatus = this.msg.t("map.fromAddressNone");
        return;
      }
      this.moveTo(place.lat, place.lng);
      this.addressStatus = this.msg.t("map.fromAddressDone", { place: `${place.postcode} ${place.name}` });
    } catch {
      this.addressStatus = this.msg.t("search.error");
    }
  }

  private districtText(): string {
    const t = this.msg.t.bind(this.msg);
    if (this.lat === null || this.lng === null) return t("map.noPoint");
    const name = this.districtName ?? "";
    return {
      none: "",
      looking: t("map.looking"),
      in: t("map.inLandkreis", { name }),
      city: t("map.inCity", { name }),
      outside: t("map.outside"),
      failed: t("map.unknown"),
    }[this.district];
  }

  override render() {
    const t = this.msg.t.bind(this.msg);
    const hasProblems = this.problems.length > 0;
    const coordinate = (which: Coordinate) => {
      const wrong = this.coordinateError?.which === which;
      return html`<div class="coordinate">
        <label for=${which}>${t(`map.${which}`)}</label>
        <input
          id=${which}
          type="number"
          inputmode="decimal"
          step="0.000001"
          ?disabled=${this.disabled}
          min=${-LIMIT[which]}
          max=${LIMIT[which]}
          .value=${this[which] === null ? "" : String(this[which])}
          aria-invalid=${invalid(wrong || hasProblems)}
          aria-describedby=${describedBy(wrong && "coordinate-error", hasProblems && PROBLEMS_ID, "map-hint")}
          @change=${(e: Event) => this.onCoordinate(which, e.target as HTMLInputElement)}
        />
      </div>`;
    };
    return html`<fieldset aria-describedby=${describedBy(hasProblems && PROBLEMS_ID)}>
      <legend>${this.label}</legend>
      ${problemsTemplate(this.problems)}
      <div class="search">
        <kausa-admin-place-search
          label=${t("map.search")}
          hint=${t("map.searchHint")}
          ?disabled=${this.disabled}
          .search=${this.client.value ? this.searchPlaces : null}
          @kausa-place-choose=${(e: CustomEvent<{ place: { lat: number; lng: number } }>) =>
            this.moveTo(e.detail.place.lat, e.detail.place.lng)}
        ></kausa-admin-place-search>
        <sl-button ?disabled=${this.disabled} @click=${this.fromAddress}>${t("map.fromAddress")}</sl-button>
      </div>
      <p class="hint address-status" role="status">${this.addressStatus}</p>
      <div class="layout">
        <div class="map" part="map"></div>
        <div class="side">
          ${coordinate("lat")} ${coordinate("lng")}
          <p id="coordinate-error" class="error" aria-live="polite">${this.coordinateError?.message ?? nothing}</p>
          <p class="district" role="status">${this.districtText()}</p>
          <p id="map-hint" class="hint">${t("map.hint")}</p>
        </div>
      </div>
    </fieldset>`;
  }
}
customElements.define("kausa-map-picker", KausaMapPicker);

declare global {
  interface HTMLElementTagNameMap {
    "kausa-map-picker": KausaMapPicker;
  }
}
