import { KausaExplanation } from "./explanation.component.ts";

if (!customElements.get("kausa-explanation")) customElements.define("kausa-explanation", KausaExplanation);

export { KausaExplanation };

declare global {
  interface HTMLElementTagNameMap {
    "kausa-explanation": KausaExplanation;
  }
}
