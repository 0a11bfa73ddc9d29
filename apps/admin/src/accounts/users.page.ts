import { html, LitElement } from "lit";

/** Placeholder until the page is built. @tagname kausa-users-page */
export class KausaUsersPage extends LitElement {
  override render() {
    return html`<h1>kausa-users-page</h1>`;
  }
}
customElements.define("kausa-users-page", KausaUsersPage);
