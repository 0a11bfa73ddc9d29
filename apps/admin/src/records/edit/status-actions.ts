import { ContextConsumer } from "@lit/context";
import { css, html, LitElement, nothing } from "lit";
import type { PublicationStatus } from "../../api/graphql.ts";
import { clientContext } from "../../app/context.ts";
import { common } from "../../i18n/common.messages.ts";
import { LocalizeController } from "../../i18n/localize.controller.ts";
import { describeError } from "../../shared/error-alert.ts";
import type { RecordType } from "../record-types.ts";
import { editMessages } from "./edit.messages.ts";
import { changeStatus, type StatusAction } from "./record-api.ts";
import { allowedActions } from "./status-rules.ts";

/**
 * The record's state and the actions that fit it, with an optional reason for the history.
 *
 * @event kausa-status-changed - An action succeeded (`detail.action`), or the state was not what
 *   the page showed: the page reloads the record either way.
 * @tagname kausa-status-actions
 */
export class KausaStatusActions extends LitElement {
  static override styles = css`
    :host {
      display: block;
    }
    h2 {
      font-size: var(--sl-font-size-large);
      margin: 0 0 var(--sl-spacing-small);
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: var(--sl-spacing-small);
      margin-block: var(--sl-spacing-small);
    }
    sl-input {
      max-width: 40rem;
    }
    .muted {
      color: var(--sl-color-neutral-700);
    }
  `;
  static override properties = {
    type: { type: String },
    recordId: { type: String, attribute: "record-id" },
    status: { type: String },
    staff: { type: Boolean },
    hasDraftProposal: { type: Boolean, attribute: "has-draft-proposal" },
    dirty: { type: Boolean },
    busy: { state: true },
    done: { state: true },
    error: { state: true },
    reason: { state: true },
  };
  type: RecordType = "contact-points";
  recordId = "";
  status: PublicationStatus = "DRAFT";
  staff = false;
  hasDraftProposal = false;
  /** The form holds unsaved changes: an action now would act on the stored values. */
  dirty = false;
  /** @internal */
  busy: StatusAction | null = null;
  /** @internal */
  done = "";
  /** @internal */
  error = "";
  /** @internal */
  reason = "";

  private readonly msg = new LocalizeController(this, editMessages);
  private readonly common = new LocalizeController(this, common);
  private readonly client = new ContextConsumer(this, { context: clientContext });

  private async act(action: StatusAction) {
    this.busy = action;
    this.done = "";
    this.error = "";
    try {
      const outcome = await changeStatus(
        this.client.value!,
        this.type,
        this.recordId,
        action,
        this.reason || null,
      );
      if (outcome.kind === "ok") {
        this.done = this.msg.t(`done.${action}`);
        this.reason = "";
      } else {
        const status = outcome.kind === "state" ? outcome.currentStatus : this.status;
        this.error = this.msg.t("stateError", {
          status: this.common.t(`status.${status as PublicationStatus}`),
          message: outcome.message,
        });
      }
      this.dispatchEvent(
        new CustomEvent("kausa-status-changed", { detail: { action }, bubbles: true, composed: true }),
      );
    } catch (error) {
      this.error = describeError(this.common, error);
    } finally {
      this.busy = null;
    }
  }

  private label(action: StatusAction) {
    if (action === "submit" && this.status === "PUBLISHED") return this.msg.t("action.submitProposal");
    return this.msg.t(`action.${action}`);
  }

  override render() {
    const actions = allowedActions(this.status, this.staff, this.hasDraftProposal);
    const role = this.staff ? "staff" : "partner";
    return html`<section aria-labelledby="status-title">
      <h2 id="status-title">${this.msg.t("statusTitle")}</h2>
      <p>${this.msg.t(`hint.${this.status}.${role}` as keyof typeof editMessages.de)}</p>
      ${
        actions.length
          ? html`<sl-input
              label=${this.msg.t("actionReason")}
              help-text=${this.msg.t("actionReasonHelp")}
              .value=${this.reason}
              ?disabled=${this.dirty}
              @sl-input=${(e: Event) => {
                this.reason = (e.target as HTMLInputElement).value;
              }}
            ></sl-input>
            <div class="actions">
              ${actions.map(
                (action) => html`<sl-button
                  variant=${action === "publish" || action === "submit" ? "primary" : "default"}
                  ?disabled=${this.dirty || (this.busy !== null && this.busy !== action)}
                  ?loading=${this.busy === action}
                  @click=${() => this.act(action)}
                  >${this.label(action)}</sl-button
                >`,
              )}
            </div>
            ${this.dirty ? html`<p class="muted">${this.msg.t("unsavedHint")}</p>` : nothing}`
          : html`<p class="muted">${this.msg.t("noActions")}</p>`
      }
      <div role="status" aria-live="polite">${this.done}</div>
      <div role="alert">${this.error ? html`<sl-alert variant="danger" open>${this.error}</sl-alert>` : nothing}</div>
    </section>`;
  }
}
customElements.define("kausa-status-actions", KausaStatusActions);
