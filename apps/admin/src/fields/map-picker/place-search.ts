import { html, LitElement, nothing } from "lit";
import { live } from "lit/directives/live.js";
import { LocalizeController } from "../../i18n/localize.controller.ts";
import { fieldMessages } from "../fields.messages.ts";
import { fieldStyles } from "../fields.styles.ts";
import type { Place, PlaceSearch } from "./place.ts";
import { placeSearchStyles } from "./place-search.styles.ts";

/** Suggestions wait for a pause in typing: one lookup per pause, not per key. */
const PAUSE_MS = 250;

/**
 * A searchbox for a town or postcode with suggestions (ARIA combobox with a listbox): arrow keys
 * move through them, Enter takes the highlighted one (or the first), Escape closes the list.
 * Where the places come from is the `search` function's business (the map picker asks the API).
 *
 * @tagname kausa-admin-place-search
 * @event kausa-place-choose - A place was chosen: `detail.place`. Bubbles, stays in the shadow root around it.
 * @csspart input - The text field.
 */
export class KausaAdminPlaceSearch extends LitElement {
  static override styles = [fieldStyles, placeSearchStyles];
  static override properties = {
    label: { type: String },
    hint: { type: String },
    disabled: { type: Boolean, reflect: true },
    search: { attribute: false },
    text: { state: true },
    places: { state: true },
    activeIndex: { state: true },
    expanded: { state: true },
    status: { state: true },
  };

  label = "";
  /** Help text under the input (linked as its description). */
  hint = "";
  disabled = false;
  /** Finds the places for a text; without it the box suggests nothing. */
  search: PlaceSearch | null = null;
  /** @internal */
  text = "";
  /** @internal */
  places: Place[] = [];
  /** @internal */
  activeIndex = -1;
  /** @internal */
  expanded = false;
  /** @internal Announced: how many were found, none, or that the search failed. */
  status = "";
  /** @internal The pause in typing before suggestions are asked for (tests lengthen it). */
  pauseMs = PAUSE_MS;

  private lookup: AbortController | null = null;
  private readonly msg = new LocalizeController(this, fieldMessages);

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.lookup?.abort();
  }

  private onInput(event: Event) {
    this.text = (event.target as HTMLInputElement).value;
    void this.find(this.pauseMs);
  }

  /**
   * Looks the text up after `pause` ms, unless the editor types on (which aborts this lookup);
   * with `takeFirst` (Enter pressed before the answer came) the first place is chosen.
   */
  private async find(pause: number, takeFirst = false) {
    this.lookup?.abort();
    const query = this.text.trim();
    if (query.length < 2 || !this.search) {
      this.places = [];
      this.expanded = false;
      this.status = "";
      return;
    }
    const lookup = new AbortController();
    this.lookup = lookup;
    try {
      if (pause) await new Promise((resolve) => setTimeout(resolve, pause));
      if (lookup.signal.aborted) return;
      const places = await this.search(query, lookup.signal);
      if (lookup.signal.aborted) return;
      this.places = places;
      this.activeIndex = -1;
      this.expanded = places.length > 0;
      this.status = places.length
        ? this.msg.t("search.found", { count: places.length })
        : this.msg.t("search.noPlaces");
      if (takeFirst && places[0]) this.choose(places[0]);
    } catch (error) {
      if (lookup.signal.aborted) return;
      console.warn("[kausa-admin-place-search] lookup failed", error);
      this.places = [];
      this.expanded = false;
      this.status = this.msg.t("search.error");
    }
  }

  private choose(place: Place) {
    this.lookup?.abort();
    this.text = `${place.postcode} ${place.name}`;
    this.places = [];
    this.expanded = false;
    this.activeIndex = -1;
    this.status = "";
    this.dispatchEvent(new CustomEvent("kausa-place-choose", { detail: { place }, bubbles: true }));
  }

  private onKeyDown(event: KeyboardEvent) {
    const count = this.places.length;
    if ((event.key === "ArrowDown" || event.key === "ArrowUp") && count) {
      event.preventDefault();
      const step = event.key === "ArrowDown" ? 1 : -1;
      this.expanded = true;
      this.activeIndex =
        this.activeIndex < 0 && step < 0 ? count - 1 : (this.activeIndex + step + count) % count;
    } else if (event.key === "Enter") {
      event.preventDefault();
      const place = this.expanded ? this.places[Math.max(this.activeIndex, 0)] : undefined;
      if (place) this.choose(place);
      else if (this.text.trim().length >= 2) {
        // Typed and pressed Enter at once: look up now and take the best match.
        void this.find(0, true);
      }
    } else if (event.key === "Escape" && this.expanded) {
      // Closes the list only; an enclosing dialog stays open.
      event.preventDefault();
      event.stopPropagation();
      this.expanded = false;
      this.activeIndex = -1;
    }
  }

  override render() {
    const open = this.expanded && this.places.length > 0;
    return html`<label for="search">${this.label}</label>
      <input
        id="search"
        part="input"
        type="search"
        role="combobox"
        autocomplete="off"
        ?disabled=${this.disabled}
        aria-autocomplete="list"
        aria-controls="suggestions"
        aria-expanded=${open ? "true" : "false"}
        aria-activedescendant=${open && this.activeIndex >= 0 ? `place-${this.activeIndex}` : nothing}
        aria-describedby=${this.hint ? "hint" : nothing}
        .value=${live(this.text)}
        @input=${this.onInput}
        @keydown=${this.onKeyDown}
        @blur=${() => {
          // After a click on a suggestion (which keeps the focus here, see mousedown).
          this.expanded = false;
        }}
      />
      ${this.hint ? html`<p id="hint" class="hint">${this.hint}</p>` : nothing}
      <ul id="suggestions" role="listbox" aria-label=${this.label} ?hidden=${!open}>
        ${this.places.map(
          (place, i) => html`<li
            id="place-${i}"
            role="option"
            aria-selected=${i === this.activeIndex ? "true" : "false"}
            @mousedown=${(e: Event) => e.preventDefault()}
            @click=${() => this.choose(place)}
          >
            ${place.postcode} ${place.name} <span class="district">(${place.district.name})</span>
          </li>`,
        )}
      </ul>
      <p class="hint status" role="status">${this.status}</p>`;
  }
}
customElements.define("kausa-admin-place-search", KausaAdminPlaceSearch);

declare global {
  interface HTMLElementTagNameMap {
    "kausa-admin-place-search": KausaAdminPlaceSearch;
  }
  interface HTMLElementEventMap {
    "kausa-place-choose": CustomEvent<{ place: Place }>;
  }
}
