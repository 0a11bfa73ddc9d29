import { css, html, LitElement, nothing } from "lit";
import {
  CONTACT_POINT_REPORT_REASONS,
  type ContactPointReportReason,
  REPORT_OUTDATED,
} from "../../api/report-document.ts";
import { mutate, RequestError } from "../../api/request.ts";
import { germanTranslator, type Translator } from "../../i18n/i18n.ts";
import type { MessageKey } from "../../i18n/messages.ts";

/** The API's limit for the optional note. */
const MESSAGE_MAX = 500;

/**
 * The inline form of "Angaben veraltet? Melden" (loaded on demand by report-outdated.ts): a reason
 * and an optional note, sent anonymously as the reportOutdated mutation by POST. Escape or
 * "Abbrechen" closes it; a refusal (429: too many reports, no network, invalid) stays in the form.
 *
 * @internal Rendered by <kausa-report-outdated> only.
 */
export class KausaReportForm extends LitElement {
  static override styles = css`
    :host {
      display: block;
      margin-block-start: 0.5rem;
    }
    fieldset {
      border: 1px solid var(--kausa-border-color, #6b7280);
      border-radius: var(--kausa-radius, 0.375rem);
      padding: 0.75rem;
      margin: 0;
      display: grid;
      gap: 0.75rem;
    }
    legend {
      font-weight: 600;
      padding-inline: 0.25rem;
    }
    label {
      display: grid;
      gap: 0.25rem;
    }
    select,
    textarea,
    button {
      font: inherit;
      min-height: 2.5rem;
      padding: 0.4rem 0.6rem;
      border-radius: var(--kausa-radius, 0.375rem);
      border: 1px solid var(--kausa-border-color, #6b7280);
      background: var(--kausa-surface, #fff);
      color: inherit;
    }
    textarea {
      resize: vertical;
      width: 100%;
    }
    button {
      cursor: pointer;
      border-color: var(--kausa-primary, #0b5394);
      color: var(--kausa-primary, #0b5394);
    }
    button.primary {
      background: var(--kausa-primary, #0b5394);
      color: var(--kausa-on-primary, #fff);
    }
    :is(select, textarea, button):focus-visible {
      outline: 3px solid var(--kausa-focus, #d97706);
      outline-offset: 2px;
    }
    p {
      margin: 0;
    }
    .note {
      font-size: 0.9em;
      color: var(--kausa-muted, #4b5563);
    }
    .error {
      color: #b91c1c;
      font-weight: 600;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
    }
  `;
  static override properties = {
    t: { attribute: false },
    origin: { attribute: false },
    contactPointId: { attribute: false },
    sending: { state: true },
    problem: { state: true },
  };

  t: Translator = germanTranslator;
  origin = "";
  contactPointId = "";
  sending = false;
  problem: MessageKey | null = null;

  /** Focus moves into the form when it opens: the first field. */
  focusFirst() {
    this.renderRoot.querySelector<HTMLSelectElement>("select")?.focus();
  }

  private done(sent: boolean) {
    this.dispatchEvent(new CustomEvent("kausa-report-close", { detail: { sent } }));
  }

  private async submit(event: SubmitEvent) {
    event.preventDefault();
    if (this.sending) return;
    const data = new FormData(event.target as HTMLFormElement);
    const message = String(data.get("message") ?? "").trim();
    this.sending = true;
    this.problem = null;
    try {
      const result = await mutate(
        REPORT_OUTDATED,
        {
          id: this.contactPointId,
          reason: data.get("reason") as ContactPointReportReason,
          message: message ? message.slice(0, MESSAGE_MAX) : null,
        },
        { origin: this.origin, language: this.t.language },
      );
      if (result.reportOutdated.__typename === "MutationReportOutdatedSuccess") return this.done(true);
      this.problem = "reportInvalid";
    } catch (error) {
      this.problem = error instanceof RequestError && error.status === 429 ? "reportTooMany" : "reportFailed";
    } finally {
      this.sending = false;
    }
  }

  private onKeydown(event: KeyboardEvent) {
    if (event.key !== "Escape") return;
    event.stopPropagation();
    this.done(false);
  }

  override render() {
    const { t } = this;
    return html`<form @submit=${this.submit} @keydown=${this.onKeydown}>
      <fieldset>
        <legend>${t.t("reportTitle")}</legend>
        <label>
          ${t.t("reportReason")}
          <select name="reason" required>
            <option value="">${t.t("reportChoose")}</option>
            ${CONTACT_POINT_REPORT_REASONS.map((r) => html`<option value=${r}>${t.t(`reason.${r}`)}</option>`)}
          </select>
        </label>
        <label>
          ${t.t("reportMessage")}
          <textarea name="message" rows="3" maxlength=${MESSAGE_MAX} aria-describedby="privacy"></textarea>
        </label>
        <p id="privacy" class="note">${t.t("reportPrivacy")}</p>
        ${this.problem ? html`<p class="error" role="alert">${t.t(this.problem)}</p>` : nothing}
        <div class="actions">
          <button type="submit" class="primary">
            ${this.sending ? t.t("reportSending") : t.t("reportSend")}
          </button>
          <button type="button" @click=${() => this.done(false)}>${t.t("reportCancel")}</button>
        </div>
      </fieldset>
    </form>`;
  }
}

if (!customElements.get("kausa-report-form")) customElements.define("kausa-report-form", KausaReportForm);

declare global {
  interface HTMLElementTagNameMap {
    "kausa-report-form": KausaReportForm;
  }
}
