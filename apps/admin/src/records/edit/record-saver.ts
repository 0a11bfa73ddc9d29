import { html, nothing, type ReactiveController } from "lit";
import type { FieldProblem, Outcome } from "../../api/outcome.ts";
import { navigate } from "../../app/navigation.ts";
import { unsavedChanges } from "../../app/unsaved-changes.ts";
import { sameValue } from "../../shared/values/canonical.ts";
import { formatValue, type ValueContext } from "../../shared/values/format-value.ts";
import { namesFromChoices } from "../../shared/values/reference-names.ts";
import type { KausaRecordEditPage } from "../record-edit.page.ts";
import { rawId, recordPath } from "../record-types.ts";
import type { ConflictRow, KausaConflictDialog } from "./conflict-dialog.ts";
import { type FieldMessageKey, fieldMessages } from "./field.messages.ts";
import {
  changedFields,
  conflictingFields,
  emptyValues,
  FIELDS,
  type FormValues,
  firstInvalidField,
  type MergeChoice,
  mergeValues,
  problemsByField,
  valuesFromSnapshot,
} from "./form-values.ts";
import { createRecord, updateRecord } from "./record-api.ts";

type Notice = { variant: "success" | "warning" | "danger" | "neutral"; text: string };

/**
 * Saving the edit page's form: only the changed fields, with the version they are based on.
 * Field messages go next to their fields (the first invalid one gets focus, a summary is
 * announced); a version conflict opens the merge view and saves the merged values against the
 * current version; nothing is ever overwritten silently.
 */
export class RecordSaver implements ReactiveController {
  problems: Record<string, string[]> = {};
  notice: Notice | null = null;
  error: unknown = null;
  saving = false;
  reason = "";
  private pendingMerge: { theirs: FormValues; version: number } | null = null;

  constructor(private readonly page: KausaRecordEditPage) {
    page.addController(this);
  }

  hostConnected() {}

  private changed() {
    this.page.requestUpdate();
  }

  clearProblems() {
    this.problems = {};
  }

  clearProblem(field: string) {
    if (!this.problems[field]) return;
    const { [field]: _, ...rest } = this.problems;
    this.problems = rest;
  }

  async submit(event: SubmitEvent) {
    event.preventDefault();
    const page = this.page;
    if (this.saving || page.readonly) return;
    this.notice = null;
    this.error = null;
    if (!page.record) return this.create();
    const input = changedFields(page.recordType, page.base, page.values);
    if (!Object.keys(input).length) {
      this.notice = { variant: "neutral", text: page.msg.t("nothingChanged") };
      return this.changed();
    }
    await this.save(input, page.version);
  }

  private async run<T>(work: () => Promise<Outcome<T>>, onOk: (data: T) => Promise<void> | void) {
    this.saving = true;
    this.changed();
    try {
      const outcome = await work();
      if (outcome.kind === "ok") await onOk(outcome.data);
      else if (outcome.kind === "invalid") await this.showProblems(outcome.problems);
      else if (outcome.kind === "conflict") this.openMerge(outcome.currentValues, outcome.currentVersion);
      else {
        const status = this.page.common.t(`status.${outcome.currentStatus}` as never);
        this.notice = {
          variant: "danger",
          text: this.page.msg.t("stateError", { status, message: outcome.message }),
        };
      }
    } catch (error) {
      this.error = error;
    } finally {
      this.saving = false;
      this.changed();
    }
  }

  private async save(input: FormValues, version: number) {
    const page = this.page;
    const record = page.record;
    if (!record) return;
    // A partner editor's change to a published entry is filed as a proposal (docs/editing.md).
    const proposal = !page.staff && record.status !== "DRAFT";
    await this.run(
      () =>
        updateRecord(
          page.client.value!,
          page.recordType,
          record.id,
          version,
          input,
          this.reason.trim() || null,
        ),
      async () => {
        this.reason = "";
        await page.refresh();
        this.notice = proposal
          ? { variant: "warning", text: page.msg.t("proposalSaved") }
          : { variant: "success", text: page.msg.t("saved", { version: page.version }) };
      },
    );
  }

  private async create() {
    const page = this.page;
    const type = page.recordType;
    const input = changedFields(type, emptyValues(type), page.values);
    await this.run(
      () => createRecord(page.client.value!, type, input),
      (data) => {
        unsavedChanges.mark(page, false);
        navigate(recordPath(type, rawId(data.id)));
      },
    );
  }

  /** The API's words for a problem: by its code in German, else its own (English) message. */
  private describe(problem: FieldProblem): string {
    const key = `problem.${problem.code}`;
    return this.page.text.lang === "de" && key in fieldMessages.de
      ? this.page.text.t(key as FieldMessageKey)
      : problem.message;
  }

  private async showProblems(problems: FieldProblem[]) {
    this.problems = problemsByField(problems, (p) => this.describe(p));
    this.changed();
    await this.page.updateComplete;
    const first = firstInvalidField(this.page.recordType, this.problems);
    if (first) this.focusField(first);
  }

  private focusField(field: string) {
    this.page.renderRoot.querySelector<HTMLElement>(`[data-field="${field}"]`)?.focus();
  }

  private label(field: string) {
    return this.page.text.t(`field.${field}` as FieldMessageKey);
  }

  /** How the merge view shows values: on one line (inside a radio), ids by the form's choices. */
  private valueContext(): ValueContext {
    const { options, record } = this.page;
    const partners = record?.partner ? [{ value: record.partner.id, label: record.partner.name }] : [];
    const names = namesFromChoices({
      partners: [...partners, ...options.partners],
      regions: options.regions,
      "contact-points": options.contactPoints,
    });
    return { lang: this.page.msg.lang, type: this.page.recordType, names, inline: true };
  }

  private openMerge(currentValues: Record<string, unknown>, currentVersion: number) {
    const page = this.page;
    const type = page.recordType;
    const theirs = valuesFromSnapshot(type, currentValues);
    const mine = page.values;
    this.pendingMerge = { theirs, version: currentVersion };
    const show = (values: FormValues, field: string) =>
      field === "lat"
        ? formatValue("coordinates", { lat: values.lat, lng: values.lng }, this.valueContext())
        : formatValue(field, values[field], this.valueContext());
    const touched = (field: string) =>
      !sameValue(field, page.base[field], mine[field]) ||
      (field === "lat" && !sameValue("lng", page.base.lng, mine.lng));
    const rows: ConflictRow[] = conflictingFields(type, mine, theirs).map((field) => ({
      field,
      label: this.label(field),
      mine: show(mine, field),
      theirs: show(theirs, field),
      mineChanged: touched(field),
    }));
    page.renderRoot.querySelector<KausaConflictDialog>("kausa-conflict-dialog")?.show(rows);
  }

  async merge(choices: Record<string, MergeChoice>) {
    const page = this.page;
    const pending = this.pendingMerge;
    this.pendingMerge = null;
    if (!pending) return;
    const merged = mergeValues(page.values, pending.theirs, choices);
    // From now on the stored values are the base: the merged save changes only what differs.
    page.base = pending.theirs;
    page.version = pending.version;
    page.values = merged;
    page.markDirty();
    const input = changedFields(page.recordType, pending.theirs, merged);
    if (Object.keys(input).length) await this.save(input, pending.version);
    else {
      await page.refresh();
      this.notice = { variant: "success", text: page.msg.t("saved", { version: page.version }) };
      this.changed();
    }
  }

  cancelMerge() {
    this.pendingMerge = null;
    this.notice = { variant: "neutral", text: this.page.msg.t("conflictCancelled") };
    this.changed();
  }

  /** The announced list of problems above the form (an empty live region until there are some). */
  renderSummary() {
    const fields = FIELDS[this.page.recordType] ?? [];
    const entries = Object.entries(this.problems).sort(
      ([a], [b]) => (fields.indexOf(a) + 1 || 999) - (fields.indexOf(b) + 1 || 999),
    );
    const msg = this.page.msg;
    return html`<div role="alert" class="summary">
      ${
        entries.length
          ? html`<sl-alert variant="danger" open>
              <p>${entries.length === 1 ? msg.t("invalidOne") : msg.t("invalidSummary", { count: entries.length })}</p>
              <ul>
                ${entries.map(
                  ([field, messages]) => html`<li>
                    <button type="button" @click=${() => this.focusField(field)}>${this.label(field)}</button>:
                    ${messages.join(" ")}
                  </li>`,
                )}
              </ul>
            </sl-alert>`
          : nothing
      }
    </div>`;
  }

  renderSaveBar() {
    const page = this.page;
    const msg = page.msg;
    return html`<div class="save-bar">
        ${
          page.record
            ? html`<sl-input
                label=${msg.t("reason")}
                help-text=${msg.t("reasonHelp")}
                .value=${this.reason}
                @sl-input=${(e: Event) => {
                  this.reason = (e.target as HTMLInputElement).value;
                }}
              ></sl-input>`
            : nothing
        }
        <sl-button type="submit" variant="primary" ?loading=${this.saving}
          >${page.record ? msg.t("save") : msg.t("create")}</sl-button
        >
      </div>
      <div role="status" aria-live="polite">
        ${this.notice ? html`<sl-alert variant=${this.notice.variant} open>${this.notice.text}</sl-alert>` : nothing}
      </div>
      ${this.error ? html`<kausa-error-alert .error=${this.error}></kausa-error-alert>` : nothing}`;
  }
}
