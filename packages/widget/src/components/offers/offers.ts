import { KausaOffers } from "./offers.component.ts";

if (!customElements.get("kausa-offers")) customElements.define("kausa-offers", KausaOffers);

export { KausaOffers };

declare global {
  interface HTMLElementTagNameMap {
    "kausa-offers": KausaOffers;
  }
}
