import { ContextConsumer } from "@lit/context";
import { Task } from "@lit/task";
import { css, html, LitElement, nothing } from "lit";
import type { PublicationStatus } from "../api/graphql.ts";
import { clientContext } from "../app/context.ts";
import { common, STATUSES } from "../i18n/common.messages.ts";
import { LocalizeController } from "../i18n/localize.controller.ts";
import "../shared/error-alert.ts";
import { describeError } from "../shared/error-alert.ts";
import { pageStyles } from "../styles/page.styles.ts";
import { EntryFormatter, restorableEntries } from "./history/history-format.ts";
import { loadHistoryNames } from "./history/history-names.ts";
import {
  type HistoryEntry,
  loadHistory,
  type RecordHistory,
  restoreVersion,
} from "./history/history-query.ts";
import "./history/history-table.ts";
import { historyMessages } from "./history/history.messages.ts";
import "./history/restore-dialog.ts";
import { isRecordType, type RecordType, recordPath } from "./record-types.ts";

const NO_ENTRIES: HistoryEntry[] = [];

/**
 * A record's history: every change with who, when and what, and "restore this version" (a
 * REVERT: the values after that entry are written back as a new version, after a confirmation).
 *
 * @tagname kausa-record-history-page
 */
export class KausaRecordHistoryPage extends LitElement {
  static override styles = [
    pageStyles,
    css`
      .back {
        display: inline-block;
        margin-block-end: var(--sl-spacing-medium);
      }
      .notice:focus {
        outline: none;
      }
      .notice sl-alert {
        margin-block-end: var(--sl-spacing-medium);
      }
    `,
  ];
  static override properties = {
    type: { type: String },
    recordId: { type: String, attribute: "record-id" },
    chosen: { state: true },
    busy: { state: true },
    dialogError: { state: true },
    notice: { state: true },
  };

  type = "";
  /** The record's database id. */
  recordId = "";
  /** @internal The entry whose version the editor is asked about (the dialog is open). */
  chosen: HistoryEntry | null = null;
  /** @internal */
  busy = false;
  /** @internal */
  dialogError: { message: string; details: string[] } | null = null;
  /** @internal The outcome of the last restore, shown above the table. */
  notice: { variant: "success" | "warning"; text: string } | null = null;

  private readonly msg = new LocalizeController(this, historyMessages);
  private readonly common = new LocalizeController(this, common);
  private readonly client = new ContextConsumer(this, { context: clientContext });

  private get recordType(): RecordType {
    return isRecordType(this.type) ? this.type : "contact-points";
  }

  private get format() {
    return new EntryFormatter(this.msg.lang);
  }

  private readonly history = new Task(this, {
    args: () => [this.recordType, this.recordId] as const,
    task: ([type, id], { signal }) => loadHistory(this.client.value!, type, id, signal),
  });

  /** Names for the ids in the entries' values; without them (failed, loading) the ids show. */
  private readonly names = new Task(this, {
    args: () => [this.history.value?.entries ?? NO_ENTRIES, this.msg.lang] as const,
    task: ([entries, lang], { signal }) => loadHistoryNames(this.client.value!, entries, lang, signal),
  });

  protected override updated() {
    const name = this.history.value?.name;
    const title = name ? this.msg.t("title", { name }) : this.msg.t("pageTitle");
    document.title = `${title} – ${this.common.t("appName")}`;
  }

  private ask(event: CustomEvent<HistoryEntry>) {
    this.chosen = event.detail;
    this.dialogError = null;
    this.notice = null;
  }

  private cancel() {
    if (!this.busy) this.chosen = null;
  }

  private async confirm(event: CustomEvent<{ reason: string }>) {
    const entry = this.chosen;
    const record = this.history.value;
    if (!entry || !record || this.busy) return;
    const at = this.format.dateTime(entry.at);
    this.busy = true;
    this.dialogError = null;
    try {
      const outcome = await restoreVersion(this.client.value!, this.recordType, this.recordId, {
        version: record.version,
        auditEntryId: entry.id,
        reason: event.detail.reason || null,
      });
      switch (outcome.kind) {
        case "ok":
          // A partner editor's change to a published entry becomes their proposal: no new version.
          this.notice =
            outcome.data.version > record.version
              ? { variant: "success", text: this.msg.t("restored", { at, version: outcome.data.version }) }
              : { variant: "warning", text: this.msg.t("proposed", { at }) };
          await this.reload();
          break;
        case "conflict":
          this.notice = { variant: "warning", text: this.msg.t("conflict") };
          await this.reload();
          break;
        case "state":
          this.dialogError = {
            message: this.msg.t("state", { status: this.statusName(outcome.currentStatus) }),
            details: [],
          };
          break;
        case "invalid":
          this.dialogError = {
            message: this.msg.t("invalid"),
            details: outcome.problems.map(
              (p) => `${this.format.field(p.path.split(".")[0] ?? "")}: ${p.message}`,
            ),
          };
          break;
      }
    } catch (error) {
      this.dialogError = { message: describeError(this.common, error), details: [] };
    } finally {
      this.busy = false;
    }
  }

  private statusName(status: string) {
    return (STATUSES as string[]).includes(status)
      ? this.common.t(`status.${status as PublicationStatus}`)
      : status;
  }

  /** Closes the dialog, loads the history again and takes the focus to the outcome. */
  private async reload() {
    this.chosen = null;
    await this.history.run();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(".notice")?.focus();
  }

  private renderHistory(record: RecordHistory | null) {
    if (!record) return html`<p>${this.msg.t("notFound")}</p>`;
    if (record.entries.length === 0) return html`<p>${this.msg.t("empty")}</p>`;
    return html`<kausa-history-table
      type=${this.recordType}
      name=${record.name}
      .entries=${record.entries}
      .restorable=${restorableEntries(record.entries)}
      .names=${this.names.value ?? new Map()}
      @kausa-restore=${this.ask}
    ></kausa-history-table>`;
  }

  override render() {
    const name = this.history.value?.name;
    return html`<h1>${name ? this.msg.t("title", { name }) : this.msg.t("pageTitle")}</h1>
      <a class="back" href=${recordPath(this.recordType, this.recordId)}>${this.msg.t("backToRecord")}</a>
      <p class="muted">${this.msg.t("intro")}</p>
      <div class="notice" role="status" tabindex="-1">
        ${this.notice ? html`<sl-alert variant=${this.notice.variant} open>${this.notice.text}</sl-alert>` : nothing}
      </div>
      ${this.history.render({
        pending: () => html`<sl-spinner aria-label=${this.common.t("loading")}></sl-spinner>`,
        complete: (record) => this.renderHistory(record),
        error: (error) => html`<kausa-error-alert .error=${error}></kausa-error-alert>`,
      })}
      <kausa-restore-dialog
        ?open=${this.chosen !== null}
        at=${this.chosen ? this.format.dateTime(this.chosen.at) : ""}
        ?busy=${this.busy}
        .error=${this.dialogError}
        @kausa-confirm=${this.confirm}
        @kausa-cancel=${this.cancel}
      ></kausa-restore-dialog>`;
  }
}
customElements.define("kausa-record-history-page", KausaRecordHistoryPage);
