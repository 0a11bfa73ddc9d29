import { KausaFinder } from "./finder.component.ts";

if (!customElements.get("kausa-finder")) customElements.define("kausa-finder", KausaFinder);

export { KausaFinder };

declare global {
  interface HTMLElementTagNameMap {
    "kausa-finder": KausaFinder;
  }
}
