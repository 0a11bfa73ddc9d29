import { html, LitElement } from "lit";

/** Placeholder until the page is built. @tagname kausa-tokens-page */
export class KausaTokensPage extends LitElement {
  override render() {
    return html`<h1>kausa-tokens-page</h1>`;
  }
}
customElements.define("kausa-tokens-page", KausaTokensPage);
