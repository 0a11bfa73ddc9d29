import { html, LitElement } from "lit";

/** Placeholder until the page is built. @tagname kausa-dashboard-page */
export class KausaDashboardPage extends LitElement {
  override render() {
    return html`<h1>kausa-dashboard-page</h1>`;
  }
}
customElements.define("kausa-dashboard-page", KausaDashboardPage);
