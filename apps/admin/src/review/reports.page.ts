import { ContextConsumer } from "@lit/context";
import { Task } from "@lit/task";
import { html, LitElement, nothing } from "lit";
import { run } from "../api/client.ts";
import { outcomeOf } from "../api/outcome.ts";
import { clientContext, isStaff, sessionContext } from "../app/context.ts";
import { common } from "../i18n/common.messages.ts";
import { LocalizeController } from "../i18n/localize.controller.ts";
import { RECORD_TYPE_OF_ENTITY, recordPath, recordTypeTexts } from "../records/record-types.ts";
import { describeError } from "../shared/error-alert.ts";
import "../shared/error-alert.ts";
import "../shared/pager.ts";
import { pageStyles } from "../styles/page.styles.ts";
import type { KausaCommentDialog } from "./comment-dialog.ts";
import "./comment-dialog.ts";
import { loadRecordNames, nameOf } from "./record-names.ts";
import { OUTDATED_REPORTS, RESOLVE_REPORT, type ReportItem } from "./review.documents.ts";
import { reviewMessages } from "./review.messages.ts";
import { reviewStyles } from "./review.styles.ts";

const PAGE_SIZE = 20;
const FILTERS = { open: ["OPEN"], done: ["RESOLVED", "DISMISSED"] } as const;
type Filter = keyof typeof FILTERS;

/**
 * Visitors' reports that something is out of date, oldest first: staff (and the partner's
 * editors, for their organisation) mark them done or, staff only, dismiss them, with a note.
 *
 * @tagname kausa-reports-page
 */
export class KausaReportsPage extends LitElement {
  static override styles = [pageStyles, reviewStyles];
  static override properties = {
    filter: { state: true },
    page: { state: true },
    notice: { state: true },
    problem: { state: true },
    action: { state: true },
    busy: { state: true },
  };

  /** @internal */
  filter: Filter = "open";
  /** @internal */
  page = 1;
  /** @internal The last action's result. */
  notice = "";
  /** @internal Why the last action failed. */
  problem = "";
  /** @internal The report the dialog is about, and whether it is dismissed or done. */
  action: { report: ReportItem; name: string; dismiss: boolean } | null = null;
  /** @internal */
  busy = false;
  private cursors: (string | null)[] = [null];

  private readonly msg = new LocalizeController(this, reviewMessages);
  private readonly common = new LocalizeController(this, common);
  private readonly types = new LocalizeController(this, recordTypeTexts);
  private readonly client = new ContextConsumer(this, { context: clientContext });
  private readonly session = new ContextConsumer(this, { context: sessionContext, subscribe: true });

  private readonly reports = new Task(this, {
    args: () => [this.filter, this.page, this.msg.lang] as const,
    task: async ([filter, page, lang], { signal }) => {
      const client = this.client.value!;
      const { outdatedReports } = await run(
        client,
        OUTDATED_REPORTS,
        { first: PAGE_SIZE, after: this.cursors[page - 1] ?? null, status: [...FILTERS[filter]] },
        { signal },
      );
      this.cursors[page] = outdatedReports.pageInfo.endCursor ?? null;
      const items = outdatedReports.edges.map((e) => e.node);
      const names = await loadRecordNames(client, items, lang, signal);
      return { items, names, total: outdatedReports.totalCount };
    },
  });

  override connectedCallback() {
    super.connectedCallback();
    if (new URLSearchParams(location.search).get("status") === "done") this.filter = "done";
  }

  override firstUpdated() {
    document.title = `${this.msg.t("reportsTitle")} – ${this.common.t("appName")}`;
  }

  private choose(filter: Filter) {
    if (filter === this.filter) return;
    this.filter = filter;
    this.page = 1;
    this.cursors = [null];
    this.notice = "";
    this.problem = "";
    const url = new URL(location.href);
    if (filter === "open") url.searchParams.delete("status");
    else url.searchParams.set("status", filter);
    history.replaceState(history.state, "", url);
  }

  private async open(report: ReportItem, name: string, dismiss: boolean) {
    this.action = { report, name, dismiss };
    await this.updateComplete;
    await this.renderRoot.querySelector<KausaCommentDialog>("kausa-comment-dialog")?.show();
  }

  private async close(note: string) {
    if (!this.action) return;
    const { report, name, dismiss } = this.action;
    const dialog = this.renderRoot.querySelector<KausaCommentDialog>("kausa-comment-dialog");
    this.busy = true;
    this.problem = "";
    this.notice = "";
    try {
      const { resolveReport } = await run(this.client.value!, RESOLVE_REPORT, {
        id: report.id,
        dismiss,
        note: note || null,
      });
      const outcome = outcomeOf<ReportItem>(resolveReport);
      if (outcome.kind === "ok") {
        this.notice = this.msg.t(dismiss ? "dismissedNotice" : "resolvedNotice", { name });
      } else {
        const status = outcome.kind === "state" ? outcome.currentStatus : "";
        this.problem = this.msg.t("reportClosed", {
          status: status === "RESOLVED" || status === "DISMISSED" ? this.msg.t(`report.${status}`) : status,
        });
      }
      dialog?.hide();
      void this.reports.run();
      // The row and its button are gone: the heading is the next sensible place for the focus.
      this.renderRoot.querySelector<HTMLElement>("h1")?.focus();
    } catch (error) {
      dialog?.hide();
      this.problem = describeError(this.common, error);
    } finally {
      this.busy = false;
    }
  }

  override render() {
    const action = this.action;
    return html`<h1 tabindex="-1">${this.msg.t("reportsTitle")}</h1>
      <p class="intro">${this.msg.t("reportsIntro")}</p>
      <div role="status">${this.notice ? html`<sl-alert class="notice" variant="success" open>${this.notice}</sl-alert>` : nothing}</div>
      <div role="alert">${this.problem ? html`<sl-alert class="notice" variant="danger" open>${this.problem}</sl-alert>` : nothing}</div>
      <div class="toolbar">
        <sl-select
          class="status-filter"
          label=${this.msg.t("show")}
          value=${this.filter}
          @sl-change=${(e: Event) => this.choose((e.target as HTMLSelectElement).value as Filter)}
        >
          <sl-option value="open">${this.msg.t("filter.open")}</sl-option>
          <sl-option value="done">${this.msg.t("filter.done")}</sl-option>
        </sl-select>
      </div>
      ${this.reports.render({
        pending: () =>
          this.reports.value
            ? this.renderTable(this.reports.value)
            : html`<sl-spinner aria-label=${this.common.t("loading")}></sl-spinner>`,
        error: (error) => html`<kausa-error-alert .error=${error}></kausa-error-alert>`,
        complete: (value) => this.renderTable(value),
      })}
      <kausa-comment-dialog
        label=${action ? this.msg.t(action.dismiss ? "dismissTitle" : "resolveTitle") : ""}
        intro=${action ? `${this.msg.t("forRecord", { name: action.name })}. ${this.msg.t(action.dismiss ? "dismissIntro" : "resolveIntro")}` : ""}
        field-label=${this.msg.t("note")}
        help-text=${this.msg.t("noteHelp")}
        confirm-label=${action ? this.msg.t(action.dismiss ? "dismiss" : "resolve") : ""}
        ?busy=${this.busy}
        @kausa-confirm=${(e: CustomEvent<{ comment: string }>) => this.close(e.detail.comment)}
      ></kausa-comment-dialog>`;
  }

  private renderTable({
    items,
    names,
    total,
  }: {
    items: ReportItem[];
    names: Map<string, string>;
    total: number;
  }) {
    if (!items.length)
      return html`<p>${this.msg.t(this.filter === "open" ? "reportsEmptyOpen" : "empty")}</p>`;
    const open = this.filter === "open";
    const staff = isStaff(this.session.value?.me ?? null);
    return html`<div class="table-wrap">
        <table>
          <caption class="visually-hidden">${this.msg.t("reportsCaption")}</caption>
          <thead>
            <tr>
              <th scope="col">${this.msg.t("col.record")}</th>
              <th scope="col">${this.msg.t("col.reason")}</th>
              <th scope="col" class="wide">${this.msg.t("col.message")}</th>
              <th scope="col">${this.msg.t("col.reported")}</th>
              <th scope="col">${this.msg.t(open ? "col.actions" : "col.outcome")}</th>
            </tr>
          </thead>
          <tbody>
            ${items.map((report) => {
              const type = RECORD_TYPE_OF_ENTITY[report.entityType];
              const name = nameOf(names, report) || this.msg.t("unnamed");
              return html`<tr>
                <th scope="row">
                  ${type ? html`<a href=${recordPath(type, report.entityId)}>${name}</a>` : name}
                  ${type ? html`<div class="muted">${this.types.t(`one.${type}`)}</div>` : nothing}
                </th>
                <td>${this.msg.t(`reason.${report.reason}`)}</td>
                <td class="comment">${report.message || html`<span class="muted">${this.msg.t("noMessage")}</span>`}</td>
                <td>${this.msg.dateTime(report.createdAt)}</td>
                <td class=${open ? "actions-cell" : ""}>
                  ${open ? this.renderActions(report, name, staff) : this.renderOutcome(report)}
                </td>
              </tr>`;
            })}
          </tbody>
        </table>
      </div>
      <kausa-pager
        page=${this.page}
        pages=${Math.ceil(total / PAGE_SIZE)}
        total=${total}
        @kausa-page=${(e: CustomEvent<{ page: number }>) => {
          this.page = e.detail.page;
        }}
      ></kausa-pager>`;
  }

  private renderActions(report: ReportItem, name: string, staff: boolean) {
    const context = html`<span class="visually-hidden">(${this.msg.t("forRecord", { name })})</span>`;
    return html`<sl-button size="small" variant="primary" ?disabled=${this.busy} @click=${() => this.open(report, name, false)}>
        ${this.msg.t("resolve")}${context}
      </sl-button>
      ${
        // Calling a report unfounded is KAUSA staff's decision (the API refuses it to partner editors).
        staff
          ? html`<sl-button size="small" ?disabled=${this.busy} @click=${() => this.open(report, name, true)}>
            ${this.msg.t("dismiss")}${context}
          </sl-button>`
          : nothing
      }`;
  }

  private renderOutcome(report: ReportItem) {
    const status = report.status === "OPEN" ? "OPEN" : report.status;
    return html`<div>${this.msg.t("closedAt", { status: this.msg.t(`report.${status}`), date: this.msg.dateTime(report.resolvedAt) })}</div>
      ${report.resolution ? html`<p class="comment">${report.resolution}</p>` : nothing}`;
  }
}
customElements.define("kausa-reports-page", KausaReportsPage);
