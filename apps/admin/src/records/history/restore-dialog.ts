import { css, html, LitElement, nothing } from "lit";
import { common } from "../../i18n/common.messages.ts";
import { LocalizeController } from "../../i18n/localize.controller.ts";
import { pageStyles } from "../../styles/page.styles.ts";
import { historyMessages } from "./history.messages.ts";

/**
 * Asks before a version is restored, with an optional reason for the history.
 *
 * @event kausa-confirm - Restore: `detail.reason` ("" when none was given).
 * @event kausa-cancel - The dialog was closed without restoring.
 * @tagname kausa-restore-dialog
 */
export class KausaRestoreDialog extends LitElement {
  static override styles = [
    pageStyles,
    css`
      p {
        margin-block-start: 0;
      }
    `,
  ];
  static override properties = {
    open: { type: Boolean },
    at: { type: String },
    busy: { type: Boolean },
    error: { attribute: false },
  };

  open = false;
  /** When the version to restore was written (formatted). */
  at = "";
  busy = false;
  /** Why the last attempt failed: a text, or a text and a list of reasons. */
  error: { message: string; details: string[] } | null = null;

  private readonly msg = new LocalizeController(this, historyMessages);
  private readonly common = new LocalizeController(this, common);

  private get reasonField() {
    return this.renderRoot.querySelector<HTMLTextAreaElement>("sl-textarea");
  }

  protected override updated(changed: Map<string, unknown>) {
    // A new question starts without the last reason.
    if (changed.has("open") && this.open && this.reasonField) this.reasonField.value = "";
  }

  private confirm() {
    const reason = this.reasonField?.value.trim() ?? "";
    this.dispatchEvent(
      new CustomEvent("kausa-confirm", { detail: { reason }, bubbles: true, composed: true }),
    );
  }

  /** While the restore runs, Escape, the close button and the overlay keep the dialog open: its outcome lands here. */
  private onRequestClose(event: Event) {
    if (this.busy && event.target === event.currentTarget) event.preventDefault();
  }

  private onHide(event: Event) {
    // sl-hide also bubbles up from the textarea's own parts: only the dialog's counts.
    if (event.target !== event.currentTarget) return;
    this.dispatchEvent(new CustomEvent("kausa-cancel", { bubbles: true, composed: true }));
  }

  override render() {
    return html`<sl-dialog label=${this.msg.t("dialog.title")} ?open=${this.open}
      @sl-request-close=${this.onRequestClose}
      @sl-after-hide=${this.onHide}>
      <div>
        <p>${this.msg.t("dialog.text", { at: this.at })}</p>
        <sl-textarea
          name="reason"
          rows="2"
          maxlength="500"
          label=${this.msg.t("dialog.reason")}
          help-text=${this.msg.t("dialog.reasonHelp")}
        ></sl-textarea>
        <div role="alert">
          ${
            this.error
              ? html`<sl-alert variant="danger" open>
                  ${this.error.message}
                  ${this.error.details.length ? html`<ul>${this.error.details.map((d) => html`<li>${d}</li>`)}</ul>` : nothing}
                </sl-alert>`
              : nothing
          }
        </div>
      </div>
      <sl-button
        slot="footer"
        ?disabled=${this.busy}
        @click=${() => this.dispatchEvent(new CustomEvent("kausa-cancel", { bubbles: true, composed: true }))}
        >${this.common.t("cancel")}</sl-button
      >
      <sl-button slot="footer" variant="primary" ?loading=${this.busy} @click=${this.confirm}
        >${this.msg.t("dialog.confirm")}</sl-button
      >
    </sl-dialog>`;
  }
}
customElements.define("kausa-restore-dialog", KausaRestoreDialog);
