import { html, LitElement } from "lit";
import { common } from "../i18n/common.messages.ts";
import { LocalizeController } from "../i18n/localize.controller.ts";

/**
 * "Previous / Page 2 of 7 / Next" below a list. Fires `kausa-page` with `detail.page` (1-based).
 *
 * @event kausa-page - The editor chose another page: `detail.page`.
 * @tagname kausa-pager
 */
export class KausaPager extends LitElement {
  static override properties = {
    page: { type: Number },
    pages: { type: Number },
    total: { type: Number },
  };
  page = 1;
  pages = 1;
  total = 0;
  private readonly msg = new LocalizeController(this, common);

  private go(page: number) {
    this.dispatchEvent(new CustomEvent("kausa-page", { detail: { page }, bubbles: true, composed: true }));
  }

  override render() {
    return html`<nav aria-label=${this.msg.t("pageOf", { page: this.page, pages: this.pages })}>
      <sl-button size="small" ?disabled=${this.page <= 1} @click=${() => this.go(this.page - 1)}>${this.msg.t("previous")}</sl-button>
      <span aria-live="polite">${this.msg.t("pageOf", { page: this.page, pages: Math.max(1, this.pages) })} · ${this.msg.t("total", { count: this.total })}</span>
      <sl-button size="small" ?disabled=${this.page >= this.pages} @click=${() => this.go(this.page + 1)}>${this.msg.t("next")}</sl-button>
    </nav>`;
  }
}
customElements.define("kausa-pager", KausaPager);
