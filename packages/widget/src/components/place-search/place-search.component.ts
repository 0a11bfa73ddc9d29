import { html, LitElement, nothing } from "lit";
import { apiClient } from "../../api/client.ts";
import { PLACES, type PlaceNode } from "../../api/queries.ts";
import { emit } from "../../events.ts";
import { germanTranslator, type Translator } from "../../i18n/i18n.ts";
import styles from "./place-search.styles.ts";

/**
 * A searchbox for a town or postcode with suggestions from the API's offline gazetteer
 * (ARIA combobox), and a "near me" button using the browser's geolocation.
 *
 * @event kausa-place-select - A place was chosen, or the browser reported the visitor's location: `detail.place`.
 * @csspart input - The text field.
 * @csspart near-me - The "near me" button.
 *
 * @tagname kausa-place-search
 */
export class KausaPlaceSearch extends LitElement {
  static override styles = styles;
  static override properties = {
    apiOrigin: { attribute: false },
    translator: { attribute: false },
    value: { type: String },
    suggestions: { state: true, attribute: false },
    activeIndex: { state: true, attribute: false },
    expanded: { state: true, attribute: false },
    status: { state: true, attribute: false },
  };

  // Reactive properties are declared, then set in the constructor: class-field initialisers
  // would shadow Lit's accessors under standard [[Define]] semantics.
  /** @internal */
  declare apiOrigin: string;
  /** @internal */
  declare translator: Translator;
  declare value: string;
  /** @internal */
  declare suggestions: PlaceNode[];
  /** @internal */
  declare activeIndex: number;
  /** @internal */
  declare expanded: boolean;
  /** @internal */
  declare status: string;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private lastQuery = "";

  constructor() {
    super();
    this.apiOrigin = "";
    this.translator = germanTranslator;
    this.value = "";
    this.suggestions = [];
    this.activeIndex = -1;
    this.expanded = false;
    this.status = "";
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    clearTimeout(this.timer);
  }

  private onInput(event: Event) {
    this.value = (event.target as HTMLInputElement).value;
    clearTimeout(this.timer);
    // Debounced: one request per pause in typing, not per key.
    this.timer = setTimeout(() => void this.suggest(), 200);
  }

  private async suggest() {
    const search = this.value.trim();
    if (search.length < 2) {
      this.suggestions = [];
      this.expanded = false;
      return;
    }
    this.lastQuery = search;
    const result = await apiClient(this.apiOrigin, this.translator.language)
      .query(PLACES, { search })
      .toPromise();
    if (search !== this.lastQuery) return; // a newer query is on its way
    this.suggestions = (result.data?.places as PlaceNode[] | undefined) ?? [];
    this.activeIndex = -1;
    this.expanded = true;
    this.status = this.suggestions.length ? "" : this.translator.t("noPlaces");
  }

  private choose(place: PlaceNode) {
    this.value = `${place.postcode} ${place.name}`;
    this.expanded = false;
    this.suggestions = [];
    this.status = "";
    emit(this, "kausa-place-select", { place });
  }

  private onKeyDown(event: KeyboardEvent) {
    const count = this.suggestions.length;
    if (event.key === "ArrowDown" && count) {
      event.preventDefault();
      this.expanded = true;
      this.activeIndex = (this.activeIndex + 1) % count;
    } else if (event.key === "ArrowUp" && count) {
      event.preventDefault();
      this.activeIndex = (this.activeIndex - 1 + count) % count;
    } else if (event.key === "Enter") {
      event.preventDefault();
      const place = this.suggestions[Math.max(this.activeIndex, 0)];
      if (place) this.choose(place);
      else void this.suggest();
    } else if (event.key === "Escape") {
      this.expanded = false;
    }
  }

  private locate() {
    const t = this.translator.t.bind(this.translator);
    if (!("geolocation" in navigator)) {
      this.status = t("locationDenied");
      return;
    }
    this.status = t("locating");
    navigator.geolocation.getCurrentPosition(
      (position) => {
        this.status = t("locationFound");
        this.value = "";
        emit(this, "kausa-place-select", {
          place: {
            postcode: "",
            name: t("nearMe"),
            lat: position.coords.latitude,
            lng: position.coords.longitude,
            district: { name: "" },
          },
        });
      },
      () => {
        this.status = t("locationDenied");
      },
      { enableHighAccuracy: false, timeout: 15_000, maximumAge: 300_000 },
    );
  }

  override render() {
    const t = this.translator.t.bind(this.translator);
    const open = this.expanded && this.suggestions.length > 0;
    return html`
      <label for="place">${t("searchLabel")}</label>
      <div class="row">
        <input
          id="place"
          part="input"
          type="search"
          role="combobox"
          autocomplete="off"
          aria-autocomplete="list"
          aria-controls="suggestions"
          aria-expanded=${open ? "true" : "false"}
          aria-describedby="hint"
          aria-activedescendant=${open && this.activeIndex >= 0 ? `place-${this.activeIndex}` : nothing}
          placeholder=${t("searchPlaceholder")}
          .value=${this.value}
          @input=${this.onInput}
          @keydown=${this.onKeyDown}
          @blur=${() => setTimeout(() => (this.expanded = false), 150)}
        />
        <button type="button" part="near-me" @click=${this.locate}>${t("nearMe")}</button>
      </div>
      <div id="hint" class="hint">${t("searchHint")}</div>
      <ul id="suggestions" role="listbox" aria-label=${t("searchLabel")} ?hidden=${!open}>
        ${this.suggestions.map(
          (place, i) => html`<li
            id="place-${i}"
            role="option"
            aria-selected=${i === this.activeIndex ? "true" : "false"}
            @mousedown=${(e: Event) => e.preventDefault()}
            @click=${() => this.choose(place)}
          >
            ${place.postcode} ${place.name} <span class="hint">(${place.district.name})</span>
          </li>`,
        )}
      </ul>
      <div class="status" role="status" aria-live="polite">${this.status}</div>
    `;
  }
}
