import { ContextConsumer } from "@lit/context";
import { html, LitElement } from "lit";
import { ApiError, run } from "../api/client.ts";
import { clientContext, sessionContext } from "../app/context.ts";
import { adminPath, navigate } from "../app/navigation.ts";
import { common } from "../i18n/common.messages.ts";
import { LocalizeController } from "../i18n/localize.controller.ts";
import { describeError } from "../shared/error-alert.ts";
import { LOGIN } from "./session.documents.ts";
import { sessionMessages } from "./session.messages.ts";
import { sessionStyles } from "./session.styles.ts";

/** Only paths of this app count as "where to go after login" (no open redirect). */
export function safeNext(next: string | null): string {
  return next?.startsWith(`${adminPath("")}/`) && !next.startsWith("//") ? next : adminPath("");
}

/**
 * Login with e-mail and password. The API sets the HttpOnly session cookie; afterwards the app
 * continues where the editor wanted to go (`?next=`).
 *
 * @tagname kausa-login-page
 */
export class KausaLoginPage extends LitElement {
  static override styles = sessionStyles;
  static override properties = { error: { state: true }, busy: { state: true } };
  /** @internal */
  error = "";
  /** @internal */
  busy = false;

  private readonly msg = new LocalizeController(this, sessionMessages);
  private readonly common = new LocalizeController(this, common);
  private readonly client = new ContextConsumer(this, { context: clientContext });
  private readonly session = new ContextConsumer(this, { context: sessionContext, subscribe: true });

  override firstUpdated() {
    document.title = `${this.msg.t("loginTitle")} – ${this.common.t("appName")}`;
  }

  private async submit(event: SubmitEvent) {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const data = new FormData(form);
    this.busy = true;
    this.error = "";
    try {
      await run(this.client.value!, LOGIN, {
        email: String(data.get("email") ?? ""),
        password: String(data.get("password") ?? ""),
      });
      await this.session.value?.refresh();
      navigate(safeNext(new URLSearchParams(location.search).get("next")), { replace: true });
    } catch (error) {
      this.error =
        error instanceof ApiError && error.kind === "unauthenticated"
          ? this.msg.t("loginFailed")
          : error instanceof ApiError && error.kind === "too-many"
            ? this.msg.t("loginThrottled", { minutes: Math.max(1, Math.ceil((error.retryAfter ?? 60) / 60)) })
            : describeError(this.common, error);
      this.renderRoot.querySelector<HTMLElement>("sl-input[name=password]")?.focus();
    } finally {
      this.busy = false;
    }
  }

  override render() {
    return html`<h1>${this.msg.t("loginTitle")}</h1>
      <p>${this.msg.t("loginIntro")}</p>
      <form @submit=${this.submit}>
        <sl-input name="email" type="email" autocomplete="username" required label=${this.msg.t("email")}></sl-input>
        <sl-input
          name="password"
          type="password"
          autocomplete="current-password"
          required
          password-toggle
          label=${this.msg.t("password")}
        ></sl-input>
        <div role="alert">${this.error ? html`<sl-alert variant="danger" open>${this.error}</sl-alert>` : ""}</div>
        <sl-button type="submit" variant="primary" ?loading=${this.busy}>${this.msg.t("login")}</sl-button>
      </form>`;
  }
}
customElements.define("kausa-login-page", KausaLoginPage);
