import { css, html, LitElement, nothing, type TemplateResult } from "lit";
import { LocalizeController } from "../../i18n/localize.controller.ts";
import { valueStyles } from "../../shared/values/value.styles.ts";
import { editMessages } from "./edit.messages.ts";
import type { MergeChoice } from "./form-values.ts";

/** One field that differs between the editor's form and what somebody else saved. */
export interface ConflictRow {
  field: string;
  label: string;
  /** The values as shared/values/format-value.ts shows them (translations carry their language). */
  mine: TemplateResult | string;
  theirs: TemplateResult | string;
  /** False: the editor did not touch it, so the stored value is the sensible default. */
  mineChanged: boolean;
}

/**
 * The merge view after a version conflict: for every field that differs, the editor's value and
 * the one stored meanwhile, and a choice between them. Nothing is overwritten without a choice.
 *
 * @event kausa-merge - `detail.choices`: field → "mine" | "theirs".
 * @event kausa-merge-cancel - The editor closed the view; their values stay in the form.
 * @tagname kausa-conflict-dialog
 */
export class KausaConflictDialog extends LitElement {
  static override styles = [
    valueStyles,
    css`
    .row {
      padding-block: var(--sl-spacing-small);
      border-bottom: 1px solid var(--sl-color-neutral-200);
    }
    sl-radio {
      display: block;
      margin-block: var(--sl-spacing-2x-small);
    }
    .side {
      display: block;
      font-weight: var(--sl-font-weight-semibold);
    }
    .value {
      display: block;
      white-space: pre-wrap;
      overflow-wrap: anywhere;
    }
    sl-dialog::part(panel) {
      width: min(48rem, 100vw);
    }
  `,
  ];
  static override properties = {
    rows: { attribute: false },
    open: { type: Boolean },
    choices: { state: true },
  };

  rows: ConflictRow[] = [];
  open = false;
  /** @internal */
  choices: Record<string, MergeChoice> = {};
  private readonly msg = new LocalizeController(this, editMessages);

  /** Opens the view: fields the editor changed default to their value, untouched ones to the stored value. */
  show(rows: ConflictRow[]) {
    this.rows = rows;
    this.choices = Object.fromEntries(rows.map((r) => [r.field, r.mineChanged ? "mine" : "theirs"]));
    this.open = true;
  }

  close() {
    this.open = false;
  }

  private cancel(event?: Event) {
    if (event && event.target !== event.currentTarget) return;
    this.open = false;
    this.dispatchEvent(new CustomEvent("kausa-merge-cancel", { bubbles: true, composed: true }));
  }

  private merge() {
    this.open = false;
    this.dispatchEvent(
      new CustomEvent("kausa-merge", {
        detail: { choices: { ...this.choices } },
        bubbles: true,
        composed: true,
      }),
    );
  }

  override render() {
    const t = (key: keyof typeof editMessages.de) => this.msg.t(key);
    return html`<sl-dialog label=${t("conflictTitle")} ?open=${this.open} @sl-request-close=${this.cancel}>
      <p>${t("conflictIntro")}</p>
      ${this.rows.map(
        (row) => html`<div class="row">
          <sl-radio-group
            label=${row.label}
            name=${`merge-${row.field}`}
            value=${this.choices[row.field] ?? "mine"}
            help-text=${row.mineChanged ? "" : t("conflictUntouched")}
            @sl-change=${(e: Event) => {
              this.choices = {
                ...this.choices,
                [row.field]: (e.target as HTMLInputElement).value as MergeChoice,
              };
            }}
          >
            <sl-radio value="mine"
              ><span class="side">${t("conflictMine")}</span><span class="value">${row.mine}</span></sl-radio
            >
            <sl-radio value="theirs"
              ><span class="side">${t("conflictTheirs")}</span><span class="value">${row.theirs}</span></sl-radio
            >
          </sl-radio-group>
        </div>`,
      )}
      ${this.rows.length ? nothing : html`<p>${t("nothingChanged")}</p>`}
      <sl-button slot="footer" @click=${() => this.cancel()}>${t("conflictCancel")}</sl-button>
      <sl-button slot="footer" variant="primary" @click=${this.merge}>${t("conflictSave")}</sl-button>
    </sl-dialog>`;
  }
}
customElements.define("kausa-conflict-dialog", KausaConflictDialog);
