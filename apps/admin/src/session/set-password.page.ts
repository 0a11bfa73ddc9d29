import { ContextConsumer } from "@lit/context";
import { html, LitElement } from "lit";
import { ApiError, run } from "../api/client.ts";
import { clientContext, sessionContext } from "../app/context.ts";
import { adminPath, navigate } from "../app/navigation.ts";
import { common } from "../i18n/common.messages.ts";
import { LocalizeController } from "../i18n/localize.controller.ts";
import { describeError } from "../shared/error-alert.ts";
import { isPasswordProblem, passwordProblems } from "../shared/password-problems.ts";
import { SET_PASSWORD } from "./session.documents.ts";
import { sessionMessages } from "./session.messages.ts";
import { sessionStyles } from "./session.styles.ts";

/**
 * The page an invitation (or a password reset) links to: /admin/set-password#token=…. The token
 * travels in the fragment, so it never reaches a server log; it is taken out of the address bar
 * at once. Setting the password also logs the editor in.
 *
 * @tagname kausa-set-password-page
 */
export class KausaSetPasswordPage extends LitElement {
  static override styles = sessionStyles;
  static override properties = { error: { state: true }, busy: { state: true }, problems: { state: true } };
  /** @internal */
  error = "";
  /** @internal Messages next to the password field (too short, too common …). */
  problems: string[] = [];
  /** @internal */
  busy = false;

  private readonly token = new URLSearchParams(location.hash.slice(1)).get("token") ?? "";
  private readonly msg = new LocalizeController(this, sessionMessages);
  private readonly common = new LocalizeController(this, common);
  private readonly passwordText = new LocalizeController(this, passwordProblems);
  private readonly client = new ContextConsumer(this, { context: clientContext });
  private readonly session = new ContextConsumer(this, { context: sessionContext, subscribe: true });

  override connectedCallback() {
    super.connectedCallback();
    if (location.hash) history.replaceState(history.state, "", location.pathname + location.search);
  }

  override firstUpdated() {
    document.title = `${this.msg.t("setPasswordTitle")} – ${this.common.t("appName")}`;
  }

  private async submit(event: SubmitEvent) {
    event.preventDefault();
    const data = new FormData(event.target as HTMLFormElement);
    const password = String(data.get("password") ?? "");
    this.error = "";
    this.problems = [];
    if (password !== String(data.get("repeat") ?? "")) {
      this.problems = [this.msg.t("mismatch")];
      return;
    }
    this.busy = true;
    try {
      await run(this.client.value!, SET_PASSWORD, { token: this.token, password });
      await this.session.value?.refresh();
      navigate(adminPath(""), { replace: true });
    } catch (error) {
      if (error instanceof ApiError && error.kind === "bad-input") {
        const reason = error.input.reason;
        this.problems = [isPasswordProblem(reason) ? this.passwordText.t(reason) : error.message];
      } else if (
        error instanceof ApiError &&
        (error.kind === "unauthenticated" || error.kind === "not-found")
      )
        this.error = this.msg.t("linkInvalid");
      else this.error = describeError(this.common, error);
    } finally {
      this.busy = false;
    }
  }

  override render() {
    if (!this.token)
      return html`<h1>${this.msg.t("setPasswordTitle")}</h1><sl-alert variant="warning" open>${this.msg.t("linkMissing")}</sl-alert>`;
    return html`<h1>${this.msg.t("setPasswordTitle")}</h1>
      <p>${this.msg.t("setPasswordIntro")}</p>
      <form @submit=${this.submit}>
        <sl-input
          name="password"
          type="password"
          autocomplete="new-password"
          required
          minlength="12"
          password-toggle
          label=${this.msg.t("newPassword")}
          help-text=${this.problems.join(" ")}
        ></sl-input>
        <sl-input name="repeat" type="password" autocomplete="new-password" required password-toggle label=${this.msg.t("repeatPassword")}></sl-input>
        <div class="visually-hidden" role="alert">${this.problems.join(" ")}</div>
        <div role="alert">${this.error ? html`<sl-alert variant="danger" open>${this.error}</sl-alert>` : ""}</div>
        <sl-button type="submit" variant="primary" ?loading=${this.busy}>${this.msg.t("setPassword")}</sl-button>
      </form>`;
  }
}
customElements.define("kausa-set-password-page", KausaSetPasswordPage);
