import { ContextConsumer } from "@lit/context";
import { Task } from "@lit/task";
import { html, LitElement, nothing } from "lit";
import { run } from "../api/client.ts";
import { outcomeOf } from "../api/outcome.ts";
import { clientContext, isStaff, sessionContext } from "../app/context.ts";
import { adminPath, navigate } from "../app/navigation.ts";
import { common } from "../i18n/common.messages.ts";
import { LocalizeController } from "../i18n/localize.controller.ts";
import { RECORD_TYPE_OF_ENTITY, recordPath, recordTypeTexts } from "../records/record-types.ts";
import { describeError } from "../shared/error-alert.ts";
import "../shared/error-alert.ts";
import { pageStyles } from "../styles/page.styles.ts";
import "./change-diff.ts";
import type { KausaCommentDialog } from "./comment-dialog.ts";
import "./comment-dialog.ts";
import { decisionNotice } from "./decision-notice.ts";
import { findChange } from "./find-change.ts";
import { addProposedNames, loadRecordValues, type RecordValues } from "./record-values.ts";
import { APPROVE_CHANGE, type ChangeRequestItem, REJECT_CHANGE } from "./review.documents.ts";
import { reviewMessages } from "./review.messages.ts";
import { reviewStyles } from "./review.styles.ts";

type Loaded = { item: ChangeRequestItem | null; record: RecordValues | null };

/**
 * One review item: what the record looks like now and what is proposed, side by side (or all
 * values of a submitted new entry), and the decision. Staff approve (comment optional) or
 * reject (comment required); partner editors follow their own items here, read-only.
 *
 * @tagname kausa-review-item-page
 */
export class KausaReviewItemPage extends LitElement {
  static override styles = [pageStyles, reviewStyles];
  static override properties = {
    changeId: { type: String, attribute: "change-id" },
    problem: { state: true },
    busy: { state: true },
  };

  /** The ChangeRequest's id. */
  changeId = "";
  /** @internal Why the last decision did not go through. */
  problem = "";
  /** @internal */
  busy = false;

  private readonly msg = new LocalizeController(this, reviewMessages);
  private readonly common = new LocalizeController(this, common);
  private readonly types = new LocalizeController(this, recordTypeTexts);
  private readonly client = new ContextConsumer(this, { context: clientContext });
  private readonly session = new ContextConsumer(this, { context: sessionContext, subscribe: true });

  private readonly loaded = new Task(this, {
    args: () => [this.changeId, this.msg.lang] as const,
    task: async ([id, lang], { signal }): Promise<Loaded> => {
      const client = this.client.value!;
      const item = await findChange(client, id, signal);
      if (!item) return { item, record: null };
      const record = await loadRecordValues(client, item.entityType, item.entityId, signal);
      if (record && item.kind === "UPDATE") {
        await addProposedNames(client, record, item.proposed as Record<string, unknown>, lang, signal);
      }
      if (record)
        document.title = `${record.name} – ${this.msg.t("itemTitle")} – ${this.common.t("appName")}`;
      return { item, record };
    },
  });

  override firstUpdated() {
    document.title = `${this.msg.t("itemTitle")} – ${this.common.t("appName")}`;
  }

  private dialog(name: "approve" | "reject") {
    return this.renderRoot.querySelector<KausaCommentDialog>(`kausa-comment-dialog.${name}`);
  }

  private async decide(item: ChangeRequestItem, name: string, approve: boolean, comment: string) {
    const dialog = this.dialog(approve ? "approve" : "reject");
    this.busy = true;
    this.problem = "";
    try {
      const client = this.client.value!;
      const raw = approve
        ? (await run(client, APPROVE_CHANGE, { id: item.id, comment: comment || null })).approveChange
        : (await run(client, REJECT_CHANGE, { id: item.id, comment })).rejectChange;
      const outcome = outcomeOf<ChangeRequestItem>(raw);
      dialog?.hide();
      switch (outcome.kind) {
        case "ok":
          decisionNotice.set(this.msg.t(approve ? "approvedNotice" : "rejectedNotice", { name }));
          navigate(adminPath("/review"));
          return;
        case "conflict":
          this.problem = this.msg.t("conflict", { version: outcome.currentVersion });
          break;
        case "state":
          this.problem = this.msg.t("stateError", { status: this.statusText(outcome.currentStatus) });
          break;
        case "invalid":
          this.problem = this.msg.t("invalid", {
            message: outcome.problems.map((p) => p.message).join(" ") || outcome.message,
          });
          break;
      }
      void this.loaded.run();
    } catch (error) {
      dialog?.hide();
      this.problem = describeError(this.common, error);
    } finally {
      this.busy = false;
    }
  }

  private statusText(status: string) {
    return ["DRAFT", "OPEN", "APPROVED", "REJECTED"].includes(status)
      ? this.msg.t(`change.${status as "OPEN"}`)
      : status;
  }

  override render() {
    const spinner = html`<sl-spinner aria-label=${this.common.t("loading")}></sl-spinner>`;
    return this.loaded.render({
      // While reloading after a refused decision, the page keeps showing what it showed — the same
      // item only: opening another item (same page, new id) must not offer the old one's buttons.
      pending: () =>
        this.loaded.value && this.loaded.value.item?.id === this.changeId
          ? this.renderItem(this.loaded.value)
          : spinner,
      error: (error) => html`<h1>${this.msg.t("itemTitle")}</h1>
        <kausa-error-alert .error=${error}></kausa-error-alert>${this.backLink()}`,
      complete: (loaded) => this.renderItem(loaded),
    });
  }

  private backLink() {
    return html`<p><a href=${adminPath("/review")}>${this.msg.t("backToQueue")}</a></p>`;
  }

  private renderItem({ item, record }: Loaded) {
    if (!item) {
      return html`<h1>${this.msg.t("itemTitle")}</h1>
        <sl-alert variant="warning" open>${this.msg.t("itemNotFound")}</sl-alert>${this.backLink()}`;
    }
    const type = RECORD_TYPE_OF_ENTITY[item.entityType];
    const name = record?.name ?? this.msg.t("unnamed");
    const submitter = record ? submitterOf(record, item) : null;
    return html`<h1>${name}</h1>
      <ul class="meta">
        ${type ? html`<li>${this.types.t(`one.${type}`)}</li>` : nothing}
        <li>${this.msg.t(`kind.${item.kind}`)}</li>
        <li>${this.msg.t("col.status")}: <strong>${this.msg.t(`change.${item.status}`)}</strong></li>
        ${
          item.submittedAt
            ? html`<li>
              ${
                submitter
                  ? this.msg.t("submittedBy", { who: submitter, date: this.msg.dateTime(item.submittedAt) })
                  : this.msg.t("submittedAt", { date: this.msg.dateTime(item.submittedAt) })
              }
            </li>`
            : nothing
        }
        ${type && record ? html`<li><a href=${recordPath(type, item.entityId)}>${this.msg.t("openRecord")}</a></li>` : nothing}
      </ul>
      <div role="alert">
        ${this.problem ? html`<sl-alert class="notice" variant="danger" open>${this.problem}</sl-alert>` : nothing}
      </div>
      ${
        item.status === "OPEN" && item.kind === "UPDATE" && record && record.version !== item.baseVersion
          ? html`<sl-alert class="notice" variant="warning" open>
            ${this.msg.t("baseChanged", { current: record.version, base: item.baseVersion })}
          </sl-alert>`
          : nothing
      }
      ${record ? this.renderValues(item, record) : html`<sl-alert class="notice" variant="warning" open>${this.msg.t("recordGone")}</sl-alert>`}
      <h2>${this.msg.t("decisionHeading")}</h2>
      ${this.renderDecision(item, name)} ${this.backLink()}`;
  }

  private renderValues(item: ChangeRequestItem, record: RecordValues) {
    const update = item.kind === "UPDATE";
    return html`<h2>${this.msg.t(update ? "changesHeading" : "submissionHeading")}</h2>
      ${update ? nothing : html`<p>${this.msg.t("submissionIntro")}</p>`}
      <kausa-change-diff
        entity-type=${item.entityType}
        .current=${record.values}
        .proposed=${update ? item.proposed : null}
        .names=${record.names}
        ?decided=${item.status === "APPROVED" || item.status === "REJECTED"}
      ></kausa-change-diff>`;
  }

  private renderDecision(item: ChangeRequestItem, name: string) {
    if (item.status === "APPROVED" || item.status === "REJECTED") {
      return html`<p>${this.msg.t(`change.${item.status}`)} · ${this.msg.t("decidedAt", { date: this.msg.dateTime(item.decidedAt) })}</p>
        <h3>${this.msg.t("decisionComment")}</h3>
        <p class="comment">${item.decisionComment || this.msg.t("noComment")}</p>`;
    }
    if (item.status === "DRAFT") return html`<p>${this.msg.t("draftNote")}</p>`;
    if (!isStaff(this.session.value?.me ?? null)) return html`<p>${this.msg.t("readOnlyNote")}</p>`;
    const publish = item.kind === "PUBLISH";
    return html`<div class="actions">
        <sl-button variant="primary" ?disabled=${this.busy} @click=${() => this.dialog("approve")?.show()}>
          ${this.msg.t("approve")}
        </sl-button>
        <sl-button variant="danger" outline ?disabled=${this.busy} @click=${() => this.dialog("reject")?.show()}>
          ${this.msg.t("reject")}
        </sl-button>
      </div>
      <kausa-comment-dialog
        class="approve"
        label=${this.msg.t(publish ? "approveTitlePublish" : "approveTitle")}
        intro=${this.msg.t(publish ? "approveIntroPublish" : "approveIntro")}
        field-label=${this.msg.t("approveComment")}
        help-text=${this.msg.t("commentHelp")}
        confirm-label=${this.msg.t("approve")}
        ?busy=${this.busy}
        @kausa-confirm=${(e: CustomEvent<{ comment: string }>) => this.decide(item, name, true, e.detail.comment)}
      ></kausa-comment-dialog>
      <kausa-comment-dialog
        class="reject"
        required
        label=${this.msg.t(publish ? "rejectTitlePublish" : "rejectTitle")}
        intro=${this.msg.t(publish ? "rejectIntroPublish" : "rejectIntro")}
        field-label=${this.msg.t("rejectComment")}
        help-text=${this.msg.t("rejectHelp")}
        confirm-label=${this.msg.t("reject")}
        confirm-variant="danger"
        required-message=${this.msg.t("commentRequired")}
        ?busy=${this.busy}
        @kausa-confirm=${(e: CustomEvent<{ comment: string }>) => this.decide(item, name, false, e.detail.comment)}
      ></kausa-comment-dialog>`;
  }
}
customElements.define("kausa-review-item-page", KausaReviewItemPage);

/** Who submitted the item: the history entry of the submission (or proposal) nearest to it. */
function submitterOf(record: RecordValues, item: ChangeRequestItem): string | null {
  if (!item.submittedAt) return null;
  const submitted = new Date(item.submittedAt).getTime();
  const candidates = record.history
    .filter((h) => h.action === "SUBMIT" && Math.abs(new Date(h.at).getTime() - submitted) < 60_000)
    .sort(
      (a, b) =>
        Math.abs(new Date(a.at).getTime() - submitted) - Math.abs(new Date(b.at).getTime() - submitted),
    );
  return candidates[0]?.actorLabel ?? null;
}
