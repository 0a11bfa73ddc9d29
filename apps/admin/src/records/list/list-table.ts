import { css, html, LitElement, nothing } from "lit";
import { LocalizeController } from "../../i18n/localize.controller.ts";
import { pageStyles } from "../../styles/page.styles.ts";
import "../../shared/status-badge.ts";
import { type RecordType, recordPath } from "../record-types.ts";
import { kindName } from "./kind.messages.ts";
import { listMessages } from "./list.messages.ts";
import { isStale } from "./list-filters.ts";
import type { ListRow } from "./list-query.ts";

type Column =
  | "name"
  | "status"
  | "kind"
  | "partner"
  | "place"
  | "verified"
  | "reports"
  | "pending"
  | "updated";

/** The columns each kind of record has (contact points have no kind, networks no partner …). */
const COLUMNS: Record<RecordType, Column[]> = {
  "contact-points": ["name", "status", "partner", "place", "verified", "reports", "pending", "updated"],
  partners: ["name", "status", "kind", "verified", "reports", "pending", "updated"],
  offers: ["name", "status", "kind", "partner", "verified", "reports", "pending", "updated"],
  networks: ["name", "status", "kind", "place", "verified", "reports", "pending", "updated"],
};

/**
 * One page of an editing list as a table; the name links to the record's edit page. Inside
 * .table-wrap it scrolls sideways on narrow screens instead of squeezing the columns.
 *
 * @tagname kausa-record-list-table
 */
export class KausaRecordListTable extends LitElement {
  static override styles = [
    pageStyles,
    css`
      td.number {
        text-align: end;
      }
      td {
        white-space: nowrap;
      }
      td.text {
        white-space: normal;
        min-width: 10rem;
      }
      td.name {
        min-width: 14rem;
      }
      .stale {
        display: inline-block;
        margin-inline-start: var(--sl-spacing-2x-small);
        padding: 0 var(--sl-spacing-2x-small);
        border: 1px solid var(--sl-color-warning-700);
        border-radius: var(--sl-border-radius-small);
        color: var(--sl-color-warning-800);
        font-size: var(--sl-font-size-small);
      }
      .waiting {
        color: var(--sl-color-warning-800);
        font-weight: var(--sl-font-weight-semibold);
      }
    `,
  ];
  static override properties = {
    type: { type: String },
    rows: { attribute: false },
    caption: { type: String },
  };

  type: RecordType = "contact-points";
  rows: ListRow[] = [];
  caption = "";

  private readonly msg = new LocalizeController(this, listMessages);

  private heading(column: Column) {
    if (column === "name") return this.msg.t(this.type === "offers" ? "col.title" : "col.name");
    if (column === "place") return this.msg.t(this.type === "networks" ? "col.region" : "col.place");
    return this.msg.t(`col.${column}`);
  }

  private cell(column: Column, row: ListRow) {
    switch (column) {
      case "name":
        return html`<td class="text name"><a href=${recordPath(this.type, row.id)}>${row.name}</a></td>`;
      case "status":
        return html`<td><kausa-status-badge status=${row.status}></kausa-status-badge></td>`;
      case "kind":
        return html`<td class="text">${kindName(this.type, row.kind, this.msg.lang)}</td>`;
      case "partner":
        return html`<td class="text">${row.partner}</td>`;
      case "place":
        return html`<td class="text">${row.place || "–"}</td>`;
      case "verified":
        return html`<td>
          ${row.lastVerifiedAt ? this.msg.date(row.lastVerifiedAt) : this.msg.t("never")}
          ${isStale(row.lastVerifiedAt) ? html`<span class="stale">${this.msg.t("staleMarker")}</span>` : nothing}
        </td>`;
      case "reports":
        return html`<td class="number">${this.msg.number(row.openReports)}</td>`;
      case "pending":
        return html`<td>
          ${
            row.pendingChanges > 0
              ? html`<span class="waiting">${this.msg.t("waiting")}</span>`
              : html`<span class="muted">${this.msg.t("none")}</span>`
          }
        </td>`;
      case "updated":
        return html`<td>${this.msg.dateTime(row.updatedAt)}</td>`;
    }
  }

  override render() {
    const columns = COLUMNS[this.type];
    return html`<div class="table-wrap">
      <table>
        <caption class="visually-hidden">${this.caption}</caption>
        <thead>
          <tr>${columns.map((c) => html`<th scope="col">${this.heading(c)}</th>`)}</tr>
        </thead>
        <tbody>
          ${this.rows.map((row) => html`<tr>${columns.map((c) => this.cell(c, row))}</tr>`)}
        </tbody>
      </table>
    </div>`;
  }
}
customElements.define("kausa-record-list-table", KausaRecordListTable);
