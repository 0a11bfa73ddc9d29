import { html, LitElement } from "lit";

/** Placeholder until the page is built. @tagname kausa-import-page */
export class KausaImportPage extends LitElement {
  override render() {
    return html`<h1>kausa-import-page</h1>`;
  }
}
customElements.define("kausa-import-page", KausaImportPage);
