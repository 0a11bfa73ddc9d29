import { ContextConsumer } from "@lit/context";
import { Task } from "@lit/task";
import { css, html, LitElement, nothing } from "lit";
import { run } from "../api/client.ts";
import type { ResultOf } from "../api/graphql.ts";
import { clientContext } from "../app/context.ts";
import { common } from "../i18n/common.messages.ts";
import { LocalizeController } from "../i18n/localize.controller.ts";
import "../shared/error-alert.ts";
import { pageStyles } from "../styles/page.styles.ts";
import { API_TOKENS, REVOKE_API_TOKEN, type TokenFields } from "./accounts.documents.ts";
import { accountsMessages } from "./accounts.messages.ts";
import { stateStyles } from "./accounts.styles.ts";
import "./confirm-dialog.ts";
import type { KausaConfirmDialog } from "./confirm-dialog.ts";
import { runForm, splitError } from "./field-errors.ts";
import { loadPartnerChoices } from "./role-fields.ts";
import "./token-dialog.ts";
import type { KausaTokenDialog } from "./token-dialog.ts";

type Token = ResultOf<typeof TokenFields>;

/**
 * API tokens (administrators only): every token with its recognisable prefix, role, partner,
 * dates and state; create one (its secret is shown once) or revoke one.
 *
 * @tagname kausa-tokens-page
 */
export class KausaTokensPage extends LitElement {
  static override styles = [
    pageStyles,
    stateStyles,
    css`
      code {
        font-family: var(--sl-font-mono);
      }
    `,
  ];
  static override properties = { notice: { state: true }, error: { state: true } };
  /** @internal What the last action did (announced). */
  notice = "";
  /** @internal Why the last action failed. */
  error = "";

  private readonly msg = new LocalizeController(this, accountsMessages);
  private readonly common = new LocalizeController(this, common);
  private readonly client = new ContextConsumer(this, { context: clientContext });

  private readonly tokens = new Task(this, {
    task: async (_args, { signal }) => (await run(this.client.value!, API_TOKENS, {}, { signal })).apiTokens,
    args: () => [],
  });

  private readonly partners = new Task(this, {
    task: async (_args, { signal }) => loadPartnerChoices(this.client.value!, signal),
    args: () => [],
  });

  override firstUpdated() {
    document.title = `${this.msg.t("tokensTitle")} – ${this.common.t("appName")}`;
  }

  private async revoke(token: Token) {
    const confirmDialog = this.renderRoot.querySelector<KausaConfirmDialog>("kausa-confirm-dialog")!;
    const confirmed = await confirmDialog.ask({
      title: this.msg.t("revokeTitle"),
      message: this.msg.t("revokeQuestion", { name: token.name }),
      confirm: this.msg.t("revoke"),
    });
    if (!confirmed) return;
    this.notice = "";
    this.error = "";
    try {
      await runForm(this.client.value!, REVOKE_API_TOKEN, { id: token.id });
      this.notice = this.msg.t("revokedDone", { name: token.name });
    } catch (error) {
      this.error = splitError(this.msg, this.common, error, []).formError;
    }
    void this.tokens.run();
  }

  private state(token: Token) {
    if (token.revokedAt)
      return html`<span class="state state--off">${this.msg.t("revoked", { date: this.msg.date(token.revokedAt) })}</span>`;
    if (token.expiresAt && new Date(token.expiresAt) <= new Date())
      return html`<span class="state state--warn">${this.msg.t("expired")}</span>`;
    return html`<span class="state state--ok">${this.msg.t("valid")}</span>`;
  }

  private row(token: Token) {
    return html`<tr>
      <th scope="row">${token.name}</th>
      <td><code>${token.prefix}…</code></td>
      <td>${this.common.t(`role.${token.role}`)}</td>
      <td>${token.partner?.name ?? "–"}</td>
      <td>${this.msg.date(token.createdAt)}</td>
      <td>${token.expiresAt ? this.msg.date(token.expiresAt) : this.msg.t("unlimited")}</td>
      <td>${token.lastUsedAt ? this.msg.dateTime(token.lastUsedAt) : this.msg.t("never")}</td>
      <td>${this.state(token)}</td>
      <td>
        ${
          token.revokedAt
            ? nothing
            : html`<sl-button size="small" variant="danger" outline @click=${() => this.revoke(token)}>
                ${this.msg.t("revoke")}<span class="visually-hidden"> – ${token.name}</span>
              </sl-button>`
        }
      </td>
    </tr>`;
  }

  private table(tokens: Token[]) {
    if (!tokens.length) return html`<p>${this.msg.t("noTokens")}</p>`;
    return html`<div class="table-wrap">
      <table>
        <caption class="visually-hidden">${this.msg.t("tokensTitle")}</caption>
        <thead>
          <tr>
            <th scope="col">${this.msg.t("tokenName")}</th>
            <th scope="col">${this.msg.t("prefix")}</th>
            <th scope="col">${this.msg.t("role")}</th>
            <th scope="col">${this.msg.t("partner")}</th>
            <th scope="col">${this.msg.t("created")}</th>
            <th scope="col">${this.msg.t("expires")}</th>
            <th scope="col">${this.msg.t("lastUsed")}</th>
            <th scope="col">${this.msg.t("state")}</th>
            <th scope="col">${this.msg.t("actions")}</th>
          </tr>
        </thead>
        <tbody>${tokens.map((token) => this.row(token))}</tbody>
      </table>
    </div>`;
  }

  override render() {
    return html`<h1>${this.msg.t("tokensTitle")}</h1>
      <p>${this.msg.t("tokensIntro")}</p>
      <div class="toolbar">
        <sl-button
          variant="primary"
          @click=${() => this.renderRoot.querySelector<KausaTokenDialog>("kausa-token-dialog")?.openCreate()}
        >${this.msg.t("createToken")}</sl-button>
      </div>
      <p role="status">${this.notice}</p>
      <div role="alert">${this.error ? html`<sl-alert variant="danger" open>${this.error}</sl-alert>` : nothing}</div>
      ${this.tokens.render({
        // While reloading after an action the old table stays, so keyboard focus keeps its place.
        pending: () => (this.tokens.value ? this.table(this.tokens.value) : html`<sl-spinner></sl-spinner>`),
        complete: (tokens) => this.table(tokens),
        error: (error) => html`<kausa-error-alert .error=${error}></kausa-error-alert>`,
      })}
      <kausa-token-dialog .partners=${this.partners.value} @kausa-token-created=${() => void this.tokens.run()}></kausa-token-dialog>
      <kausa-confirm-dialog></kausa-confirm-dialog>`;
  }
}
customElements.define("kausa-tokens-page", KausaTokensPage);
