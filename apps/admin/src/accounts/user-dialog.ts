import { ContextConsumer } from "@lit/context";
import { html, LitElement, nothing } from "lit";
import type { ResultOf, Role } from "../api/graphql.ts";
import { clientContext } from "../app/context.ts";
import { common } from "../i18n/common.messages.ts";
import { LocalizeController } from "../i18n/localize.controller.ts";
import { pageStyles } from "../styles/page.styles.ts";
import { CREATE_USER, UPDATE_USER, type UserFields } from "./accounts.documents.ts";
import { accountsMessages } from "./accounts.messages.ts";
import { fieldStyles } from "./accounts.styles.ts";
import { runForm, splitError } from "./field-errors.ts";
import { type PartnerChoice, roleFields } from "./role-fields.ts";
import "./secret-field.ts";

export type UserRow = ResultOf<typeof UserFields>;
type Invitation = ResultOf<typeof CREATE_USER>["createUser"];

const FIELDS = ["email", "name", "role", "partnerId"] as const;

/**
 * The dialog to invite a person (e-mail, name, role, partner → createUser, then whether the
 * invitation was e-mailed and the link to pass on) and to change an account's name and role.
 * Refused input is shown at its field.
 *
 * @event kausa-user-saved - An account was created or changed: `detail` is the account.
 * @tagname kausa-user-dialog
 */
export class KausaUserDialog extends LitElement {
  static override styles = [pageStyles, fieldStyles];
  static override properties = {
    partners: { attribute: false },
    selfId: { type: String, attribute: "self-id" },
    mode: { state: true },
    user: { state: true },
    chosenRole: { state: true },
    partnerId: { state: true },
    errors: { state: true },
    formError: { state: true },
    busy: { state: true },
    invitation: { state: true },
  };
  /** Choices for a partner editor's partner (undefined while loading). */
  partners: PartnerChoice[] | undefined = undefined;
  /** The logged-in admin, who cannot change their own role. */
  selfId = "";
  /** @internal */
  mode: "invite" | "edit" | null = null;
  /** @internal The account being edited. */
  user: UserRow | null = null;
  /** @internal */
  chosenRole: Role = "EDITOR";
  /** @internal */
  partnerId = "";
  /** @internal */
  errors: Record<string, string> = {};
  /** @internal */
  formError = "";
  /** @internal */
  busy = false;
  /** @internal The result of an invitation, shown instead of the form. */
  invitation: Invitation | null = null;

  private readonly msg = new LocalizeController(this, accountsMessages);
  private readonly common = new LocalizeController(this, common);
  private readonly client = new ContextConsumer(this, { context: clientContext });

  openInvite() {
    this.start("invite", null, "EDITOR", "");
  }

  openEdit(user: UserRow) {
    this.start("edit", user, user.role, user.partner?.id ?? "");
  }

  private start(mode: "invite" | "edit", user: UserRow | null, role: Role, partnerId: string) {
    Object.assign(this, {
      mode,
      user,
      chosenRole: role,
      partnerId,
      errors: {},
      formError: "",
      invitation: null,
    });
  }

  private async submit(event: SubmitEvent) {
    event.preventDefault();
    const data = new FormData(event.target as HTMLFormElement);
    const name = String(data.get("name") ?? "").trim() || null;
    const partnerId = this.chosenRole === "PARTNER_EDITOR" ? this.partnerId || null : null;
    this.busy = true;
    this.errors = {};
    this.formError = "";
    try {
      if (this.mode === "invite") {
        const input = { email: String(data.get("email") ?? ""), name, role: this.chosenRole, partnerId };
        const { createUser } = await runForm(this.client.value!, CREATE_USER, { input });
        this.invitation = createUser;
        this.emit(createUser.user);
      } else if (this.user) {
        const input = { name, role: this.chosenRole, partnerId };
        const { updateUser } = await runForm(this.client.value!, UPDATE_USER, { id: this.user.id, input });
        this.emit(updateUser);
        this.mode = null;
      }
    } catch (error) {
      const { fieldErrors, formError } = splitError(this.msg, this.common, error, FIELDS);
      this.errors = fieldErrors;
      this.formError = formError;
      await this.updateComplete;
      const field = Object.keys(fieldErrors)[0];
      this.renderRoot.querySelector<HTMLElement>(`[data-field=${field ?? "none"}]`)?.focus();
    } finally {
      this.busy = false;
    }
  }

  private emit(user: UserRow) {
    this.dispatchEvent(new CustomEvent("kausa-user-saved", { detail: user, bubbles: true, composed: true }));
  }

  private invitationView(invitation: Invitation) {
    const email = invitation.user.email;
    const link = html`<kausa-secret-field label=${this.msg.t("linkLabel")} value=${invitation.setPasswordLink}></kausa-secret-field>`;
    return html`${
      invitation.emailSent
        ? html`<sl-alert variant="success" open>${this.msg.t("inviteSent", { email })}</sl-alert>
            <sl-details summary=${this.msg.t("showLink")}>${link}</sl-details>`
        : html`<sl-alert variant="warning" open>${this.msg.t("inviteNotSent", { email })}</sl-alert>${link}`
    }
      <sl-button slot="footer" variant="primary" @click=${() => (this.mode = null)}>${this.msg.t("close")}</sl-button>`;
  }

  private form() {
    const e = this.errors;
    const editingSelf = this.mode === "edit" && this.user?.id === this.selfId;
    return html`<form @submit=${this.submit} novalidate>
      ${
        this.mode === "invite"
          ? html`<sl-input
              name="email"
              type="email"
              required
              autocomplete="off"
              data-field="email"
              label=${this.msg.t("email")}
              class=${e.email ? "invalid" : ""}
              help-text=${e.email ?? ""}
            ></sl-input>`
          : html`<p>${this.msg.t("email")}: <strong>${this.user?.email}</strong></p>`
      }
      <sl-input
        name="name"
        autocomplete="off"
        data-field="name"
        label=${this.msg.t("name")}
        value=${this.user?.name ?? ""}
        class=${e.name ? "invalid" : ""}
        help-text=${e.name ?? ""}
      ></sl-input>
      ${roleFields({
        msg: this.msg,
        common: this.common,
        role: this.chosenRole,
        partnerId: this.partnerId,
        partners: this.partners,
        errors: e,
        roleDisabled: editingSelf,
        onRole: (role) => {
          this.chosenRole = role;
        },
        onPartner: (id) => {
          this.partnerId = id;
        },
      })}
      <div role="alert">
        <span class="visually-hidden">${Object.values(e).join(" ")}</span>
        ${this.formError ? html`<sl-alert variant="danger" open>${this.formError}</sl-alert>` : nothing}
      </div>
      <div class="actions">
        <sl-button @click=${() => (this.mode = null)}>${this.common.t("cancel")}</sl-button>
        <sl-button type="submit" variant="primary" ?loading=${this.busy}>
          ${this.mode === "invite" ? this.msg.t("sendInvite") : this.common.t("save")}
        </sl-button>
      </div>
    </form>`;
  }

  override render() {
    const label =
      this.mode === "invite" ? this.msg.t("invite") : `${this.msg.t("editTitle")}: ${this.user?.email ?? ""}`;
    return html`<sl-dialog
      label=${label}
      ?open=${this.mode !== null}
      @sl-request-close=${(e: CustomEvent<{ source: string }>) => {
        if (e.target === e.currentTarget && e.detail.source === "overlay" && !this.invitation)
          e.preventDefault();
      }}
      @sl-after-hide=${(e: Event) => {
        if (e.target === e.currentTarget) this.mode = null;
      }}
    >
      ${this.invitation ? this.invitationView(this.invitation) : this.mode ? this.form() : nothing}
    </sl-dialog>`;
  }
}
customElements.define("kausa-user-dialog", KausaUserDialog);
