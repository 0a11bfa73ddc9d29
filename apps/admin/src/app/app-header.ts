import { html, LitElement, nothing } from "lit";
import { common } from "../i18n/common.messages.ts";
import { ADMIN_LANGUAGES, type AdminLanguage, LANGUAGE_NAMES, translate } from "../i18n/i18n.ts";
import { headerStyles } from "./admin-app.styles.ts";
import { isAdmin, isStaff, type Me } from "./context.ts";
import { adminPath } from "./navigation.ts";

/**
 * The bar above every page: the main navigation (admin pages only for admins), who is logged in,
 * the language switch and logout. The current page's link carries aria-current="page".
 *
 * @event kausa-language - The editor chose another UI language: `detail` is "de" or "en".
 * @event kausa-logout - The editor asked to log out.
 * @tagname kausa-app-header
 */
export class KausaAppHeader extends LitElement {
  static override styles = headerStyles;
  static override properties = {
    me: { attribute: false },
    language: { type: String },
    path: { type: String },
  };

  me: Me | null = null;
  language: AdminLanguage = "de";
  /** The current path (the app renders the header again after every navigation). */
  path = "";

  private link(path: string, label: string) {
    const href = adminPath(path);
    const current = path === "" ? this.path === href || this.path === `${href}/` : this.path.startsWith(href);
    return html`<li><a href=${href} aria-current=${current ? "page" : "false"}>${label}</a></li>`;
  }

  override render() {
    const t = (key: keyof typeof common.de, params?: Record<string, string>) =>
      translate(common, this.language, key, params);
    const me = this.me;
    if (!me) return nothing;
    return html`<header>
      <div class="top">
        <a class="brand" href=${adminPath("")}>${t("appName")}</a>
        <span class="who">
          ${t("loggedInAs", { name: me.name ?? me.email })} · ${t(`role.${me.role}`)}${me.partner ? ` · ${me.partner.name}` : ""}
        </span>
        <sl-select
          class="language"
          size="small"
          label=${t("language")}
          value=${this.language}
          @sl-change=${(e: Event) =>
            this.dispatchEvent(
              new CustomEvent("kausa-language", {
                detail: (e.target as HTMLSelectElement).value,
                bubbles: true,
                composed: true,
              }),
            )}
        >
          ${ADMIN_LANGUAGES.map((l) => html`<sl-option value=${l} lang=${l}>${LANGUAGE_NAMES[l]}</sl-option>`)}
        </sl-select>
        <a href=${adminPath("/account")}>${t("account")}</a>
        <sl-button size="small" @click=${() => this.dispatchEvent(new CustomEvent("kausa-logout", { bubbles: true, composed: true }))}>
          ${t("logout")}
        </sl-button>
      </div>
      <nav aria-label=${t("navigation")}>
        <ul>
          ${this.link("", t("dashboard"))} ${this.link("/contact-points", t("contactPoints"))}
          ${this.link("/partners", t("partners"))} ${this.link("/offers", t("offers"))}
          ${this.link("/networks", t("networks"))} ${this.link("/review", t("review"))}
          ${this.link("/reports", t("reports"))}
          ${isStaff(me) ? html`${this.link("/import", t("import"))} ${this.link("/export", t("export"))}` : nothing}
          ${isAdmin(me) ? html`${this.link("/users", t("users"))} ${this.link("/tokens", t("tokens"))}` : nothing}
        </ul>
      </nav>
    </header>`;
  }
}
customElements.define("kausa-app-header", KausaAppHeader);
