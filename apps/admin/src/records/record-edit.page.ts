import { ContextConsumer } from "@lit/context";
import { Task } from "@lit/task";
import { html, LitElement, nothing } from "lit";
import { clientContext, isStaff, sessionContext } from "../app/context.ts";
import { unsavedChanges } from "../app/unsaved-changes.ts";
import { common, enumTexts } from "../i18n/common.messages.ts";
import { LocalizeController } from "../i18n/localize.controller.ts";
import "../fields/index.ts";
import "../shared/error-alert.ts";
import "./edit/conflict-dialog.ts";
import "./edit/status-actions.ts";
import { editMessages } from "./edit/edit.messages.ts";
import { editStyles } from "./edit/edit.styles.ts";
import { loadChoices, loadContactPointChoices } from "./edit/edit-options.ts";
import { fieldMessages } from "./edit/field.messages.ts";
import type { EditOptions, FormKit } from "./edit/form-controls.ts";
import { changedFields, emptyValues, type FormValues } from "./edit/form-values.ts";
import { draftProposal, type LoadedRecord, loadRecord, proposedValues } from "./edit/record-api.ts";
import { FORMS } from "./edit/record-forms.ts";
import { backLink, recordHeader } from "./edit/record-header.ts";
import { RecordSaver } from "./edit/record-saver.ts";
import { isRecordType, type RecordType, rawId, recordTypeTexts } from "./record-types.ts";

type Loaded = LoadedRecord | "new" | "not-found" | "unknown-type" | "not-allowed";

/**
 * The edit page of a contact point, partner, offer or network (`record-id` = database id), or
 * the empty form of a new one (no `record-id`). Shows the record's facts and state, the actions
 * its state allows, and its fields in sections; saving sends only what changed, with the version
 * it is based on (a conflict opens the merge view, record-saver.ts).
 *
 * @tagname kausa-record-edit-page
 */
export class KausaRecordEditPage extends LitElement {
  static override styles = editStyles;
  static override properties = {
    type: { type: String },
    recordId: { type: String, attribute: "record-id" },
    record: { state: true },
    values: { state: true },
    dirty: { state: true },
  };

  type = "";
  recordId = "";
  /** @internal The stored record (null while creating or when not found). */
  record: LoadedRecord | null = null;
  /** @internal What the form started from: the stored values, or the editor's own draft proposal. */
  base: FormValues = {};
  /** @internal The version the next save is based on. */
  version = 0;
  /** @internal */
  values: FormValues = {};
  /** @internal */
  dirty = false;

  readonly msg = new LocalizeController(this, editMessages);
  readonly common = new LocalizeController(this, common);
  readonly text = new LocalizeController(this, fieldMessages);
  readonly enums = new LocalizeController(this, enumTexts);
  readonly types = new LocalizeController(this, recordTypeTexts);
  readonly client = new ContextConsumer(this, { context: clientContext });
  private readonly session = new ContextConsumer(this, { context: sessionContext, subscribe: true });
  readonly saver = new RecordSaver(this);

  get me() {
    return this.session.value?.me ?? null;
  }
  get staff() {
    return isStaff(this.me);
  }
  get recordType(): RecordType {
    return this.type as RecordType;
  }

  private readonly loader = new Task(this, {
    task: async ([type, id], { signal }): Promise<Loaded> => {
      if (!isRecordType(type)) return "unknown-type";
      if (!id) return this.staff || type === "contact-points" || type === "offers" ? "new" : "not-allowed";
      return (await loadRecord(this.client.value!, type, id, signal)) ?? "not-found";
    },
    args: () => [this.type, this.recordId] as const,
    onComplete: (loaded) => {
      // Another record (or a new form): the last one's "saved" message is not about this one.
      this.saver.notice = null;
      if (loaded === "new") this.startNew();
      else if (typeof loaded === "object") this.adopt(loaded);
      this.setTitle(loaded);
    },
  });

  private readonly choices = new Task(this, {
    task: ([type, staff]) => (isRecordType(type) ? loadChoices(this.client.value!, type, staff) : null),
    args: () => [this.type, this.staff] as const,
  });

  private readonly contactPointChoices = new Task(this, {
    task: ([partnerId]) => loadContactPointChoices(this.client.value!, partnerId),
    args: () => [this.type === "offers" ? this.offerPartnerId() : null] as const,
  });

  private offerPartnerId(): string | null {
    const chosen = this.values.partnerId as string | null | undefined;
    const own = this.me?.partner?.id;
    return chosen ?? (own ? rawId(own) : null);
  }

  /** Shows a stored record (after loading, saving or a change of state). */
  adopt(record: LoadedRecord) {
    this.record = record;
    this.version = record.version;
    this.base = this.staff ? record.values : proposedValues(this.recordType, record);
    this.values = { ...this.base };
    this.saver.clearProblems();
    this.markDirty();
    document.title = `${record.title} – ${this.common.t("appName")}`;
  }

  private startNew() {
    this.record = null;
    this.version = 0;
    this.base = emptyValues(this.recordType);
    this.values = { ...this.base };
    this.saver.clearProblems();
    this.markDirty();
  }

  /** Reads the record again; false when it is gone (or no longer the editor's). */
  async refresh(): Promise<boolean> {
    const [type, id] = [this.recordType, this.recordId];
    const record = await loadRecord(this.client.value!, type, id);
    // The page moved on to another record meanwhile (same element, new address): not its answer.
    if (type !== this.recordType || id !== this.recordId) return true;
    if (record) this.adopt(record);
    else {
      // Gone meanwhile: the page says so rather than offering a form that would create a new one.
      this.record = null;
      unsavedChanges.mark(this, false);
    }
    return Boolean(record);
  }

  setValue(field: string, value: unknown) {
    this.values = { ...this.values, [field]: value };
    // An offer names only its own partner's contact points: another partner, other choices.
    if (this.type === "offers" && field === "partnerId") this.values.contactPointIds = [];
    this.saver.clearProblem(field);
    this.markDirty();
  }

  markDirty() {
    this.dirty =
      isRecordType(this.type) && Object.keys(changedFields(this.type, this.base, this.values)).length > 0;
    unsavedChanges.mark(this, this.dirty);
  }

  private setTitle(loaded: Loaded) {
    const page =
      typeof loaded === "object"
        ? loaded.title
        : loaded === "new"
          ? this.msg.t("newTitle", { type: this.types.t(`one.${this.recordType}`) })
          : this.msg.t("notFoundTitle");
    document.title = `${page} – ${this.common.t("appName")}`;
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    unsavedChanges.mark(this, false);
  }

  get options(): EditOptions {
    return {
      regions: this.choices.value?.regions ?? [],
      partners: this.choices.value?.partners ?? [],
      contactPoints: this.contactPointChoices.value ?? [],
    };
  }

  get readonly(): boolean {
    const status = this.record?.status;
    return status === "ARCHIVED" || (status === "IN_REVIEW" && !this.staff);
  }

  override render() {
    return this.loader.render({
      pending: () => html`<sl-spinner aria-label=${this.common.t("loading")}></sl-spinner>`,
      error: (error) =>
        html`<h1>${isRecordType(this.type) ? this.types.t(`one.${this.type}`) : this.msg.t("unknownType")}</h1>
          <kausa-error-alert .error=${error}></kausa-error-alert>`,
      complete: (loaded) => {
        if (loaded === "unknown-type") return html`<h1>${this.msg.t("unknownType")}</h1>`;
        const words = { edit: this.msg, common: this.common, types: this.types };
        const gone = typeof loaded === "object" && !this.record;
        if (loaded === "not-found" || loaded === "not-allowed" || gone) {
          return html`${backLink(this.recordType, words)}
            <h1>${this.msg.t("notFoundTitle")}</h1>
            <sl-alert variant="warning" open
              ><span role="alert">${this.msg.t(loaded === "not-allowed" ? "notAllowedCreate" : "notFound")}</span></sl-alert
            >`;
        }
        const record = loaded === "new" ? null : this.record;
        return html`${
          record
            ? recordHeader(this.recordType, this.recordId, record, words)
            : html`${backLink(this.recordType, words)}
                <h1>${this.msg.t("newTitle", { type: this.types.t(`one.${this.recordType}`) })}</h1>`
        }
          ${record ? this.renderState(record) : nothing} ${this.renderForm()}`;
      },
    });
  }

  private renderState(record: LoadedRecord) {
    const proposal = !this.staff && draftProposal(record);
    return html`${proposal ? html`<p>${this.msg.t("proposalNote")}</p>` : nothing}
      <kausa-status-actions
        type=${this.recordType}
        .recordId=${record.id}
        status=${record.status}
        ?staff=${this.staff}
        ?has-draft-proposal=${Boolean(draftProposal(record))}
        ?dirty=${this.dirty}
        @kausa-status-changed=${() => this.refresh()}
      ></kausa-status-actions>
      ${
        record.status === "ARCHIVED" || (record.status === "IN_REVIEW" && !this.staff)
          ? html`<sl-alert variant="neutral" open
              >${this.msg.t(record.status === "ARCHIVED" ? "readOnlyArchived" : "readOnlyInReview")}</sl-alert
            >`
          : nothing
      }`;
  }

  private renderForm() {
    const kit: FormKit = {
      values: this.values,
      problems: this.saver.problems,
      readonly: this.readonly,
      staff: this.staff,
      partnerName: this.record?.partner?.name ?? this.me?.partner?.name ?? null,
      options: this.options,
      text: this.text,
      enums: this.enums,
      set: (field, value) => this.setValue(field, value),
      movePin: (lat, lng) => {
        // A pin set by hand is as exact as an address (the API keeps the old precision otherwise).
        this.values = { ...this.values, lat, lng, geoPrecision: "ADDRESS" };
        this.saver.clearProblem("lat");
        this.markDirty();
      },
    };
    const words = { yes: this.msg.t("yes"), no: this.msg.t("no"), unknown: this.msg.t("unknown") };
    return html`<form novalidate @submit=${(e: SubmitEvent) => this.saver.submit(e)}>
        ${this.saver.renderSummary()}
        ${this.choices.error ? html`<kausa-error-alert .error=${this.choices.error}></kausa-error-alert>` : nothing}
        ${FORMS[this.recordType](kit, words)}
        ${this.readonly ? nothing : this.saver.renderSaveBar()}
      </form>
      <kausa-conflict-dialog
        @kausa-merge=${(e: CustomEvent) => this.saver.merge(e.detail.choices)}
        @kausa-merge-cancel=${() => this.saver.cancelMerge()}
      ></kausa-conflict-dialog>`;
  }
}
customElements.define("kausa-record-edit-page", KausaRecordEditPage);
