import type { ContactPointNode, PlaceNode } from "./api/queries.ts";

/** Events the widget dispatches; they bubble and cross shadow roots so host pages can listen. */
export interface KausaEventMap {
  /** A contact point was chosen in the list or on the map. */
  "kausa-select": CustomEvent<{ id: string; contactPoint?: ContactPointNode }>;
  /** A search ran: the place (if any), the filter and the number of results. */
  "kausa-search": CustomEvent<{ place: string | null; filter: Record<string, unknown>; totalCount: number }>;
  /** A place was chosen from the suggestions. */
  "kausa-place-select": CustomEvent<{ place: PlaceNode }>;
  /** The visitor switched the language. */
  "kausa-language-change": CustomEvent<{ language: string }>;
}

export function emit<K extends keyof KausaEventMap>(
  target: EventTarget,
  type: K,
  detail: KausaEventMap[K]["detail"],
): void {
  target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
}

declare global {
  interface HTMLElementEventMap extends KausaEventMap {}
}
