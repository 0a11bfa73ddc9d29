import { ContextConsumer } from "@lit/context";
import { css, html, LitElement, nothing } from "lit";
import { clientContext, sessionContext } from "../app/context.ts";
import { unsavedChanges } from "../app/unsaved-changes.ts";
import { common } from "../i18n/common.messages.ts";
import { LocalizeController } from "../i18n/localize.controller.ts";
import { pageStyles } from "../styles/page.styles.ts";
import { CHANGE_PASSWORD, LOGOUT_EVERYWHERE } from "./accounts.documents.ts";
import { accountsMessages } from "./accounts.messages.ts";
import "./confirm-dialog.ts";
import { fieldStyles } from "./accounts.styles.ts";
import type { KausaConfirmDialog } from "./confirm-dialog.ts";
import { runForm, splitError } from "./field-errors.ts";

const FIELDS = ["currentPassword", "newPassword"] as const;

/**
 * The logged-in person's own account: who they are, a new password (the API's rules as help,
 * its refusals at the field), and logging out on every device.
 *
 * @tagname kausa-account-page
 */
export class KausaAccountPage extends LitElement {
  static override styles = [
    pageStyles,
    fieldStyles,
    css`
      dl {
        display: grid;
        grid-template-columns: max-content 1fr;
        gap: var(--sl-spacing-x-small) var(--sl-spacing-large);
      }
      dt {
        font-weight: var(--sl-font-weight-semibold);
      }
      dd {
        margin: 0;
      }
      form {
        max-width: 32rem;
      }
    `,
  ];
  static override properties = {
    errors: { state: true },
    formError: { state: true },
    notice: { state: true },
    busy: { state: true },
    logoutError: { state: true },
  };
  /** @internal */
  errors: Record<string, string> = {};
  /** @internal */
  formError = "";
  /** @internal */
  notice = "";
  /** @internal */
  busy = false;
  /** @internal */
  logoutError = "";

  private readonly msg = new LocalizeController(this, accountsMessages);
  private readonly common = new LocalizeController(this, common);
  private readonly client = new ContextConsumer(this, { context: clientContext });
  private readonly session = new ContextConsumer(this, { context: sessionContext, subscribe: true });

  override firstUpdated() {
    document.title = `${this.msg.t("accountTitle")} – ${this.common.t("appName")}`;
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    unsavedChanges.mark(this, false);
  }

  private async changePassword(event: SubmitEvent) {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const data = new FormData(form);
    const newPassword = String(data.get("newPassword") ?? "");
    this.errors = {};
    this.formError = "";
    this.notice = "";
    if (newPassword !== String(data.get("repeat") ?? "")) {
      this.errors = { repeat: this.msg.t("mismatch") };
      return this.focusError();
    }
    this.busy = true;
    try {
      const { changePassword } = await runForm(this.client.value!, CHANGE_PASSWORD, {
        currentPassword: String(data.get("currentPassword") ?? ""),
        newPassword,
      });
      form.reset();
      unsavedChanges.mark(this, false);
      this.notice = this.msg.t("passwordChanged", { count: changePassword.otherSessionsEnded });
    } catch (error) {
      const { fieldErrors, formError } = splitError(this.msg, this.common, error, FIELDS);
      this.errors = fieldErrors;
      this.formError = formError;
      await this.focusError();
    } finally {
      this.busy = false;
    }
  }

  private async focusError() {
    await this.updateComplete;
    const field = Object.keys(this.errors)[0];
    if (field) this.renderRoot.querySelector<HTMLElement>(`sl-input[name=${field}]`)?.focus();
  }

  private async logoutEverywhere() {
    const confirmDialog = this.renderRoot.querySelector<KausaConfirmDialog>("kausa-confirm-dialog")!;
    const confirmed = await confirmDialog.ask({
      title: this.msg.t("logoutEverywhereTitle"),
      message: this.msg.t("logoutEverywhereQuestion"),
      confirm: this.msg.t("logoutEverywhere"),
    });
    if (!confirmed) return;
    this.logoutError = "";
    try {
      await runForm(this.client.value!, LOGOUT_EVERYWHERE, {});
      unsavedChanges.mark(this, false);
      // The session is gone already; logout() forgets it in the app and shows the login page.
      await this.session.value?.logout();
    } catch (error) {
      this.logoutError = splitError(this.msg, this.common, error, []).formError;
    }
  }

  private passwordInput(name: string, label: string, autocomplete: string, help = "") {
    const error = this.errors[name];
    return html`<sl-input
      name=${name}
      type="password"
      required
      password-toggle
      autocomplete=${autocomplete}
      label=${label}
      class=${error ? "invalid" : ""}
      help-text=${error ?? help}
    ></sl-input>`;
  }

  override render() {
    const me = this.session.value?.me;
    return html`<h1>${this.msg.t("accountTitle")}</h1>
      ${
        me
          ? html`<dl>
              <dt>${this.msg.t("name")}</dt><dd>${me.name ?? "–"}</dd>
              <dt>${this.msg.t("email")}</dt><dd>${me.email}</dd>
              <dt>${this.msg.t("role")}</dt><dd>${this.common.t(`role.${me.role}`)}</dd>
              ${me.partner ? html`<dt>${this.msg.t("partner")}</dt><dd>${me.partner.name}</dd>` : nothing}
            </dl>`
          : nothing
      }
      <h2>${this.msg.t("changePassword")}</h2>
      <form @submit=${this.changePassword} @sl-input=${() => unsavedChanges.mark(this, true)}>
        <input type="text" name="username" autocomplete="username" value=${me?.email ?? ""} hidden />
        ${this.passwordInput("currentPassword", this.msg.t("currentPassword"), "current-password")}
        ${this.passwordInput("newPassword", this.msg.t("newPassword"), "new-password", this.msg.t("passwordRules"))}
        ${this.passwordInput("repeat", this.msg.t("repeatPassword"), "new-password")}
        <div role="alert">
          <span class="visually-hidden">${Object.values(this.errors).join(" ")}</span>
          ${this.formError ? html`<sl-alert variant="danger" open>${this.formError}</sl-alert>` : nothing}
        </div>
        <p role="status">${this.notice ? html`<sl-alert variant="success" open>${this.notice}</sl-alert>` : nothing}</p>
        <div>
          <sl-button type="submit" variant="primary" ?loading=${this.busy}>${this.msg.t("changePassword")}</sl-button>
        </div>
      </form>
      <h2>${this.msg.t("logoutEverywhere")}</h2>
      <p>${this.msg.t("logoutEverywhereText")}</p>
      <div role="alert">${this.logoutError ? html`<sl-alert variant="danger" open>${this.logoutError}</sl-alert>` : nothing}</div>
      <sl-button @click=${this.logoutEverywhere}>${this.msg.t("logoutEverywhere")}</sl-button>
      <kausa-confirm-dialog></kausa-confirm-dialog>`;
  }
}
customElements.define("kausa-account-page", KausaAccountPage);
