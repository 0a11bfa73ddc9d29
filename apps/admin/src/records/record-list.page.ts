import { ContextConsumer } from "@lit/context";
import { Task, TaskStatus } from "@lit/task";
import type { Client } from "@urql/core";
import { css, html, LitElement, nothing, type PropertyValues } from "lit";
import { clientContext, isStaff, sessionContext } from "../app/context.ts";
import { common } from "../i18n/common.messages.ts";
import { LocalizeController } from "../i18n/localize.controller.ts";
import "../shared/error-alert.ts";
import "../shared/pager.ts";
import { pageStyles } from "../styles/page.styles.ts";
import {
  apiFilter,
  EMPTY_FILTERS,
  filterKey,
  filtersToSearch,
  hasAnyFilter,
  hasPartnerFilter,
  type ListFilters,
  PAGE_SIZE,
  parseFilters,
} from "./list/list-filters.ts";
import { loadDistrictOptions, loadPartnerOptions } from "./list/list-options.ts";
import { type ListPage, loadPage, PageCursors, skipRows } from "./list/list-query.ts";
import "./list/list-table.ts";
import "./list/list-toolbar.ts";
import { listMessages } from "./list/list.messages.ts";
import type { FilterChange, Option } from "./list/list-toolbar.ts";
import { isRecordType, type RecordType, recordTypeTexts } from "./record-types.ts";

/**
 * The editing list of one kind of record: filters (kept in the URL), a page of rows, the pager.
 *
 * @tagname kausa-record-list-page
 */
export class KausaRecordListPage extends LitElement {
  static override styles = [
    pageStyles,
    css`
      .head {
        display: flex;
        flex-wrap: wrap;
        justify-content: space-between;
        align-items: baseline;
        gap: var(--sl-spacing-medium);
      }
      .count {
        font-weight: var(--sl-font-weight-semibold);
      }
      kausa-pager {
        display: block;
        margin-block-start: var(--sl-spacing-medium);
      }
    `,
  ];
  static override properties = {
    type: { type: String },
    filters: { state: true },
  };

  type = "";
  /** @internal What the list shows; mirrors the URL's query. */
  filters: ListFilters = EMPTY_FILTERS;

  private readonly msg = new LocalizeController(this, listMessages);
  private readonly names = new LocalizeController(this, recordTypeTexts);
  private readonly common = new LocalizeController(this, common);
  private readonly client = new ContextConsumer(this, { context: clientContext });
  private readonly session = new ContextConsumer(this, { context: sessionContext, subscribe: true });
  private readonly cursors = new PageCursors();
  /** The query string the filters were last read from or written to. */
  private shownSearch = "";
  /** The last URL change came from typing in the search box (the next one replaces it). */
  private typing = false;

  private get recordType(): RecordType {
    return isRecordType(this.type) ? this.type : "contact-points";
  }

  private get staff() {
    return isStaff(this.session.value?.me ?? null);
  }

  private readonly list = new Task(this, {
    args: () => [this.recordType, this.filters, this.staff] as const,
    task: async ([type, filters, staff], { signal }) => this.load(type, filters, staff, signal),
    onComplete: (page) => {
      // A link to a page the list no longer has (fewer entries now): show its last page.
      const pages = Math.max(1, Math.ceil(page.total / PAGE_SIZE));
      if (this.filters.page > pages) this.apply({ ...this.filters, page: pages }, "replace");
    },
  });

  private readonly options = new Task(this, {
    args: () => [this.recordType, this.staff] as const,
    task: async ([type, staff]) => {
      const [districts, partners] = await Promise.all([
        type === "contact-points" ? this.optionsOnce("districts", loadDistrictOptions) : [],
        staff && hasPartnerFilter(type) ? this.optionsOnce("partners", loadPartnerOptions) : [],
      ]);
      return { districts, partners };
    },
  });
  private readonly optionLoads = new Map<string, Promise<Option[]>>();

  /**
   * The filter choices, loaded once per page element (not aborted with the task: another type
   * uses them again); forgotten when the load fails, so the next attempt asks again.
   */
  private optionsOnce(name: string, load: (client: Client) => Promise<Option[]>): Promise<Option[]> {
    let pending = this.optionLoads.get(name);
    if (!pending) {
      pending = load(this.client.value!);
      pending.catch(() => this.optionLoads.delete(name));
      this.optionLoads.set(name, pending);
    }
    return pending;
  }

  private async load(
    type: RecordType,
    filters: ListFilters,
    staff: boolean,
    signal: AbortSignal,
  ): Promise<ListPage> {
    const client = this.client.value!;
    const filter = apiFilter(type, filters, staff);
    const key = filterKey(type, filters);
    const known = this.cursors.nearest(key, filters.page);
    let after = known.after;
    if (known.page < filters.page) {
      after = await skipRows(client, type, filter, after, (filters.page - known.page) * PAGE_SIZE, {
        signal,
      });
      // The list ends before that page: its total tells where it does end.
      if (after === null)
        return { ...(await loadPage(client, type, { first: 1, after: null, filter }, { signal })), rows: [] };
      this.cursors.remember(key, filters.page, after);
    }
    const page = await loadPage(client, type, { first: PAGE_SIZE, after, filter }, { signal });
    if (page.hasNextPage) this.cursors.remember(key, filters.page + 1, page.endCursor);
    return page;
  }

  /** Shows `next` and writes it into the URL (a new history entry, or replacing the current one). */
  private apply(next: ListFilters, mode: "push" | "replace") {
    this.filters = next;
    const url = `${location.pathname}${filtersToSearch(next)}`;
    if (url !== `${location.pathname}${location.search}`) {
      if (mode === "push") history.pushState({}, "", url);
      else history.replaceState({}, "", url);
    }
    this.shownSearch = location.search;
  }

  private onFilters(event: CustomEvent<FilterChange>) {
    const { changes, typing } = event.detail;
    // Typing a word is one step back, not one per pause.
    this.apply({ ...this.filters, ...changes }, typing && this.typing ? "replace" : "push");
    this.typing = typing;
  }

  private onPage(event: CustomEvent<{ page: number }>) {
    this.typing = false;
    this.apply({ ...this.filters, page: event.detail.page }, "push");
  }

  /**
   * The URL changed without this page: browser back/forward, or a link to this list with other
   * filters (the router keeps this element when only the query differs, and tells nobody).
   */
  private readonly syncFromUrl = () => {
    if (
      location.pathname.replace(/\/$/, "").endsWith(`/${this.type}`) &&
      location.search !== this.shownSearch
    ) {
      this.typing = false;
      this.filters = parseFilters(location.search);
      this.shownSearch = location.search;
    }
  };
  // Runs after the router's own click listener (registered earlier) has pushed the new URL.
  private readonly onWindowClick = () => setTimeout(this.syncFromUrl, 0);

  override connectedCallback() {
    super.connectedCallback();
    window.addEventListener("popstate", this.syncFromUrl);
    window.addEventListener("click", this.onWindowClick);
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    window.removeEventListener("popstate", this.syncFromUrl);
    window.removeEventListener("click", this.onWindowClick);
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    if (changed.has("type")) {
      this.filters = parseFilters(location.search);
      this.shownSearch = location.search;
      this.typing = false;
    }
  }

  protected override updated() {
    document.title = `${this.names.t(`many.${this.recordType}`)} – ${this.common.t("appName")}`;
  }

  private count(total: number) {
    const type = this.recordType;
    return total === 1
      ? this.msg.t("count.one", { one: this.names.t(`one.${type}`) })
      : this.msg.t("count.many", { count: this.msg.number(total), many: this.names.t(`many.${type}`) });
  }

  private renderPage(page: ListPage) {
    const type = this.recordType;
    const pages = Math.max(1, Math.ceil(page.total / PAGE_SIZE));
    if (page.rows.length === 0) {
      return hasAnyFilter(this.filters)
        ? html`<p>${this.msg.t("emptyFiltered")}</p>
            <sl-button @click=${() => this.apply({ ...EMPTY_FILTERS }, "push")}>${this.msg.t("reset")}</sl-button>`
        : html`<p>${this.msg.t("empty")}</p>`;
    }
    const caption = this.msg.t("caption", {
      many: this.names.t(`many.${type}`),
      page: this.filters.page,
      pages,
    });
    return html`<kausa-record-list-table type=${type} caption=${caption} .rows=${page.rows}></kausa-record-list-table>
      <kausa-pager page=${this.filters.page} pages=${pages} total=${page.total} @kausa-page=${this.onPage}></kausa-pager>`;
  }

  override render() {
    const type = this.recordType;
    // Partner editors create contact points and offers of their own organisation only.
    const mayCreate = this.staff || type === "contact-points" || type === "offers";
    const options = this.options.value;
    return html`<div class="head">
        <h1>${this.names.t(`many.${type}`)}</h1>
        ${mayCreate ? html`<sl-button variant="primary" href="/admin/${type}/new">${this.msg.t("create")}</sl-button>` : nothing}
      </div>
      <kausa-record-list-toolbar
        type=${type}
        ?staff=${this.staff}
        .filters=${this.filters}
        .districts=${options?.districts ?? []}
        .partners=${options?.partners ?? []}
        @kausa-filters=${this.onFilters}
      ></kausa-record-list-toolbar>
      <p class="count" role="status">
        ${
          this.list.status === TaskStatus.COMPLETE && this.list.value
            ? this.count(this.list.value.total)
            : this.list.status === TaskStatus.ERROR
              ? ""
              : this.common.t("loading")
        }
      </p>
      ${this.list.render({
        pending: () => html`<sl-spinner aria-hidden="true"></sl-spinner>`,
        complete: (page) => this.renderPage(page),
        error: (error) => html`<kausa-error-alert .error=${error}></kausa-error-alert>`,
      })}
      ${this.options.error ? html`<kausa-error-alert .error=${this.options.error}></kausa-error-alert>` : nothing}`;
  }
}
customElements.define("kausa-record-list-page", KausaRecordListPage);
