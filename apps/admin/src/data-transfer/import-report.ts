import { css, html, LitElement, nothing } from "lit";
import type { ResultOf } from "../api/graphql.ts";
import { LocalizeController } from "../i18n/localize.controller.ts";
import { pageStyles } from "../styles/page.styles.ts";
import type { IMPORT_DATA } from "./data-transfer.documents.ts";
import { type DataTransferKey, dataTransferMessages } from "./data-transfer.messages.ts";
import "./import-rows.ts";

export type ImportReport = ResultOf<typeof IMPORT_DATA>["importData"];
type Problem = ImportReport["problems"][number];

/**
 * What a dry run found, or what an import did: the counts as one sentence ("120 Zeilen: 100 neu,
 * 18 geändert, 2 fehlerhaft"), then every row with its result (kausa-import-rows: problems stand
 * in their row). Problems without a listed row (the whole file, the header, rows after the
 * listed ones) get a table of their own, in plain words first and the API's exact message after it.
 *
 * @tagname kausa-import-report
 */
export class KausaImportReport extends LitElement {
  static override styles = [
    pageStyles,
    css`
      .code {
        font-weight: var(--sl-font-weight-semibold);
      }
      sl-alert {
        margin-block: var(--sl-spacing-medium);
      }
    `,
  ];
  static override properties = { report: { attribute: false } };
  report: ImportReport | null = null;

  private readonly msg = new LocalizeController(this, dataTransferMessages);

  /** Rows with at least one problem (the whole-file problems have no row). */
  private badRows(report: ImportReport): number {
    return new Set(report.problems.filter((p) => p.row !== null).map((p) => p.row)).size;
  }

  private codeText(code: string): string {
    const key = `code.${code}` as DataTransferKey;
    return key in dataTransferMessages.de ? this.msg.t(key) : code;
  }

  private problemRow(problem: Problem) {
    return html`<tr>
      <th scope="row">${problem.row ?? this.msg.t("wholeFile")}</th>
      <td>${problem.column ?? "–"}</td>
      <td><span class="code">${this.codeText(problem.code)}:</span> ${problem.message}</td>
    </tr>`;
  }

  private outcome(report: ImportReport) {
    const n = (value: number) => this.msg.number(value);
    if (report.applied)
      return html`<sl-alert variant="success" open>
        ${this.msg.t("applied", { created: n(report.created), updated: n(report.updated), unchanged: n(report.unchanged) })}
        ${report.created > 0 ? this.msg.t("appliedDrafts") : nothing}
      </sl-alert>`;
    if (report.problemCount > 0)
      return html`<sl-alert variant="danger" open>${this.msg.t("badCheck", { count: n(report.problemCount) })}</sl-alert>`;
    if (report.dryRun) return html`<sl-alert variant="success" open>${this.msg.t("cleanCheck")}</sl-alert>`;
    return html`<sl-alert variant="warning" open>${this.msg.t("notApplied")}</sl-alert>`;
  }

  override render() {
    const report = this.report;
    if (!report) return nothing;
    const n = (value: number) => this.msg.number(value);
    const listed = new Set(report.rowResults.map((r) => r.row));
    const unlisted = report.problems.filter((p) => p.row === null || !listed.has(p.row));
    return html`<h2>${this.msg.t(report.dryRun ? "reportTitle" : "resultTitle")}</h2>
      <p>
        ${this.msg.t("summary", {
          rows: n(report.rows),
          created: n(report.created),
          updated: n(report.updated),
          unchanged: n(report.unchanged),
          bad: n(this.badRows(report)),
        })}
      </p>
      ${this.outcome(report)}
      ${
        report.rowResultsTruncated
          ? html`<p>${this.msg.t("rowsTruncated", { shown: n(report.rowResults.length), rows: n(report.rows) })}</p>`
          : nothing
      }
      ${
        unlisted.length
          ? html`<div class="table-wrap">
              <table>
                <caption>${this.msg.t(report.rowResults.length ? "fileProblemsCaption" : "problemsCaption")}</caption>
                <thead>
                  <tr>
                    <th scope="col">${this.msg.t("row")}</th>
                    <th scope="col">${this.msg.t("column")}</th>
                    <th scope="col">${this.msg.t("problem")}</th>
                  </tr>
                </thead>
                <tbody>${unlisted.map((p) => this.problemRow(p))}</tbody>
              </table>
            </div>`
          : nothing
      }
      ${
        report.problemCount > report.problems.length
          ? html`<p class="muted">${this.msg.t("moreProblems", { shown: n(report.problems.length), count: n(report.problemCount) })}</p>`
          : nothing
      }
      <kausa-import-rows .rows=${report.rowResults} .problems=${report.problems}></kausa-import-rows>`;
  }
}
customElements.define("kausa-import-report", KausaImportReport);
