import { ContextConsumer } from "@lit/context";
import { Task } from "@lit/task";
import { css, html, LitElement, nothing } from "lit";
import { run } from "../api/client.ts";
import type { ResultOf } from "../api/graphql.ts";
import { clientContext, sessionContext } from "../app/context.ts";
import { common } from "../i18n/common.messages.ts";
import { LocalizeController } from "../i18n/localize.controller.ts";
import "../shared/error-alert.ts";
import "../shared/pager.ts";
import { pageStyles } from "../styles/page.styles.ts";
import { CREATE_PASSWORD_LINK, DISABLE_USER, ENABLE_USER, USERS } from "./accounts.documents.ts";
import { accountsMessages } from "./accounts.messages.ts";
import { stateStyles } from "./accounts.styles.ts";
import "./confirm-dialog.ts";
import type { KausaConfirmDialog } from "./confirm-dialog.ts";
import { runForm, splitError } from "./field-errors.ts";
import { loadPartnerChoices } from "./role-fields.ts";
import "./secret-field.ts";
import "./user-dialog.ts";
import type { KausaUserDialog, UserRow } from "./user-dialog.ts";

const PAGE_SIZE = 50;
type PasswordLink = ResultOf<typeof CREATE_PASSWORD_LINK>["createPasswordLink"];

/**
 * The accounts (administrators only): who has which role, who has not yet set a password, who
 * is disabled. Invite people, change name and role, disable or enable, make a new set-password
 * link.
 *
 * @tagname kausa-users-page
 */
export class KausaUsersPage extends LitElement {
  static override styles = [
    pageStyles,
    stateStyles,
    css`
      td.actions-cell {
        display: flex;
        flex-wrap: wrap;
        gap: var(--sl-spacing-2x-small);
      }
    `,
  ];
  static override properties = {
    page: { state: true },
    notice: { state: true },
    error: { state: true },
    link: { state: true },
  };
  /** @internal */
  page = 1;
  /** @internal What the last action did (announced). */
  notice = "";
  /** @internal Why the last action failed. */
  error = "";
  /** @internal A new set-password link to show once. */
  link: { email: string; result: PasswordLink } | null = null;

  /** The cursor after which each page starts (the pager only steps by one page). */
  private readonly cursors = new Map<number, string | null>([[1, null]]);
  private readonly msg = new LocalizeController(this, accountsMessages);
  private readonly common = new LocalizeController(this, common);
  private readonly client = new ContextConsumer(this, { context: clientContext });
  private readonly session = new ContextConsumer(this, { context: sessionContext, subscribe: true });

  private readonly users = new Task(this, {
    task: async ([page], { signal }) => {
      const after = this.cursors.get(page) ?? null;
      const { users } = await run(this.client.value!, USERS, { first: PAGE_SIZE, after }, { signal });
      this.cursors.set(page + 1, users.pageInfo.endCursor ?? null);
      return users;
    },
    args: () => [this.page] as const,
  });

  private readonly partners = new Task(this, {
    task: async (_args, { signal }) => loadPartnerChoices(this.client.value!, signal),
    args: () => [],
  });

  override firstUpdated() {
    document.title = `${this.msg.t("usersTitle")} – ${this.common.t("appName")}`;
  }

  private get dialog() {
    return this.renderRoot.querySelector<KausaUserDialog>("kausa-user-dialog")!;
  }

  private get confirmDialog() {
    return this.renderRoot.querySelector<KausaConfirmDialog>("kausa-confirm-dialog")!;
  }

  private async setDisabled(user: UserRow, disabled: boolean) {
    const confirmed = await this.confirmDialog.ask({
      title: this.msg.t(disabled ? "disableTitle" : "enableTitle"),
      message: this.msg.t(disabled ? "disableQuestion" : "enableQuestion", { email: user.email }),
      confirm: this.msg.t(disabled ? "disable" : "enable"),
    });
    if (!confirmed) return;
    await this.act(async () => {
      if (disabled) await runForm(this.client.value!, DISABLE_USER, { id: user.id });
      else await runForm(this.client.value!, ENABLE_USER, { id: user.id });
      this.notice = this.msg.t(disabled ? "disabledDone" : "enabledDone", { email: user.email });
    });
  }

  private async newLink(user: UserRow) {
    await this.act(async () => {
      const { createPasswordLink } = await runForm(this.client.value!, CREATE_PASSWORD_LINK, {
        userId: user.id,
      });
      this.link = { email: user.email, result: createPasswordLink };
    });
  }

  private async act(action: () => Promise<void>) {
    this.notice = "";
    this.error = "";
    try {
      await action();
    } catch (error) {
      this.error = splitError(this.msg, this.common, error, []).formError;
    }
    void this.users.run();
  }

  private state(user: UserRow) {
    if (user.disabled) return html`<span class="state state--off">${this.msg.t("disabled")}</span>`;
    if (!user.hasPassword) return html`<span class="state state--warn">${this.msg.t("invited")}</span>`;
    return html`<span class="state state--ok">${this.msg.t("active")}</span>`;
  }

  private row(user: UserRow) {
    const self = user.id === this.session.value?.me?.id;
    const who = html`<span class="visually-hidden"> – ${user.email}</span>`;
    return html`<tr>
      <th scope="row">${user.email}</th>
      <td>${user.name ?? "–"}</td>
      <td>${this.common.t(`role.${user.role}`)}</td>
      <td>${user.partner?.name ?? "–"}</td>
      <td>${this.state(user)}</td>
      <td>${user.lastLoginAt ? this.msg.dateTime(user.lastLoginAt) : this.msg.t("never")}</td>
      <td class="actions-cell">
        <sl-button size="small" @click=${() => this.dialog.openEdit(user)}>${this.msg.t("edit")}${who}</sl-button>
        ${
          self
            ? nothing
            : html`<sl-button size="small" @click=${() => this.setDisabled(user, !user.disabled)}>
                ${this.msg.t(user.disabled ? "enable" : "disable")}${who}
              </sl-button>`
        }
        ${
          user.disabled
            ? nothing
            : html`<sl-button size="small" @click=${() => this.newLink(user)}>${this.msg.t("newLink")}${who}</sl-button>`
        }
      </td>
    </tr>`;
  }

  private table(users: NonNullable<typeof this.users.value>) {
    return html`<div class="table-wrap">
        <table>
          <caption class="visually-hidden">${this.msg.t("usersTitle")}</caption>
          <thead>
            <tr>
              <th scope="col">${this.msg.t("email")}</th>
              <th scope="col">${this.msg.t("name")}</th>
              <th scope="col">${this.msg.t("role")}</th>
              <th scope="col">${this.msg.t("partner")}</th>
              <th scope="col">${this.msg.t("state")}</th>
              <th scope="col">${this.msg.t("lastLogin")}</th>
              <th scope="col">${this.msg.t("actions")}</th>
            </tr>
          </thead>
          <tbody>${users.edges.map((edge) => this.row(edge.node))}</tbody>
        </table>
      </div>
      <kausa-pager
        page=${this.page}
        pages=${Math.max(1, Math.ceil(users.totalCount / PAGE_SIZE))}
        total=${users.totalCount}
        @kausa-page=${(e: CustomEvent<{ page: number }>) => {
          if (this.cursors.has(e.detail.page)) this.page = e.detail.page;
        }}
      ></kausa-pager>`;
  }

  private linkDialog() {
    const link = this.link;
    return html`<sl-dialog
      label=${this.msg.t("linkTitle")}
      ?open=${!!link}
      @sl-after-hide=${(e: Event) => {
        if (e.target === e.currentTarget) this.link = null;
      }}
    >
      ${
        link
          ? html`<sl-alert variant=${link.result.emailSent ? "success" : "warning"} open>
                ${this.msg.t(link.result.emailSent ? "linkSent" : "linkNotSent", { email: link.email })}
              </sl-alert>
              <kausa-secret-field label=${this.msg.t("linkLabel")} value=${link.result.setPasswordLink}></kausa-secret-field>`
          : nothing
      }
      <sl-button slot="footer" variant="primary" @click=${() => (this.link = null)}>${this.msg.t("close")}</sl-button>
    </sl-dialog>`;
  }

  override render() {
    return html`<h1>${this.msg.t("usersTitle")}</h1>
      <p>${this.msg.t("usersIntro")}</p>
      <div class="toolbar">
        <sl-button variant="primary" @click=${() => this.dialog.openInvite()}>${this.msg.t("invite")}</sl-button>
      </div>
      <p role="status">${this.notice}</p>
      <div role="alert">${this.error ? html`<sl-alert variant="danger" open>${this.error}</sl-alert>` : nothing}</div>
      ${this.users.render({
        // While reloading after an action the old table stays, so keyboard focus keeps its place.
        pending: () => (this.users.value ? this.table(this.users.value) : html`<sl-spinner></sl-spinner>`),
        complete: (users) => this.table(users),
        error: (error) => html`<kausa-error-alert .error=${error}></kausa-error-alert>`,
      })}
      <kausa-user-dialog
        .partners=${this.partners.value}
        self-id=${this.session.value?.me?.id ?? ""}
        @kausa-user-saved=${() => {
          this.notice = this.msg.t("saved");
          void this.users.run();
        }}
      ></kausa-user-dialog>
      <kausa-confirm-dialog></kausa-confirm-dialog>
      ${this.linkDialog()}`;
  }
}
customElements.define("kausa-users-page", KausaUsersPage);
