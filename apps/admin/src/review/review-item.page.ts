import { html, LitElement } from "lit";

/** Placeholder until the page is built. @tagname kausa-review-item-page */
export class KausaReviewItemPage extends LitElement {
  override render() {
    return html`<h1>kausa-review-item-page</h1>`;
  }
}
customElements.define("kausa-review-item-page", KausaReviewItemPage);
