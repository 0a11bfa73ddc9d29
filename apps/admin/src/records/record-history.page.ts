import { html, LitElement } from "lit";

/** Placeholder until the page is built. @tagname kausa-record-history-page */
export class KausaRecordHistoryPage extends LitElement {
  override render() {
    return html`<h1>kausa-record-history-page</h1>`;
  }
}
customElements.define("kausa-record-history-page", KausaRecordHistoryPage);
