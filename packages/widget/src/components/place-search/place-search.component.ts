import { ContextConsumer } from "@lit/context";
import { Task } from "@lit/task";
import { html, LitElement, nothing } from "lit";
import { PLACES, type PlaceNode } from "../../api/documents.ts";
import { request } from "../../api/request.ts";
import { apiOriginContext, translatorContext } from "../../context.ts";
import { emit, emitInternal } from "../../events.ts";
import { germanTranslator } from "../../i18n/i18n.ts";
import type { MessageKey } from "../../i18n/messages.ts";
import { locate } from "./locate.ts";
import styles from "./place-search.styles.ts";
import { FinePointerController } from "./pointer.controller.ts";

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
 * What the status line says, kept as a message (not a text): it follows a language switch, and
 * the hint for choosing follows the device (arrow keys only where there is a keyboard).
 */
type Status = { key: MessageKey; count?: number } | null;

/**
 * A searchbox for a town or postcode with suggestions from the API's offline gazetteer
 * (ARIA combobox), and a "near me" button using the browser's geolocation. The status line says
 * how many places were found, in the language's plural form; how to choose one ("with the arrow
 * keys") only on devices with a fine pointer, a neutral wording on phones.
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
  status: Status = null;
  /** @internal The pause in typing before suggestions are asked for (tests lengthen it). */
  pauseMs = DEBOUNCE_MS;

  private readonly translator = new ContextConsumer(this, { context: translatorContext, subscribe: true });
  private readonly origin = new ContextConsumer(this, { context: apiOriginContext, subscribe: true });
  private readonly finePointer = new FinePointerController(this);
  /**
   * The "near me" label the finder shows for the visitor's position, in the language it was
   * located in: while the value is that label, the field shows "near me" in the current language.
   */
  private deviceLabel: string | null = null;

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
      this.status = !this.expanded
        ? null
        : places.length
          ? { key: "placesFound", count: places.length }
          : { key: "noPlaces" };
    },
    onError: (error) => {
      // A replaced (aborted) lookup is no failure; the newer one reports.
      if ((error as Error)?.name === "AbortError") return;
      this.activeIndex = -1;
      this.status = { key: "error" };
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
    this.deviceLabel = null;
    this.value = (event.target as HTMLInputElement).value;
    this.query = this.value;
  }

  private choose(place: PlaceNode) {
    this.value = `${place.postcode} ${place.name}`;
    this.deviceLabel = null;
    this.query = "";
    this.expanded = false;
    this.status = null;
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
    this.status = { key: "locating" };
    locate((outcome) => {
      this.status = { key: outcome.status };
      if (!outcome.position) return;
      this.value = "";
      this.deviceLabel = this.t.t("nearMe");
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
        <bdi>${place.postcode} ${place.name}</bdi> <span class="hint">(<bdi>${place.district.name}</bdi>)</span>
      </li>`,
    );
  }

  /** How to choose a suggestion: with the arrow keys where there is a keyboard, else neutrally. */
  private get hintKey(): MessageKey {
    return this.finePointer.value ? "searchHint" : "searchHintTouch";
  }

  /** "5 Orte gefunden. Vorschläge mit Pfeiltasten auswählen" (the hint only with suggestions). */
  private statusText(): string {
    if (!this.status) return "";
    const text = this.t.t(this.status.key, { count: this.status.count ?? 0 });
    return this.status.key === "placesFound" ? `${text}. ${this.t.t(this.hintKey)}` : text;
  }

  override render() {
    const t = this.t.t.bind(this.t);
    const places = this.places;
    // The visitor's own position is named in the current language, also after a switch.
    const value = this.deviceLabel !== null && this.value === this.deviceLabel ? t("nearMe") : this.value;
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
          dir="auto"
          .value=${value}
          @input=${this.onInput}
          @keydown=${this.onKeyDown}
          @blur=${() => setTimeout(() => (this.expanded = false), 150)}
        />
        <button type="button" part="near-me" @click=${this.locate}>${t("nearMe")}</button>
      </div>
      <div id="hint" class="hint">${t(this.hintKey)}</div>
      <ul id="suggestions" role="listbox" aria-label=${t("searchLabel")} ?hidden=${!open}>
        ${this.suggestions.render({
          // The previous suggestions stay while the next lookup is under way.
          pending: () => this.options(places),
          complete: (found) => this.options(found),
          error: () => nothing,
        })}
      </ul>
      <div class="status" role="status" aria-live="polite">${this.statusText()}</div>
    `;
  }
}
