import { ContextConsumer } from "@lit/context";
import { Task } from "@lit/task";
import { html, LitElement, nothing } from "lit";
import { run } from "../api/client.ts";
import { clientContext } from "../app/context.ts";
import { common } from "../i18n/common.messages.ts";
import { LocalizeController } from "../i18n/localize.controller.ts";
import { RECORD_TYPE_OF_ENTITY, recordPath, recordTypeTexts } from "../records/record-types.ts";
import { loadRecordNames, nameOf } from "../review/record-names.ts";
import "../shared/error-alert.ts";
import { pageStyles } from "../styles/page.styles.ts";
import { RECENT_CHANGES, type RecentChange } from "./dashboard.documents.ts";
import { dashboardMessages } from "./dashboard.messages.ts";

const SHOWN = 10;
/**
 * Entries read to find ten changes of records: an admin's log also holds logins and account
 * entries, which are not changes of the directory.
 */
const READ = 30;

/**
 * "Letzte Änderungen": the ten newest history entries of contact points, partners, offers and
 * networks, with time, who, what and a link to the entry. Staff only (the dashboard leaves it
 * out for partner editors).
 *
 * @tagname kausa-recent-changes
 */
export class KausaRecentChanges extends LitElement {
  static override styles = pageStyles;

  private readonly msg = new LocalizeController(this, dashboardMessages);
  private readonly common = new LocalizeController(this, common);
  private readonly types = new LocalizeController(this, recordTypeTexts);
  private readonly client = new ContextConsumer(this, { context: clientContext });

  private readonly changes = new Task(this, {
    args: () => [this.msg.lang] as const,
    task: async ([lang], { signal }) => {
      const client = this.client.value!;
      const { auditLog } = await run(client, RECENT_CHANGES, { first: READ }, { signal });
      const entries = auditLog.edges
        .map((e) => e.node)
        .filter((entry) => RECORD_TYPE_OF_ENTITY[entry.entityType])
        .slice(0, SHOWN);
      return { entries, names: await loadRecordNames(client, entries, lang, signal) };
    },
  });

  private who(label: string) {
    if (label === "visitor") return this.msg.t("visitor");
    if (label === "cli") return this.msg.t("cli");
    return label;
  }

  override render() {
    return html`<h2>${this.msg.t("recentHeading")}</h2>
      ${this.changes.render({
        pending: () => html`<sl-spinner aria-label=${this.common.t("loading")}></sl-spinner>`,
        error: (error) => html`<kausa-error-alert .error=${error}></kausa-error-alert>`,
        complete: ({ entries, names }) => this.renderTable(entries, names),
      })}`;
  }

  private renderTable(entries: RecentChange[], names: Map<string, string>) {
    if (!entries.length) return html`<p>${this.msg.t("recentEmpty")}</p>`;
    return html`<div class="table-wrap">
      <table>
        <caption class="visually-hidden">${this.msg.t("recentCaption")}</caption>
        <thead>
          <tr>
            <th scope="col">${this.msg.t("col.at")}</th>
            <th scope="col">${this.msg.t("col.who")}</th>
            <th scope="col">${this.msg.t("col.action")}</th>
            <th scope="col">${this.msg.t("col.record")}</th>
          </tr>
        </thead>
        <tbody>
          ${entries.map((entry) => {
            const type = RECORD_TYPE_OF_ENTITY[entry.entityType];
            const name = nameOf(names, entry) || this.msg.t("unnamed");
            return html`<tr>
              <td>${this.msg.dateTime(entry.at)}</td>
              <td>${this.who(entry.actorLabel)}</td>
              <td>${this.msg.t(`action.${entry.action}`)}</td>
              <td>
                ${type ? html`<a href=${recordPath(type, entry.entityId)}>${name}</a>` : name}
                ${type ? html`<div class="muted">${this.types.t(`one.${type}`)}</div>` : nothing}
              </td>
            </tr>`;
          })}
        </tbody>
      </table>
    </div>`;
  }
}
customElements.define("kausa-recent-changes", KausaRecentChanges);
