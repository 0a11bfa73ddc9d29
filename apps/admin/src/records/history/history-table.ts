import { css, html, LitElement, nothing } from "lit";
import { LocalizeController } from "../../i18n/localize.controller.ts";
import { formatValue, type ValueContext, valueText } from "../../shared/values/format-value.ts";
import type { NameLookup } from "../../shared/values/reference-names.ts";
import { valueStyles } from "../../shared/values/value.styles.ts";
import { pageStyles } from "../../styles/page.styles.ts";
import type { RecordType } from "../record-types.ts";
import { historyMessages } from "./history.messages.ts";
import { changesOf, EntryFormatter, type FieldChange } from "./history-format.ts";
import type { HistoryEntry } from "./history-query.ts";

/** Longer values show their beginning and the whole text in a disclosure. */
const SHORT = 120;
/** Entries with more changed fields (a creation, an import) fold them away. */
const MANY_FIELDS = 6;

/**
 * A record's history as a table: when, who, what, which fields changed from what to what, and a
 * "restore this version" button on the entries whose version can be restored.
 *
 * @event kausa-restore - The editor wants the version after `detail` (a HistoryEntry) back.
 * @tagname kausa-history-table
 */
export class KausaHistoryTable extends LitElement {
  static override styles = [
    pageStyles,
    valueStyles,
    css`
      td.at,
      td.action {
        white-space: nowrap;
      }
      td.changes {
        min-width: 18rem;
      }
      ul {
        margin: 0;
        padding-inline-start: var(--sl-spacing-medium);
      }
      li + li {
        margin-block-start: var(--sl-spacing-2x-small);
      }
      .field {
        font-weight: var(--sl-font-weight-semibold);
      }
      .before {
        text-decoration: line-through;
        color: var(--sl-color-neutral-700);
      }
      .value {
        overflow-wrap: anywhere;
      }
      sl-details::part(base) {
        margin-block-start: var(--sl-spacing-2x-small);
      }
      .reason {
        margin: var(--sl-spacing-2x-small) 0 0;
        font-style: italic;
      }
    `,
  ];
  static override properties = {
    type: { type: String },
    name: { type: String },
    entries: { attribute: false },
    restorable: { attribute: false },
    names: { attribute: false },
  };

  type: RecordType = "contact-points";
  /** The record's name, for the table's caption. */
  name = "";
  entries: HistoryEntry[] = [];
  restorable: Set<number> = new Set();
  /** Names of the partners, contact points and regions the values point at (history-names.ts). */
  names: NameLookup = new Map();

  private readonly msg = new LocalizeController(this, historyMessages);

  private get format() {
    return new EntryFormatter(this.msg.lang);
  }

  /** Values on one line; translations keep their language. */
  private get valueContext(): ValueContext {
    return { lang: this.msg.lang, type: this.type, names: this.names, inline: true };
  }

  private value(field: string, value: unknown, which: "before" | "after") {
    const context = this.valueContext;
    const label = html`<span class="visually-hidden">${this.msg.t(which)}: </span>`;
    if (valueText(field, value, context).length <= SHORT) {
      return html`<span class="value ${which}">${label}${formatValue(field, value, context)}</span>`;
    }
    return html`<span class="value ${which}"
        >${label}${formatValue(field, value, { ...context, maxLength: SHORT - 20 })}</span
      >
      <sl-details summary="${this.msg.t("showAll")} (${this.format.field(field)}, ${this.msg.t(which)})">
        <span class="value">${formatValue(field, value, { ...context, inline: false })}</span>
      </sl-details>`;
  }

  private change(entry: HistoryEntry, change: FieldChange) {
    const created = entry.action === "CREATE" || (change.before === null && entry.action === "IMPORT");
    return html`<li>
      <span class="field">${this.format.field(change.field)}:</span>
      ${
        created
          ? this.value(change.field, change.after, "after")
          : html`${this.value(change.field, change.before, "before")} <span aria-hidden="true">→</span>
            ${this.value(change.field, change.after, "after")}`
      }
    </li>`;
  }

  private changes(entry: HistoryEntry) {
    const changes = changesOf(entry);
    const list =
      changes.length === 0
        ? html`<span class="muted">${this.msg.t("noChanges")}</span>`
        : html`<ul>${changes.map((c) => this.change(entry, c))}</ul>`;
    return html`${
      changes.length > MANY_FIELDS
        ? html`<sl-details summary=${changes.map((c) => this.format.field(c.field)).join(", ")}>${list}</sl-details>`
        : list
    }
    ${entry.reason ? html`<p class="reason">${this.msg.t("reason", { reason: entry.reason })}</p>` : nothing}`;
  }

  private restore(entry: HistoryEntry) {
    this.dispatchEvent(new CustomEvent("kausa-restore", { detail: entry, bubbles: true, composed: true }));
  }

  override render() {
    const format = this.format;
    return html`<div class="table-wrap">
      <table>
        <caption class="visually-hidden">${this.msg.t("caption", { name: this.name })}</caption>
        <thead>
          <tr>
            <th scope="col">${this.msg.t("col.at")}</th>
            <th scope="col">${this.msg.t("col.who")}</th>
            <th scope="col">${this.msg.t("col.action")}</th>
            <th scope="col">${this.msg.t("col.changes")}</th>
            <th scope="col">${this.msg.t("col.restore")}</th>
          </tr>
        </thead>
        <tbody>
          ${this.entries.map(
            (entry) => html`<tr>
              <td class="at">${format.dateTime(entry.at)}</td>
              <td>${format.actor(entry.actorLabel)}</td>
              <td class="action">${this.msg.t(`action.${entry.action}`)}</td>
              <td class="changes">${this.changes(entry)}</td>
              <td>
                ${
                  this.restorable.has(entry.id)
                    ? html`<sl-button size="small" @click=${() => this.restore(entry)}>
                        ${this.msg.t("restore")}<span class="visually-hidden">
                          (${this.msg.t("restoreOf", { at: format.dateTime(entry.at) })})</span
                        >
                      </sl-button>`
                    : nothing
                }
              </td>
            </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }
}
customElements.define("kausa-history-table", KausaHistoryTable);
