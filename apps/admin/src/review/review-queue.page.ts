import { ContextConsumer } from "@lit/context";
import { Task } from "@lit/task";
import { html, LitElement, nothing } from "lit";
import { run } from "../api/client.ts";
import { clientContext, isStaff, sessionContext } from "../app/context.ts";
import { adminPath } from "../app/navigation.ts";
import { common } from "../i18n/common.messages.ts";
import { LocalizeController } from "../i18n/localize.controller.ts";
import { RECORD_TYPE_OF_ENTITY, recordTypeTexts } from "../records/record-types.ts";
import "../shared/error-alert.ts";
import "../shared/pager.ts";
import { pageStyles } from "../styles/page.styles.ts";
import { decisionNotice } from "./decision-notice.ts";
import { loadRecordNames, nameOf } from "./record-names.ts";
import { type ChangeRequestItem, REVIEW_QUEUE } from "./review.documents.ts";
import { reviewMessages, waitingTime } from "./review.messages.ts";
import { reviewStyles } from "./review.styles.ts";

const PAGE_SIZE = 20;

/** What the status filter offers, and the API's states behind each choice. */
const FILTERS = {
  open: ["OPEN"],
  decided: ["APPROVED", "REJECTED"],
  draft: ["DRAFT"],
} as const;
type Filter = keyof typeof FILTERS;
const isFilter = (value: string | null): value is Filter => value !== null && Object.hasOwn(FILTERS, value);

/**
 * The review queue: partner editors' proposals and new entries waiting for staff, oldest first;
 * the decided ones and the not yet submitted ones behind the filter (`?status=decided`).
 * Partner editors see their own organisation's items here, to follow the decisions.
 *
 * @tagname kausa-review-queue-page
 */
export class KausaReviewQueuePage extends LitElement {
  static override styles = [pageStyles, reviewStyles];
  static override properties = {
    filter: { state: true },
    page: { state: true },
    notice: { state: true },
  };

  /** @internal */
  filter: Filter = "open";
  /** @internal 1-based. */
  page = 1;
  /** @internal The result of the decision just made on the item page. */
  notice: string | null = null;
  /** `after` of each page visited: the API pages by cursor, the pager by number. */
  private cursors: (string | null)[] = [null];

  private readonly msg = new LocalizeController(this, reviewMessages);
  private readonly common = new LocalizeController(this, common);
  private readonly types = new LocalizeController(this, recordTypeTexts);
  private readonly client = new ContextConsumer(this, { context: clientContext });
  private readonly session = new ContextConsumer(this, { context: sessionContext, subscribe: true });

  private readonly items = new Task(this, {
    args: () => [this.filter, this.page, this.msg.lang] as const,
    task: async ([filter, page, lang], { signal }) => {
      const client = this.client.value!;
      const { reviewQueue } = await run(
        client,
        REVIEW_QUEUE,
        { first: PAGE_SIZE, after: this.cursors[page - 1] ?? null, status: [...FILTERS[filter]] },
        { signal },
      );
      this.cursors[page] = reviewQueue.pageInfo.endCursor ?? null;
      const items = reviewQueue.edges.map((e) => e.node);
      const names = await loadRecordNames(client, items, lang, signal);
      return { items, names, total: reviewQueue.totalCount };
    },
  });

  override connectedCallback() {
    super.connectedCallback();
    const status = new URLSearchParams(location.search).get("status");
    if (isFilter(status)) this.filter = status;
    this.notice = decisionNotice.take();
  }

  override firstUpdated() {
    document.title = `${this.msg.t("queueTitle")} – ${this.common.t("appName")}`;
  }

  private choose(filter: Filter) {
    if (filter === this.filter) return;
    this.filter = filter;
    this.page = 1;
    this.cursors = [null];
    this.notice = null;
    const url = new URL(location.href);
    if (filter === "open") url.searchParams.delete("status");
    else url.searchParams.set("status", filter);
    history.replaceState(history.state, "", url);
  }

  override render() {
    const staff = isStaff(this.session.value?.me ?? null);
    return html`<h1>${this.msg.t("queueTitle")}</h1>
      <p class="intro">${this.msg.t(staff ? "queueIntroStaff" : "queueIntroPartner")}</p>
      <div role="status">
        ${this.notice ? html`<sl-alert class="notice" variant="success" open>${this.notice}</sl-alert>` : nothing}
      </div>
      <div class="toolbar">
        <sl-select
          class="status-filter"
          label=${this.msg.t("show")}
          value=${this.filter}
          @sl-change=${(e: Event) => this.choose((e.target as HTMLSelectElement).value as Filter)}
        >
          ${(Object.keys(FILTERS) as Filter[]).map(
            (f) => html`<sl-option value=${f}>${this.msg.t(`filter.${f}`)}</sl-option>`,
          )}
        </sl-select>
      </div>
      ${this.items.render({
        pending: () => html`<sl-spinner aria-label=${this.common.t("loading")}></sl-spinner>`,
        error: (error) => html`<kausa-error-alert .error=${error}></kausa-error-alert>`,
        complete: ({ items, names, total }) => this.renderTable(items, names, total),
      })}`;
  }

  private renderTable(items: ChangeRequestItem[], names: Map<string, string>, total: number) {
    if (!items.length) {
      return html`<p>${this.msg.t(this.filter === "open" ? "emptyOpen" : "empty")}</p>`;
    }
    const decided = this.filter === "decided";
    return html`<div class="table-wrap">
        <table>
          <caption class="visually-hidden">${this.msg.t("queueCaption")}</caption>
          <thead>
            <tr>
              <th scope="col">${this.msg.t("col.record")}</th>
              <th scope="col">${this.msg.t("col.kind")}</th>
              <th scope="col">${this.msg.t("col.submitted")}</th>
              <th scope="col">${this.msg.t(decided ? "col.decided" : "col.age")}</th>
              <th scope="col">${this.msg.t("col.status")}</th>
            </tr>
          </thead>
          <tbody>
            ${items.map((item) => {
              const type = RECORD_TYPE_OF_ENTITY[item.entityType];
              return html`<tr>
                <th scope="row">
                  <a href=${adminPath(`/review/${encodeURIComponent(item.id)}`)}>${nameOf(names, item) || this.msg.t("unnamed")}</a>
                  ${type ? html`<div class="muted">${this.types.t(`one.${type}`)}</div>` : nothing}
                </th>
                <td>${this.msg.t(`kind.${item.kind}`)}</td>
                <td>${item.submittedAt ? this.msg.dateTime(item.submittedAt) : this.msg.t("change.DRAFT")}</td>
                <td>
                  ${decided ? this.msg.dateTime(item.decidedAt) : waitingTime(item.submittedAt ?? item.createdAt, this.msg.lang)}
                </td>
                <td>${this.msg.t(`change.${item.status}`)}</td>
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
}
customElements.define("kausa-review-queue-page", KausaReviewQueuePage);
