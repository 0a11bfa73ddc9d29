import { html, LitElement } from "lit";
import { common } from "../i18n/common.messages.ts";
import { LocalizeController } from "../i18n/localize.controller.ts";
import { accountsMessages } from "./accounts.messages.ts";

interface Question {
  title: string;
  message: string;
  /** The confirming button's text, e.g. "Deaktivieren". */
  confirm: string;
}

/**
 * "Really?" before an action that locks someone out or cannot be undone. `ask()` opens the
 * dialog and resolves true when the editor confirms; Escape, the close button and "Abbrechen"
 * resolve false. Focus starts on "Abbrechen", the safe choice.
 *
 * @tagname kausa-confirm-dialog
 */
export class KausaConfirmDialog extends LitElement {
  static override properties = { question: { state: true }, open: { state: true } };
  /** @internal */
  question: Question | null = null;
  /** @internal */
  open = false;

  private answer: ((confirmed: boolean) => void) | null = null;
  private readonly msg = new LocalizeController(this, accountsMessages);
  private readonly common = new LocalizeController(this, common);

  ask(question: Question): Promise<boolean> {
    this.answer?.(false);
    this.question = question;
    this.open = true;
    return new Promise((resolve) => {
      this.answer = resolve;
    });
  }

  private settle(confirmed: boolean) {
    this.open = false;
    this.answer?.(confirmed);
    this.answer = null;
  }

  override render() {
    const question = this.question;
    return html`<sl-dialog
      label=${question?.title ?? this.msg.t("confirm")}
      ?open=${this.open}
      @sl-initial-focus=${(e: Event) => {
        e.preventDefault();
        this.renderRoot.querySelector<HTMLElement>("sl-button.cancel")?.focus();
      }}
      @sl-after-hide=${(e: Event) => {
        if (e.target === e.currentTarget && this.open) this.settle(false);
      }}
    >
      <p>${question?.message ?? ""}</p>
      <sl-button slot="footer" class="cancel" @click=${() => this.settle(false)}>${this.common.t("cancel")}</sl-button>
      <sl-button slot="footer" variant="danger" @click=${() => this.settle(true)}>${question?.confirm ?? this.msg.t("confirm")}</sl-button>
    </sl-dialog>`;
  }
}
customElements.define("kausa-confirm-dialog", KausaConfirmDialog);
