import { ContextConsumer } from "@lit/context";
import { html, LitElement, nothing } from "lit";
import { isStaff, sessionContext } from "../app/context.ts";
import { common } from "../i18n/common.messages.ts";
import { LocalizeController } from "../i18n/localize.controller.ts";
import { pageStyles } from "../styles/page.styles.ts";
import { IMPORT_DATA } from "./data-transfer.documents.ts";
import { dataTransferMessages } from "./data-transfer.messages.ts";
import "./import-report.ts";
import { importStyles } from "./import.styles.ts";
import type { ImportReport } from "./import-report.ts";
import { UploadError, uploadMutation } from "./upload.ts";

const IMPORT_TYPES = ["CONTACT_POINTS", "PARTNERS", "OFFERS"] as const;
type ImportType = (typeof IMPORT_TYPES)[number];
/** The lists as the template downloads name them (/export/templates/contact-points.csv). */
const TEMPLATE_NAME: Record<ImportType, string> = {
  CONTACT_POINTS: "contact-points",
  PARTNERS: "partners",
  OFFERS: "offers",
};
/** The API's limit for staff uploads; checked here first so a too large file is not sent at all. */
const MAX_BYTES = 20 * 1024 * 1024;

const formatOf = (file: File) =>
  /\.csv$/i.test(file.name) ? "CSV" : /\.xlsx$/i.test(file.name) ? "XLSX" : null;

/**
 * Importing a CSV or XLSX list (staff only): choose the list and the file, check it (a dry run
 * with a report by row), then import. The API applies all rows in one transaction and nothing
 * when any row is bad, so "Importieren" only becomes possible after a clean check of the very
 * same file and settings.
 *
 * @tagname kausa-import-page
 */
export class KausaImportPage extends LitElement {
  static override styles = [pageStyles, importStyles];
  static override properties = {
    type: { state: true },
    file: { state: true },
    fileProblem: { state: true },
    publish: { state: true },
    busy: { state: true },
    status: { state: true },
    error: { state: true },
    report: { state: true },
    cleanFor: { state: true },
  };
  /** @internal */
  type: ImportType = "CONTACT_POINTS";
  /** @internal */
  file: File | null = null;
  /** @internal Why the chosen file cannot be sent (wrong type, too large). */
  fileProblem = "";
  /** @internal */
  publish = false;
  /** @internal What runs now: the check or the import. */
  busy: "check" | "apply" | null = null;
  /** @internal The text the live region announces. */
  status = "";
  /** @internal */
  error = "";
  /** @internal The last dry run's or import's report. */
  report: ImportReport | null = null;
  /** @internal The file and settings whose dry run was clean: only they may be imported. */
  cleanFor: { file: File; type: ImportType; publish: boolean } | null = null;

  private readonly msg = new LocalizeController(this, dataTransferMessages);
  private readonly common = new LocalizeController(this, common);
  private readonly session = new ContextConsumer(this, { context: sessionContext, subscribe: true });

  override firstUpdated() {
    document.title = `${this.msg.t("importTitle")} – ${this.common.t("appName")}`;
  }

  /** Any change of file or settings makes the last check stale. */
  private reset() {
    this.report = null;
    this.cleanFor = null;
    this.error = "";
    this.status = "";
  }

  private chooseFile(event: Event) {
    const file = (event.target as HTMLInputElement).files?.[0] ?? null;
    this.reset();
    this.file = file;
    this.fileProblem = !file
      ? ""
      : !formatOf(file)
        ? this.msg.t("wrongFileType")
        : file.size > MAX_BYTES
          ? this.msg.t("fileTooLargeLocal")
          : "";
  }

  private get canApply(): boolean {
    const clean = this.cleanFor;
    return !!clean && clean.file === this.file && clean.type === this.type && clean.publish === this.publish;
  }

  private async send(dryRun: boolean) {
    const file = this.file;
    const format = file && formatOf(file);
    if (!file || !format || this.fileProblem || this.busy) return;
    const settings = { file, type: this.type, publish: this.publish };
    this.busy = dryRun ? "check" : "apply";
    this.error = "";
    this.report = null;
    this.status = this.msg.t(dryRun ? "checking" : "applying");
    try {
      const { importData } = await uploadMutation(
        IMPORT_DATA,
        { type: settings.type, format, file, dryRun, publish: settings.publish },
        "file",
      );
      this.report = importData;
      this.cleanFor = dryRun && importData.problemCount === 0 && importData.rows > 0 ? settings : null;
      this.status = this.msg.t(dryRun ? "checkDone" : "applyDone");
    } catch (error) {
      this.cleanFor = null;
      this.status = "";
      this.error = this.describe(error);
    } finally {
      this.busy = null;
    }
  }

  private describe(error: unknown): string {
    if (!(error instanceof UploadError)) return this.common.t("error.server");
    switch (error.kind) {
      case "too-large":
        return this.msg.t("tooLarge");
      case "too-many":
        return this.msg.t("tooMany", { seconds: error.retryAfter ?? 60 });
      case "bad-input":
        return this.msg.t("badInput", { message: error.message });
      case "forbidden":
        return this.msg.t("forbidden");
      default:
        return this.common.t(`error.${error.kind}`);
    }
  }

  private templates() {
    const list = this.msg.t(`type.${this.type}`);
    const name = TEMPLATE_NAME[this.type];
    return html`<p class="templates">
      <span>${this.msg.t("templates")}:</span>
      <a href="/export/templates/${name}.xlsx" download>${this.msg.t("templateXlsx", { list })}</a>
      <a href="/export/templates/${name}.csv" download>${this.msg.t("templateCsv", { list })}</a>
    </p>`;
  }

  private fileField() {
    const file = this.file;
    const size = file
      ? new Intl.NumberFormat(this.msg.lang, { maximumFractionDigits: 1 }).format(file.size / 1024)
      : "";
    return html`<div class="file-field">
      <label for="file">${this.msg.t("file")}</label>
      <input
        id="file"
        type="file"
        accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        aria-describedby="file-note"
        aria-invalid=${this.fileProblem ? "true" : "false"}
        ?disabled=${!!this.busy}
        @change=${this.chooseFile}
      />
      <span id="file-note" class=${this.fileProblem ? "error" : "muted"} role=${this.fileProblem ? "alert" : nothing}>
        ${this.fileProblem || (file ? this.msg.t("fileChosen", { name: file.name, size: `${size} KB` }) : "")}
      </span>
    </div>`;
  }

  override render() {
    const heading = html`<h1>${this.msg.t("importTitle")}</h1>`;
    if (!isStaff(this.session.value?.me ?? null))
      return html`${heading}<sl-alert variant="warning" open><span role="alert">${this.msg.t("notAllowed")}</span></sl-alert>`;
    return html`${heading}
      <p>${this.msg.t("importIntro")}</p>
      <div class="form-grid">
        <sl-select
          label=${this.msg.t("list")}
          help-text=${this.msg.t("listHelp")}
          value=${this.type}
          ?disabled=${!!this.busy}
          @sl-change=${(e: Event) => {
            this.type = (e.target as HTMLSelectElement).value as ImportType;
            this.reset();
          }}
        >
          ${IMPORT_TYPES.map((t) => html`<sl-option value=${t}>${this.msg.t(`type.${t}`)}</sl-option>`)}
        </sl-select>
        ${this.fileField()}
      </div>
      ${this.templates()}
      <sl-checkbox
        ?checked=${this.publish}
        ?disabled=${!!this.busy}
        help-text=${this.msg.t("publishHelp")}
        @sl-change=${(e: Event) => {
          this.publish = (e.target as HTMLInputElement).checked;
          this.reset();
        }}
      >${this.msg.t("publish")}</sl-checkbox>
      <div class="actions">
        <sl-button
          variant=${this.canApply ? "default" : "primary"}
          ?disabled=${!this.file || !!this.fileProblem || !!this.busy}
          ?loading=${this.busy === "check"}
          @click=${() => this.send(true)}
        >${this.msg.t("check")}</sl-button>
        <sl-button
          variant="primary"
          ?disabled=${!this.canApply || !!this.busy}
          ?loading=${this.busy === "apply"}
          @click=${() => this.send(false)}
        >${this.msg.t("apply")}</sl-button>
      </div>
      ${this.canApply || this.report?.applied ? nothing : html`<p class="muted">${this.msg.t("applyHint")}</p>`}
      ${this.busy ? html`<div class="progress" role="progressbar" aria-label=${this.status}></div>` : nothing}
      <p class="status" role="status" aria-live="polite">${this.status}</p>
      <div role="alert">${this.error ? html`<sl-alert variant="danger" open>${this.error}</sl-alert>` : nothing}</div>
      <kausa-import-report .report=${this.report}></kausa-import-report>`;
  }
}
customElements.define("kausa-import-page", KausaImportPage);
