import { ContextConsumer } from "@lit/context";
import { Task } from "@lit/task";
import { html, LitElement, nothing } from "lit";
import { run } from "../api/client.ts";
import { clientContext, isStaff, sessionContext } from "../app/context.ts";
import { adminPath } from "../app/navigation.ts";
import { common } from "../i18n/common.messages.ts";
import { LocalizeController } from "../i18n/localize.controller.ts";
import { type RecordType, recordTypeTexts } from "../records/record-types.ts";
import "../shared/error-alert.ts";
import { pageStyles } from "../styles/page.styles.ts";
import { DASHBOARD_COUNTS, type DashboardCounts } from "./dashboard.documents.ts";
import { dashboardMessages } from "./dashboard.messages.ts";
import { dashboardStyles } from "./dashboard.styles.ts";
import "./recent-changes.ts";

/** Each kind of record with its counts in DASHBOARD_COUNTS. */
const TYPE_COUNTS: { type: RecordType; stale: keyof DashboardCounts; drafts: keyof DashboardCounts }[] = [
  { type: "contact-points", stale: "staleContactPoints", drafts: "draftContactPoints" },
  { type: "partners", stale: "stalePartners", drafts: "draftPartners" },
  { type: "offers", stale: "staleOffers", drafts: "draftOffers" },
  { type: "networks", stale: "staleNetworks", drafts: "draftNetworks" },
];

/**
 * The start page: the week's work as cards — open review items, open visitor reports, and per
 * kind of record the entries not confirmed for a year and the drafts, each linked to its
 * filtered list — and, for staff, the latest changes. Partner editors see their organisation's
 * numbers (the API scopes them) and no networks, which only staff keep.
 *
 * @tagname kausa-dashboard-page
 */
export class KausaDashboardPage extends LitElement {
  static override styles = [pageStyles, dashboardStyles];

  private readonly msg = new LocalizeController(this, dashboardMessages);
  private readonly common = new LocalizeController(this, common);
  private readonly types = new LocalizeController(this, recordTypeTexts);
  private readonly client = new ContextConsumer(this, { context: clientContext });
  private readonly session = new ContextConsumer(this, { context: sessionContext, subscribe: true });

  private readonly counts = new Task(this, {
    args: () => [] as const,
    task: async (_args, { signal }) => run(this.client.value!, DASHBOARD_COUNTS, {}, { signal }),
  });

  override firstUpdated() {
    document.title = `${this.msg.t("title")} – ${this.common.t("appName")}`;
  }

  override render() {
    const me = this.session.value?.me ?? null;
    const staff = isStaff(me);
    return html`<h1>${this.msg.t("title")}</h1>
      ${me ? html`<p class="intro">${this.msg.t("greeting", { name: me.name ?? me.email })}</p>` : nothing}
      <h2>${this.msg.t("weekHeading")}</h2>
      ${this.counts.render({
        pending: () => html`<sl-spinner aria-label=${this.common.t("loading")}></sl-spinner>`,
        error: (error) => html`<kausa-error-alert .error=${error}></kausa-error-alert>`,
        complete: (counts) => this.renderCards(counts, staff),
      })}
      ${
        // The history is staff's (the API refuses it to partner editors): not asked, not shown.
        staff ? html`<kausa-recent-changes></kausa-recent-changes>` : nothing
      }`;
  }

  private card(id: string, title: string, links: { href: string; label: string; count: number }[]) {
    return html`<section aria-labelledby=${id}>
      <sl-card>
        <h3 id=${id}>${title}</h3>
        <ul class="metrics">
          ${links.map(
            (link) => html`<li>
              <a href=${link.href}>${link.label}: <span class="count">${this.msg.number(link.count)}</span></a>
            </li>`,
          )}
        </ul>
      </sl-card>
    </section>`;
  }

  private renderCards(counts: DashboardCounts, staff: boolean) {
    const total = (key: keyof DashboardCounts) => counts[key].totalCount;
    const label = (key: "openReview" | "openReports" | "stale" | "drafts") => this.msg.t(key);
    return html`<div class="cards">
      ${this.card("card-review", this.msg.t("reviewCard"), [
        { href: adminPath("/review"), label: label("openReview"), count: total("review") },
      ])}
      ${this.card("card-reports", this.msg.t("reportsCard"), [
        { href: adminPath("/reports"), label: label("openReports"), count: total("reports") },
      ])}
      ${TYPE_COUNTS.filter(({ type }) => staff || type !== "networks").map(({ type, stale, drafts }) =>
        this.card(`card-${type}`, this.types.t(`many.${type}`), [
          {
            href: adminPath(`/${type}?stale=1&status=PUBLISHED`),
            label: label("stale"),
            count: total(stale),
          },
          { href: adminPath(`/${type}?status=DRAFT`), label: label("drafts"), count: total(drafts) },
        ]),
      )}
    </div>`;
  }
}
customElements.define("kausa-dashboard-page", KausaDashboardPage);
