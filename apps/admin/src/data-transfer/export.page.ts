import { html, LitElement } from "lit";

/** Placeholder until the page is built. @tagname kausa-export-page */
export class KausaExportPage extends LitElement {
  override render() {
    return html`<h1>kausa-export-page</h1>`;
  }
}
customElements.define("kausa-export-page", KausaExportPage);
