import { css, html, LitElement, nothing, type PropertyValues } from "lit";
import { LocalizeController } from "../i18n/localize.controller.ts";
import { fieldLabel } from "../shared/values/field-labels.ts";
import "../shared/pager.ts";
import { pageStyles } from "../styles/page.styles.ts";
import { type DataTransferKey, dataTransferMessages } from "./data-transfer.messages.ts";
import type { ImportReport } from "./import-report.ts";

type RowResult = ImportReport["rowResults"][number];
type Problem = ImportReport["problems"][number];
const FILTERS = ["ALL", "PROBLEM", "CREATE", "UPDATE", "UNCHANGED"] as const;
type Filter = (typeof FILTERS)[number];
/** Rows per page: 2,000 rows as one table would be slow to read and to render. */
const PAGE_SIZE = 100;

/**
 * The report row by row: spreadsheet row, key, name and what happens to it (new, changed with the
 * changed fields, unchanged, or the row's problems). A filter narrows it to one result (e.g. only
 * the rows with errors) and a pager splits long lists.
 *
 * @tagname kausa-import-rows
 */
export class KausaImportRows extends LitElement {
  static override styles = [
    pageStyles,
    css`
      .filter {
        max-width: 20rem;
        margin-block-end: var(--sl-spacing-medium);
      }
      .action {
        font-weight: var(--sl-font-weight-semibold);
      }
      .action.PROBLEM {
        color: var(--sl-color-danger-700);
      }
      .action.CREATE {
        color: var(--sl-color-success-700);
      }
      ul {
        margin: 0;
        padding-inline-start: var(--sl-spacing-large);
      }
      td {
        overflow-wrap: anywhere;
      }
      kausa-pager {
        display: block;
        margin-block-start: var(--sl-spacing-medium);
      }
    `,
  ];
  static override properties = {
    rows: { attribute: false },
    problems: { attribute: false },
    filter: { state: true },
    page: { state: true },
  };
  rows: RowResult[] = [];
  /** The report's problems; each is shown in its row. */
  problems: Problem[] = [];
  /** @internal */
  filter: Filter = "ALL";
  /** @internal */
  page = 1;

  private readonly msg = new LocalizeController(this, dataTransferMessages);

  override willUpdate(changed: PropertyValues<this>) {
    if (changed.has("rows")) {
      this.filter = "ALL";
      this.page = 1;
    }
  }

  private codeText(code: string): string {
    const key = `code.${code}` as DataTransferKey;
    return key in dataTransferMessages.de ? this.msg.t(key) : code;
  }

  private problemText(problem: Problem): string {
    const column = problem.column ? ` (${this.msg.t("inColumn", { column: problem.column })})` : "";
    return `${this.codeText(problem.code)}${column}: ${problem.message}`;
  }

  private result(row: RowResult, problems: Problem[]) {
    const label = html`<span class="action ${row.action}">${this.msg.t(`action.${row.action}`)}</span>`;
    if (row.action === "UPDATE" && row.changedFields.length) {
      const fields = row.changedFields.map((f) => fieldLabel(this.msg.lang, f)).join(", ");
      return html`<span class="action">${this.msg.t("action.UPDATE")}:</span> ${fields}`;
    }
    if (row.action !== "PROBLEM" || !problems.length) return label;
    if (problems.length === 1)
      return html`<span class="action PROBLEM">${this.msg.t("action.PROBLEM")}:</span> ${this.problemText(problems[0]!)}`;
    return html`<span class="action PROBLEM">${this.msg.t("action.PROBLEM")}:</span>
      <ul>
        ${problems.map((p) => html`<li>${this.problemText(p)}</li>`)}
      </ul>`;
  }

  private onFilter(event: Event) {
    this.filter = (event.target as HTMLSelectElement).value as Filter;
    this.page = 1;
  }

  override render() {
    if (!this.rows.length) return nothing;
    const byRow = new Map<number, Problem[]>();
    for (const p of this.problems) if (p.row !== null) byRow.set(p.row, [...(byRow.get(p.row) ?? []), p]);
    const shown = this.filter === "ALL" ? this.rows : this.rows.filter((r) => r.action === this.filter);
    const pages = Math.max(1, Math.ceil(shown.length / PAGE_SIZE));
    const page = Math.min(this.page, pages);
    const slice = shown.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
    return html`<h3>${this.msg.t("rowsCaption")}</h3>
      <sl-select
        class="filter"
        label=${this.msg.t("show")}
        value=${this.filter}
        @sl-change=${this.onFilter}
      >
        ${FILTERS.map((f) => html`<sl-option value=${f}>${this.msg.t(`show.${f}`)}</sl-option>`)}
      </sl-select>
      ${
        slice.length
          ? html`<div class="table-wrap">
              <table aria-describedby="rows-help">
                <caption class="visually-hidden">${this.msg.t("rowsCaption")}</caption>
                <thead>
                  <tr>
                    <th scope="col">${this.msg.t("row")}</th>
                    <th scope="col">${this.msg.t("key")}</th>
                    <th scope="col">${this.msg.t("name")}</th>
                    <th scope="col">${this.msg.t("result")}</th>
                  </tr>
                </thead>
                <tbody>
                  ${slice.map(
                    (row) => html`<tr>
                      <th scope="row">${row.row}</th>
                      <td>${row.key ?? "–"}</td>
                      <td>${row.name ?? "–"}</td>
                      <td>${this.result(row, byRow.get(row.row) ?? [])}</td>
                    </tr>`,
                  )}
                </tbody>
              </table>
            </div>`
          : html`<p class="muted">${this.msg.t("noRowsShown")}</p>`
      }
      <p id="rows-help" class="muted">${this.msg.t("rowsHelp")}</p>
      ${
        pages > 1
          ? html`<kausa-pager
              page=${page}
              pages=${pages}
              total=${shown.length}
              @kausa-page=${(e: CustomEvent<{ page: number }>) => {
                this.page = e.detail.page;
              }}
            ></kausa-pager>`
          : nothing
      }`;
  }
}
customElements.define("kausa-import-rows", KausaImportRows);
