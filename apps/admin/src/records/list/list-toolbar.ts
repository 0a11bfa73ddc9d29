import { css, html, LitElement, nothing } from "lit";
import type { PublicationStatus } from "../../api/graphql.ts";
import { common, STATUSES } from "../../i18n/common.messages.ts";
import { LocalizeController } from "../../i18n/localize.controller.ts";
import { pageStyles } from "../../styles/page.styles.ts";
import type { RecordType } from "../record-types.ts";
import { KIND_VALUES, kindName } from "./kind.messages.ts";
import { listMessages } from "./list.messages.ts";
import {
  EMPTY_FILTERS,
  hasDistrictFilter,
  hasKindFilter,
  hasPartnerFilter,
  kindsOf,
  type ListFilters,
} from "./list-filters.ts";

export interface Option {
  value: string;
  label: string;
}

/** What `kausa-filters` carries: the changed filters; `typing` for the search box's input. */
export interface FilterChange {
  changes: Partial<ListFilters>;
  typing: boolean;
}

/** Waits this long after the last key before searching: one request per word, not per letter. */
const SEARCH_DELAY_MS = 300;

/**
 * The filters above an editing list: search, states, kind (partners, offers, networks), district
 * (contact points), partner (staff; contact points and offers) and the three switches. Shows
 * `filters`; every change is announced, the page keeps the state (in the URL).
 *
 * @event kausa-filters - `detail`: a FilterChange.
 * @tagname kausa-record-list-toolbar
 */
export class KausaRecordListToolbar extends LitElement {
  static override styles = [
    pageStyles,
    css`
      /* The search box has a help text below it: line the fields up by their labels. */
      .toolbar {
        align-items: start;
      }
      .switches {
        display: flex;
        flex-wrap: wrap;
        gap: var(--sl-spacing-small) var(--sl-spacing-x-large);
        margin-block-end: var(--sl-spacing-large);
      }
      fieldset {
        border: 0;
        margin: 0;
        padding: 0;
        min-width: 0;
      }
    `,
  ];
  static override properties = {
    type: { type: String },
    filters: { attribute: false },
    staff: { type: Boolean },
    districts: { attribute: false },
    partners: { attribute: false },
  };

  type: RecordType = "contact-points";
  filters: ListFilters = EMPTY_FILTERS;
  staff = false;
  districts: Option[] = [];
  partners: Option[] = [];

  private readonly msg = new LocalizeController(this, listMessages);
  private readonly common = new LocalizeController(this, common);
  private searchTimer: ReturnType<typeof setTimeout> | undefined;

  private emit(changes: Partial<ListFilters>, typing = false) {
    this.dispatchEvent(
      new CustomEvent<FilterChange>("kausa-filters", {
        detail: { changes: { ...changes, page: 1 }, typing },
        bubbles: true,
        composed: true,
      }),
    );
  }

  private onSearch(event: Event) {
    const value = (event.target as HTMLInputElement).value;
    clearTimeout(this.searchTimer);
    this.searchTimer = setTimeout(() => this.emit({ q: value }, true), SEARCH_DELAY_MS);
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    clearTimeout(this.searchTimer);
  }

  private select(key: "district" | "partner", label: string, options: Option[]) {
    return html`<sl-select
      label=${label}
      placeholder=${this.msg.t("all")}
      clearable
      hoist
      .value=${this.filters[key]}
      @sl-change=${(e: Event) => this.emit({ [key]: String((e.target as HTMLSelectElement).value ?? "") })}
    >
      ${options.map((o) => html`<sl-option value=${o.value}>${o.label}</sl-option>`)}
    </sl-select>`;
  }

  /** Partner types, offer kinds or network kinds, by name in the current language. */
  private kindSelect() {
    const type = this.type;
    const lang = this.msg.lang;
    const options = KIND_VALUES[type]
      .map((value) => ({ value, label: kindName(type, value, lang) }))
      .sort((a, b) => a.label.localeCompare(b.label, lang));
    return html`<sl-select
      label=${this.msg.t(`kind.${type as "partners" | "offers" | "networks"}`)}
      placeholder=${this.msg.t("allKinds")}
      multiple
      clearable
      hoist
      max-options-visible="2"
      .value=${kindsOf(type, this.filters)}
      @sl-change=${(e: Event) =>
        this.emit({ kinds: [...((e.target as HTMLSelectElement).value as unknown as string[])] })}
    >
      ${options.map((o) => html`<sl-option value=${o.value}>${o.label}</sl-option>`)}
    </sl-select>`;
  }

  private switch(key: "stale" | "reports" | "pending") {
    return html`<sl-switch
      .checked=${this.filters[key]}
      @sl-change=${(e: Event) => this.emit({ [key]: (e.target as HTMLInputElement).checked })}
      >${this.msg.t(key)}</sl-switch
    >`;
  }

  override render() {
    const f = this.filters;
    return html`<fieldset>
      <legend class="visually-hidden">${this.msg.t("filters")}</legend>
      <div class="toolbar">
        <sl-input
          type="search"
          clearable
          label=${this.msg.t("search")}
          help-text=${this.msg.t(this.type === "offers" ? "search.help.offers" : "search.help")}
          .value=${f.q}
          @sl-input=${this.onSearch}
        ></sl-input>
        <sl-select
          label=${this.msg.t("status")}
          placeholder=${this.msg.t("allStates")}
          multiple
          clearable
          hoist
          max-options-visible="2"
          .value=${f.status}
          @sl-change=${(e: Event) =>
            this.emit({
              status: [...((e.target as HTMLSelectElement).value as unknown as PublicationStatus[])],
            })}
        >
          ${STATUSES.map((s) => html`<sl-option value=${s}>${this.common.t(`status.${s}`)}</sl-option>`)}
        </sl-select>
        ${hasKindFilter(this.type) ? this.kindSelect() : nothing}
        ${hasDistrictFilter(this.type) ? this.select("district", this.msg.t("district"), this.districts) : nothing}
        ${
          this.staff && hasPartnerFilter(this.type)
            ? this.select("partner", this.msg.t("partner"), this.partners)
            : nothing
        }
      </div>
      <div class="switches">${this.switch("stale")} ${this.switch("reports")} ${this.switch("pending")}</div>
    </fieldset>`;
  }
}
customElements.define("kausa-record-list-toolbar", KausaRecordListToolbar);
