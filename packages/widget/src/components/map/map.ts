import { KausaMap } from "./map.component.ts";

if (!customElements.get("kausa-map")) customElements.define("kausa-map", KausaMap);

export { KausaMap };

declare global {
  interface HTMLElementTagNameMap {
    "kausa-map": KausaMap;
  }
}
