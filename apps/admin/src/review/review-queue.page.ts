import { html, LitElement } from "lit";

/** Placeholder until the page is built. @tagname kausa-review-queue-page */
export class KausaReviewQueuePage extends LitElement {
  override render() {
    return html`<h1>kausa-review-queue-page</h1>`;
  }
}
customElements.define("kausa-review-queue-page", KausaReviewQueuePage);
