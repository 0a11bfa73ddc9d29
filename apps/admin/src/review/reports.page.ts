import { html, LitElement } from "lit";

/** Placeholder until the page is built. @tagname kausa-reports-page */
export class KausaReportsPage extends LitElement {
  override render() {
    return html`<h1>kausa-reports-page</h1>`;
  }
}
customElements.define("kausa-reports-page", KausaReportsPage);
