import type { ContactPointNode, PlaceNode } from "./api/documents.ts";

/** Events the widget dispatches; they bubble and cross shadow roots so host pages can listen. */
export interface KausaEventMap {
  /** A contact point was chosen in the list or on the map. */
  "kausa-select": CustomEvent<{ id: string; contactPoint?: ContactPointNode }>;
  /** A search ran: the place (if any), the filter and the number of results. */
  "kausa-search": CustomEvent<{ place: string | null; filter: Record<string, unknown>; totalCount: number }>;
  /** A place was chosen from the suggestions (never sent for the visitor's own position). */
  "kausa-place-select": CustomEvent<{ place: PlaceNode }>;
  /** The visitor switched the language. */
  "kausa-language-change": CustomEvent<{ language: string }>;
}

/** Events between the widget's own elements; they stay inside the finder's shadow root. */
export interface InternalEventMap {
  /** A marker was chosen on the map; the finder turns it into the public `kausa-select`. */
  "kausa-map-select": CustomEvent<{ id: string }>;
  /** The visitor consented to the base map on the map's button; the finder remembers it for later maps. */
  "kausa-map-consent": CustomEvent<Record<string, never>>;
  /** The browser reported the visitor's position ("near me"); only the finder may know it. */
  "kausa-device-position": CustomEvent<{ lat: number; lng: number }>;
}

export function emit<K extends keyof KausaEventMap>(
  target: EventTarget,
  type: K,
  detail: KausaEventMap[K]["detail"],
): void {
  target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
}

/** Tells the enclosing element; does not leave the shadow root it is in (not `composed`). */
export function emitInternal<K extends keyof InternalEventMap>(
  target: EventTarget,
  type: K,
  detail: InternalEventMap[K]["detail"],
): void {
  target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: false }));
}

declare global {
  interface HTMLElementEventMap extends KausaEventMap, InternalEventMap {}
}
