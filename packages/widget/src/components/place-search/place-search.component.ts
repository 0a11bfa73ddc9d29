import { ContextConsumer } from "@lit/context";
import { Task } from "@lit/task";
import { html, LitElement, nothing } from "lit";
import { PLACES, type PlaceNode } from "../../api/documents.ts";
import { request } from "../../api/request.ts";
import { apiOriginContext, translatorContext } from "../../context.ts";
import { emit, emitInternal } from "../../events.ts";
import { germanTranslator } from "../../i18n/i18n.ts";
import { locate } from "./locate.ts";
import styles from "./place-search.styles.ts";

/** Suggestions wait for a pause in typing: one request per pause, not per key. */
const DEBOUNCE_MS = 200;

const pause = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    const abort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener("abort", abort);
      resolve();
    }, ms);
    signal.addEventListener("abort", abort, { once: true });
  });

/**
 * A searchbox for a town or postcode with suggestions from the API's offline gazetteer
 * (ARIA combobox), and a "near me" button using the browser's geolocation.
 *
 * @event kausa-place-select - A place was chosen from the suggestions: `detail.place`. The visitor's own
 * position ("near me") goes to the enclosing finder only, as an internal event.
 * @csspart input - The text field.
 * @csspart near-me - The "near me" button.
 *
 * @tagname kausa-place-search
 */
export class KausaPlaceSearch extends LitElement {
  static override styles = styles;
  static override properties = {
    value: { type: String },
    query: { state: true, attribute: false },
    activeIndex: { state: true, attribute: false },
    expanded: { state: true, attribute: false },
    status: { state: true, attribute: false },
  };

  value = "";
  /** @internal What the visitor typed (a chosen place's label does not ask for suggestions). */
  query = "";
  /** @internal */
  activeIndex = -1;
  /** @internal */
  expanded = false;
  /** @internal */
  status = "";
  /** @internal The pause in typing before suggestions are asked for (tests lengthen it). */
  pauseMs = DEBOUNCE_MS;

  private readonly translator = new ContextConsumer(this, { context: translatorContext, subscribe: true });
  private readonly origin = new ContextConsumer(this, { context: apiOriginContext, subscribe: true });

  private readonly suggestions = new Task(this, {
    args: () => [this.query.trim(), this.origin.value ?? "", this.t.language] as const,
    task: async ([search, origin, language], { signal }) => {
      if (search.length < 2 || !origin) return [] as PlaceNode[];
      // A newer keystroke aborts this run during the pause: only the last one asks the API.
      await pause(this.pauseMs, signal);
      return (await request(PLACES, { search }, { origin, language }, signal)).places;
    },
    onComplete: (places) => {
      this.activeIndex = -1;
      this.expanded = this.query.trim().length >= 2;
      this.status = this.expanded && !places.length ? this.t.t("noPlaces") : "";
    },
    onError: (error) => {
      // A replaced (aborted) lookup is no failure; the newer one reports.
      if ((error as Error)?.name === "AbortError") return;
      this.activeIndex = -1;
      this.status = this.t.t("error");
    },
  });

  private get t() {
    return this.translator.value ?? germanTranslator;
  }

  /**
   * The suggestions shown: while the next lookup waits for a pause or its answer, the previous ones
   * stay (the list does not flicker, Enter still chooses); after a failed lookup there are none.
   */
  private get places(): PlaceNode[] {
    // A task keeps its last value while the next run is pending, and has none after an error.
    return this.suggestions.value ?? [];
  }

  private onInput(event: Event) {
    this.value = (event.target as HTMLInputElement).value;
    this.query = this.value;
  }

  private choose(place: PlaceNode) {
    this.value = `${place.postcode} ${place.name}`;
    this.query = "";
    this.expanded = false;
    this.status = "";
    emit(this, "kausa-place-select", { place });
  }

  private onKeyDown(event: KeyboardEvent) {
    const count = this.places.length;
    if (event.key === "ArrowDown" && count) {
      event.preventDefault();
      this.expanded = true;
      this.activeIndex = (this.activeIndex + 1) % count;
    } else if (event.key === "ArrowUp" && count) {
      event.preventDefault();
      this.expanded = true;
      this.activeIndex = (this.activeIndex - 1 + count) % count;
    } else if (event.key === "Enter") {
      event.preventDefault();
      const place = this.places[Math.max(this.activeIndex, 0)];
      if (place) this.choose(place);
      else void this.suggestions.run();
    } else if (event.key === "Escape") {
      this.expanded = false;
      this.activeIndex = -1;
    }
  }

  private locate() {
    const t = this.t;
    this.status = t.t("locating");
    locate(t, (outcome) => {
      this.status = outcome.status;
      if (!outcome.position) return;
      this.value = "";
      // Only to the finder (not composed): the host page never learns the visitor's position.
      emitInternal(this, "kausa-device-position", outcome.position);
    });
  }

  private options(places: PlaceNode[]) {
    return places.map(
      (place, i) => html`<li
        id="place-${i}"
        role="option"
        aria-selected=${i === this.activeIndex ? "true" : "false"}
        @mousedown=${(e: Event) => e.preventDefault()}
        @click=${() => this.choose(place)}
      >
        ${place.postcode} ${place.name} <span class="hint">(${place.district.name})</span>
      </li>`,
    );
  }

  override render() {
    const t = this.t.t.bind(this.t);
    const places = this.places;
    const open = this.expanded && places.length > 0;
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
        ${this.suggestions.render({
          // The previous suggestions stay while the next lookup is under way.
          pending: () => this.options(places),
          complete: (found) => this.options(found),
          error: () => nothing,
        })}
      </ul>
      <div class="status" role="status" aria-live="polite">${this.status}</div>
    `;
  }
}
