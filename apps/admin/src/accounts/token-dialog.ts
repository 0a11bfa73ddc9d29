import { ContextConsumer } from "@lit/context";
import { html, LitElement, nothing } from "lit";
import type { ResultOf, Role } from "../api/graphql.ts";
import { clientContext } from "../app/context.ts";
import { common } from "../i18n/common.messages.ts";
import { LocalizeController } from "../i18n/localize.controller.ts";
import { pageStyles } from "../styles/page.styles.ts";
import { CREATE_API_TOKEN } from "./accounts.documents.ts";
import { accountsMessages } from "./accounts.messages.ts";
import { fieldStyles } from "./accounts.styles.ts";
import { runForm, splitError } from "./field-errors.ts";
import { type PartnerChoice, roleFields } from "./role-fields.ts";
import "./secret-field.ts";

type Created = ResultOf<typeof CREATE_API_TOKEN>["createApiToken"];
const FIELDS = ["name", "role", "partnerId", "expiresAt"] as const;

/** The end of the chosen day in the editor's time zone: "valid until 31.12." includes that day. */
const endOfDay = (date: string) => new Date(`${date}T23:59:59`).toISOString();

/**
 * Creating an API token: name, role (and partner for a PARTNER_EDITOR token), optional expiry.
 * Then the secret, shown this once with a copy button and a clear warning.
 *
 * @event kausa-token-created - A token was created: `detail` is its list entry.
 * @tagname kausa-token-dialog
 */
export class KausaTokenDialog extends LitElement {
  static override styles = [pageStyles, fieldStyles];
  static override properties = {
    partners: { attribute: false },
    open: { state: true },
    chosenRole: { state: true },
    partnerId: { state: true },
    errors: { state: true },
    formError: { state: true },
    busy: { state: true },
    created: { state: true },
  };
  /** Choices for a partner editor token's partner (undefined while loading). */
  partners: PartnerChoice[] | undefined = undefined;
  /** @internal */
  open = false;
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
  /** @internal The new token, whose secret is shown once. */
  created: Created | null = null;

  private readonly msg = new LocalizeController(this, accountsMessages);
  private readonly common = new LocalizeController(this, common);
  private readonly client = new ContextConsumer(this, { context: clientContext });

  openCreate() {
    Object.assign(this, {
      open: true,
      chosenRole: "EDITOR",
      partnerId: "",
      errors: {},
      formError: "",
      created: null,
    });
  }

  private async submit(event: SubmitEvent) {
    event.preventDefault();
    const data = new FormData(event.target as HTMLFormElement);
    const expires = String(data.get("expiresAt") ?? "");
    const input = {
      name: String(data.get("name") ?? ""),
      role: this.chosenRole,
      partnerId: this.chosenRole === "PARTNER_EDITOR" ? this.partnerId || null : null,
      expiresAt: expires ? endOfDay(expires) : null,
    };
    this.busy = true;
    this.errors = {};
    this.formError = "";
    try {
      const { createApiToken } = await runForm(this.client.value!, CREATE_API_TOKEN, { input });
      this.created = createApiToken;
      this.dispatchEvent(
        new CustomEvent("kausa-token-created", {
          detail: createApiToken.apiToken,
          bubbles: true,
          composed: true,
        }),
      );
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

  private secretView(created: Created) {
    return html`<sl-alert variant="warning" open>${this.msg.t("secretWarning")}</sl-alert>
      <kausa-secret-field label=${this.msg.t("secretLabel", { name: created.apiToken.name })} value=${created.token}></kausa-secret-field>
      <sl-button slot="footer" variant="primary" @click=${() => (this.open = false)}>${this.msg.t("close")}</sl-button>`;
  }

  private form() {
    const e = this.errors;
    return html`<form @submit=${this.submit} novalidate>
      <sl-input
        name="name"
        required
        autocomplete="off"
        data-field="name"
        label=${this.msg.t("tokenName")}
        class=${e.name ? "invalid" : ""}
        help-text=${e.name ?? this.msg.t("tokenNameHelp")}
      ></sl-input>
      ${roleFields({
        msg: this.msg,
        common: this.common,
        role: this.chosenRole,
        partnerId: this.partnerId,
        partners: this.partners,
        errors: e,
        onRole: (role) => {
          this.chosenRole = role;
        },
        onPartner: (id) => {
          this.partnerId = id;
        },
      })}
      <sl-input
        name="expiresAt"
        type="date"
        data-field="expiresAt"
        label=${this.msg.t("expires")}
        class=${e.expiresAt ? "invalid" : ""}
        help-text=${e.expiresAt ?? this.msg.t("expiresHelp")}
      ></sl-input>
      <div role="alert">
        <span class="visually-hidden">${Object.values(e).join(" ")}</span>
        ${this.formError ? html`<sl-alert variant="danger" open>${this.formError}</sl-alert>` : nothing}
      </div>
      <div class="actions">
        <sl-button @click=${() => (this.open = false)}>${this.common.t("cancel")}</sl-button>
        <sl-button type="submit" variant="primary" ?loading=${this.busy}>${this.msg.t("createToken")}</sl-button>
      </div>
    </form>`;
  }

  override render() {
    return html`<sl-dialog
      label=${this.msg.t(this.created ? "secretTitle" : "createToken")}
      ?open=${this.open}
      @sl-request-close=${(e: CustomEvent<{ source: string }>) => {
        // A click beside the dialog must not throw away the form or the only view of the secret.
        if (e.target === e.currentTarget && e.detail.source === "overlay") e.preventDefault();
      }}
      @sl-after-hide=${(e: Event) => {
        if (e.target === e.currentTarget) {
          this.open = false;
          this.created = null;
        }
      }}
    >
      ${this.created ? this.secretView(this.created) : this.open ? this.form() : nothing}
    </sl-dialog>`;
  }
}
customElements.define("kausa-token-dialog", KausaTokenDialog);
