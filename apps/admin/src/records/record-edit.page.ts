import { html, LitElement } from "lit";

/** Placeholder until the page is built. @tagname kausa-record-edit-page */
export class KausaRecordEditPage extends LitElement {
  override render() {
    return html`<h1>kausa-record-edit-page</h1>`;
  }
}
customElements.define("kausa-record-edit-page", KausaRecordEditPage);
