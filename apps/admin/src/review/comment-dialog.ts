import { css, html, LitElement } from "lit";
import { common } from "../i18n/common.messages.ts";
import { LocalizeController } from "../i18n/localize.controller.ts";

/**
 * A confirmation with a comment: approving or rejecting a review item, closing a report. With
 * `required`, an empty comment is refused here, with a message, before anything is sent.
 *
 * @event kausa-confirm - The editor confirmed: `detail.comment` (trimmed, "" when none).
 * @tagname kausa-comment-dialog
 */
export class KausaCommentDialog extends LitElement {
  static override styles = css`
    sl-textarea {
      margin-block-end: var(--sl-spacing-small);
    }
    .error {
      color: var(--sl-color-danger-700);
      margin: 0 0 var(--sl-spacing-small);
    }
    .intro {
      margin-block-start: 0;
    }
  `;
  static override properties = {
    label: { type: String },
    intro: { type: String },
    fieldLabel: { type: String, attribute: "field-label" },
    helpText: { type: String, attribute: "help-text" },
    confirmLabel: { type: String, attribute: "confirm-label" },
    confirmVariant: { type: String, attribute: "confirm-variant" },
    required: { type: Boolean },
    requiredMessage: { type: String, attribute: "required-message" },
    busy: { type: Boolean },
    comment: { state: true },
    problem: { state: true },
  };

  label = "";
  /** A sentence above the field (what will happen). */
  intro = "";
  fieldLabel = "";
  helpText = "";
  confirmLabel = "";
  confirmVariant = "primary";
  required = false;
  requiredMessage = "";
  /** While the page sends the decision: the buttons wait, the dialog stays open. */
  busy = false;
  /** @internal */
  comment = "";
  /** @internal */
  problem = "";

  private readonly common = new LocalizeController(this, common);

  private get dialog() {
    return this.renderRoot.querySelector("sl-dialog") as (HTMLElement & { open: boolean }) | null;
  }

  /** Opens the dialog with an empty comment. */
  async show() {
    this.comment = "";
    this.problem = "";
    await this.updateComplete;
    if (this.dialog) this.dialog.open = true;
  }

  hide() {
    if (this.dialog) this.dialog.open = false;
  }

  private confirm() {
    const comment = this.comment.trim();
    if (this.required && !comment) {
      this.problem = this.requiredMessage;
      this.renderRoot.querySelector<HTMLElement>("sl-textarea")?.focus();
      return;
    }
    this.problem = "";
    this.dispatchEvent(new CustomEvent("kausa-confirm", { detail: { comment } }));
  }

  override render() {
    return html`<sl-dialog
      label=${this.label}
      @sl-request-close=${(e: Event) => {
        if (this.busy) e.preventDefault();
      }}
      @sl-initial-focus=${(e: Event) => {
        e.preventDefault();
        this.renderRoot.querySelector<HTMLElement>("sl-textarea")?.focus();
      }}
    >
      ${this.intro ? html`<p class="intro">${this.intro}</p>` : ""}
      <sl-textarea
        label=${this.fieldLabel}
        help-text=${this.helpText}
        ?required=${this.required}
        rows="4"
        maxlength="500"
        .value=${this.comment}
        @sl-input=${(e: Event) => {
          this.comment = (e.target as HTMLTextAreaElement).value;
          if (this.problem && this.comment.trim()) this.problem = "";
        }}
      ></sl-textarea>
      <div role="alert">${this.problem ? html`<p class="error">${this.problem}</p>` : ""}</div>
      <sl-button slot="footer" ?disabled=${this.busy} @click=${() => this.hide()}>${this.common.t("cancel")}</sl-button>
      <sl-button slot="footer" variant=${this.confirmVariant} ?loading=${this.busy} @click=${() => this.confirm()}>
        ${this.confirmLabel}
      </sl-button>
    </sl-dialog>`;
  }
}
customElements.define("kausa-comment-dialog", KausaCommentDialog);
