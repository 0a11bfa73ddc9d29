import { ContextConsumer } from "@lit/context";
import { css, html, LitElement, nothing } from "lit";
import { apiOrigin } from "../../api/origin.ts";
import { apiOriginContext, translatorContext } from "../../context.ts";
import { germanTranslator } from "../../i18n/i18n.ts";
import type { KausaReportForm } from "./report-form.ts";

/**
 * "Angaben veraltet? Melden" on a contact card: a button that opens an inline form in the card
 * (no modal). Only this button is in the first paint; the form, its mutation and its styles are
 * loaded on the first click. After sending, the thanks are announced in a live region that is
 * always present (so screen readers notice the change) and focus returns to the button.
 * Nothing about the visitor is asked or sent: the report is anonymous.
 */
export class KausaReportOutdated extends LitElement {
  static override styles = css`
    :host {
      display: block;
      margin-block-start: 0.5rem;
    }
    .toggle {
      font: inherit;
      font-size: 0.9em;
      min-height: 2rem;
      padding: 0.2rem 0;
      border: 0;
      background: none;
      color: var(--kausa-primary, #0b5394);
      text-decoration: underline;
      cursor: pointer;
    }
    .toggle:focus-visible {
      outline: 3px solid var(--kausa-focus, #d97706);
      outline-offset: 2px;
    }
    .thanks {
      margin: 0.25rem 0 0;
    }
    @media print {
      :host {
        display: none;
      }
    }
    .visually-hidden {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
      white-space: nowrap;
    }
  `;
  static override properties = {
    contactPointId: { type: String, attribute: "contact-point-id" },
    name: { type: String },
    open: { state: true },
    thanked: { state: true },
  };

  /** The contact point's global ID. */
  contactPointId = "";
  /** Its name, for the button's accessible name (each card has one such button). */
  name = "";
  open = false;
  thanked = false;

  private readonly translator = new ContextConsumer(this, { context: translatorContext, subscribe: true });
  private readonly origin = new ContextConsumer(this, { context: apiOriginContext, subscribe: true });

  private get button() {
    return this.renderRoot.querySelector<HTMLButtonElement>("button.toggle");
  }

  private async toggle() {
    if (this.open) return this.close(false);
    this.thanked = false;
    // The form's code is a separate chunk: most visitors never report anything.
    await import("./report-form.ts");
    this.open = true;
    await this.updateComplete;
    const form = this.renderRoot.querySelector<KausaReportForm>("kausa-report-form");
    await form?.updateComplete;
    form?.focusFirst();
  }

  private async close(sent: boolean) {
    this.open = false;
    this.thanked = sent;
    await this.updateComplete;
    this.button?.focus();
  }

  override render() {
    const t = this.translator.value ?? germanTranslator;
    const origin = this.origin.value ?? apiOrigin();
    return html`<button
        type="button"
        class="toggle"
        aria-expanded=${this.open ? "true" : "false"}
        aria-controls=${this.open ? "report-form" : nothing}
        @click=${() => void this.toggle()}
      >
        ${t.t("reportToggle")}<span class="visually-hidden"> – ${this.name}</span>
      </button>
      ${
        this.open
          ? html`<kausa-report-form
              id="report-form"
              .t=${t}
              .origin=${origin}
              .contactPointId=${this.contactPointId}
              @kausa-report-close=${(e: CustomEvent<{ sent: boolean }>) => void this.close(e.detail.sent)}
            ></kausa-report-form>`
          : nothing
      }
      <p class="thanks" role="status">${this.thanked ? t.t("reportThanks") : ""}</p>`;
  }
}

if (!customElements.get("kausa-report-outdated"))
  customElements.define("kausa-report-outdated", KausaReportOutdated);

declare global {
  interface HTMLElementTagNameMap {
    "kausa-report-outdated": KausaReportOutdated;
  }
}
