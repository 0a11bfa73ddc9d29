import { html, LitElement } from "lit";

/** Placeholder until the page is built. @tagname kausa-account-page */
export class KausaAccountPage extends LitElement {
  override render() {
    return html`<h1>kausa-account-page</h1>`;
  }
}
customElements.define("kausa-account-page", KausaAccountPage);
