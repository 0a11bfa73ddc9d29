import { html, LitElement } from "lit";

/** Placeholder until the page is built. @tagname kausa-record-list-page */
export class KausaRecordListPage extends LitElement {
  override render() {
    return html`<h1>kausa-record-list-page</h1>`;
  }
}
customElements.define("kausa-record-list-page", KausaRecordListPage);
