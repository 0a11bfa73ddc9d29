import { css, html, LitElement } from "lit";
import { LocalizeController } from "../i18n/localize.controller.ts";
import { accountsMessages } from "./accounts.messages.ts";

/**
 * A value to pass on once (a set-password link, a token's secret): read-only, selectable, with
 * a copy button whose outcome is announced.
 *
 * @tagname kausa-secret-field
 */
export class KausaSecretField extends LitElement {
  static override styles = css`
    :host {
      display: block;
    }
    .row {
      display: flex;
      flex-wrap: wrap;
      gap: var(--sl-spacing-small);
      align-items: end;
    }
    sl-input {
      flex: 1 1 16rem;
    }
    sl-input::part(input) {
      font-family: var(--sl-font-mono);
    }
    .status {
      min-height: 1.5em;
      margin: var(--sl-spacing-2x-small) 0 0;
    }
  `;
  static override properties = { label: { type: String }, value: { type: String }, status: { state: true } };
  label = "";
  value = "";
  /** @internal */
  status = "";

  private readonly msg = new LocalizeController(this, accountsMessages);

  private async copy() {
    try {
      await navigator.clipboard.writeText(this.value);
      this.status = this.msg.t("copied");
    } catch {
      // No clipboard permission (or no secure context): the field is selected for a manual copy.
      this.status = this.msg.t("copyFailed");
      this.renderRoot.querySelector("sl-input")?.select();
    }
  }

  override render() {
    return html`<div class="row">
        <sl-input readonly label=${this.label} value=${this.value} @focus=${(e: Event) => (e.target as HTMLInputElement).select()}></sl-input>
        <sl-button @click=${this.copy}>${this.msg.t("copy")}</sl-button>
      </div>
      <p class="status" role="status">${this.status}</p>`;
  }
}
customElements.define("kausa-secret-field", KausaSecretField);
