import { initialState, Task } from "@lit/task";
import { html, nothing, type ReactiveControllerHost, render } from "lit";
import * as maplibregl from "maplibre-gl";
import { CONTACT_POINT, type ContactPointDetails } from "../../api/documents.ts";
import { request } from "../../api/request.ts";
import { routeHref } from "../../format.ts";
import type { Translator } from "../../i18n/i18n.ts";
import { addressOf, contactFacts, contactLinkItems } from "../finder/templates/contact-details.template.ts";
import type { Markers } from "./map-layers.ts";

/** What the popup of a contact point on the list's loaded pages shows (the list card has the rest). */
export interface PopupSummary {
  name: string;
  address: string;
  isSample: boolean;
}

/** The popup's content: a summary, or the full card of a contact point the list has not loaded. */
export type PopupDetails = PopupSummary | ContactPointDetails;

const isFull = (details: PopupDetails): details is ContactPointDetails => "partner" in details;

/**
 * The popup of the chosen contact point: its name with the "sample data" mark the list cards
 * carry, the address and a route link; for a contact point beyond the list's loaded pages also
 * what its list card would show. Rendered by lit into a new element (data is never parsed as HTML).
 * `loading`: the full card is on its way.
 */
export function popupContent(
  t: Translator,
  details: PopupDetails,
  [lng, lat]: [number, number],
  loading = false,
): HTMLElement {
  const root = document.createElement("div");
  root.className = "popup";
  const address = isFull(details) ? addressOf(details) : details.address;
  render(
    html`<p class="popup-title">
        <strong><bdi>${details.name}</bdi></strong>
        ${details.isSample ? html`<span class="badge">${t.t("sample")}</span>` : nothing}
      </p>
      ${isFull(details) ? html`<p class="muted"><bdi>${details.partner.name}</bdi></p>` : nothing}
      ${address ? html`<p><bdi>${address}</bdi></p>` : nothing}
      ${isFull(details) ? fullDetails(t, details) : nothing}
      ${loading ? html`<p class="muted" role="status">${t.t("loading")}</p>` : nothing}
      <p class="route">
        <a href=${routeHref(lat, lng)} target="_blank" rel="noopener noreferrer">${t.t("route")}</a>
      </p>`,
    root,
  );
  return root;
}

/** The rest of the list card (contact-card.template.ts), without the list's select button. */
function fullDetails(t: Translator, cp: ContactPointDetails) {
  const links = contactLinkItems(cp, t);
  return html`${contactFacts(cp, t)}
    ${links.length ? html`<ul class="links">${links}</ul>` : nothing}`;
}

interface SelectionPopupOptions {
  translator: () => Translator;
  /** The contact point shown as selected, if any. */
  chosenId: () => string | null;
  /** The list's summary of it; null when the list has not loaded it (it is then loaded here). */
  summary: () => PopupSummary | null;
  /** The API's origin, to load a chosen contact point that is not in the list ("" for none). */
  apiOrigin: () => string;
  /** The markers of the current search: where the chosen one is, and its name. */
  markers: () => Markers;
  /** Brings the chosen marker into view before its popup opens. */
  moveTo: (center: [number, number], zoom: number) => void;
}

/**
 * The popup on the chosen marker, and the whole card of a chosen contact point the list has not
 * loaded (beyond its pages), fetched by its ID. Its task is registered with the host element.
 */
export class SelectionPopup {
  private popup: maplibregl.Popup | null = null;
  /**
   * The loaded card and the ID it was asked for; `card` stays null when the API did not know it
   * or did not answer. (Task callbacks run before the task's own value and status change, so they
   * are kept here.)
   */
  private loaded: { id: string; card: ContactPointDetails | null } | null = null;
  protected readonly card: Task;

  constructor(
    host: ReactiveControllerHost,
    private readonly o: SelectionPopupOptions,
  ) {
    this.card = new Task(host, {
      args: () => [o.chosenId(), o.summary() === null, o.apiOrigin(), o.translator().language] as const,
      task: async ([id, missing, origin, language], { signal }) => {
        if (!id || !missing || !origin) return initialState;
        const { node } = await request(CONTACT_POINT, { id, locale: language }, { origin, language }, signal);
        return { id, card: node?.__typename === "ContactPoint" ? node : null };
      },
      onComplete: (loaded) => {
        this.loaded = loaded;
        this.update();
      },
      onError: (error) => {
        if ((error as Error)?.name === "AbortError") return;
        console.warn("[kausa-map] could not load the contact point", error);
        this.loaded = { id: o.chosenId() ?? "", card: null };
        this.update();
      },
    });
  }

  /** Closes the last popup and opens one on the chosen marker, moved into view (none without a marker). */
  show(map: maplibregl.Map) {
    this.popup?.remove();
    this.popup = null;
    const at = this.chosenFeature()?.geometry.coordinates;
    if (!at) return;
    this.o.moveTo(at, Math.max(map.getZoom(), 11));
    this.popup = new maplibregl.Popup({ closeOnClick: false, focusAfterOpen: false, maxWidth: "18rem" })
      .setLngLat(at)
      .addTo(map);
    this.update();
  }

  /** The popup's content: the list's summary, the loaded card, or the marker's name while it loads. */
  update() {
    const feature = this.chosenFeature();
    if (!this.popup || !feature) return;
    const chosenId = this.o.chosenId();
    const loaded = this.loaded?.id === chosenId ? this.loaded : null;
    let details: PopupDetails | null = this.o.summary() ?? loaded?.card ?? null;
    // Waiting for the card: the marker's name meanwhile.
    const loading = !details && !loaded && this.o.apiOrigin() !== "";
    details ??= { name: String(feature.properties.name ?? ""), address: "", isSample: false };
    this.popup.setDOMContent(
      popupContent(this.o.translator(), details, feature.geometry.coordinates, loading),
    );
  }

  private chosenFeature() {
    const id = this.o.chosenId();
    return id ? this.o.markers().features.find((f) => f.id === id) : undefined;
  }
}
