import { KausaPlaceSearch } from "./place-search.component.ts";

if (!customElements.get("kausa-place-search")) customElements.define("kausa-place-search", KausaPlaceSearch);

export { KausaPlaceSearch };

declare global {
  interface HTMLElementTagNameMap {
    "kausa-place-search": KausaPlaceSearch;
  }
}
