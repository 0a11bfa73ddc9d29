import { ContextProvider } from "@lit/context";
import { Router } from "@lit-labs/router";
import { html, LitElement, nothing } from "lit";
import { ApiError, createClient, run, SESSION_EXPIRED_EVENT } from "../api/client.ts";
import { common } from "../i18n/common.messages.ts";
import { type AdminLanguage, initialLanguage, rememberLanguage, translate } from "../i18n/i18n.ts";
import { LOGOUT, ME } from "../session/session.documents.ts";
import "../shared/error-alert.ts";
import { appStyles } from "./admin-app.styles.ts";
import "./app-header.ts";
import { clientContext, isAdmin, languageContext, type Me, type Session, sessionContext } from "./context.ts";
import { returnFocusAfterDialogs } from "./dialog-focus.ts";
import { adminPath, NAVIGATE_EVENT } from "./navigation.ts";
import { routes } from "./routes.ts";
import { guardUnsavedChanges, mayDiscard, unsavedChanges } from "./unsaved-changes.ts";

/**
 * The admin app: provides the GraphQL client, the session and the language to every page,
 * routes /admin/… paths to lazily loaded pages, and keeps anonymous visitors on the login page.
 *
 * @tagname kausa-admin-app
 */
export class KausaAdminApp extends LitElement {
  static override styles = appStyles;
  static override properties = {
    me: { state: true },
    checked: { state: true },
    language: { state: true },
    problem: { state: true },
    sessionLost: { state: true },
  };

  /** @internal A failure of the shell's own requests (logout). */
  problem: unknown = null;
  /** @internal The session ended while a form held unsaved changes. */
  sessionLost = false;

  /** @internal */
  me: Me | null = null;
  /** @internal Whether the session has been asked for once (nothing renders before). */
  checked = false;
  /** @internal */
  language: AdminLanguage = initialLanguage();

  private readonly client = createClient();
  // biome-ignore lint/correctness/noUnusedPrivateClassMembers: provides the client by existing.
  private readonly clientProvider = new ContextProvider(this, {
    context: clientContext,
    initialValue: this.client,
  });
  private readonly languageProvider = new ContextProvider(this, {
    context: languageContext,
    initialValue: this.language,
  });
  private readonly sessionProvider = new ContextProvider(this, {
    context: sessionContext,
    initialValue: this.session(),
  });

  private readonly router = new Router(
    this,
    routes.map((route) => ({
      path: route.path,
      render: (params: Record<string, string | undefined>) => route.render(params),
      enter: async () => {
        // The router does not cancel a navigation that a newer one overtook (a quick Back while a
        // page's code still loads): each step checks that the address is still this one.
        const target = location.pathname;
        const current = () => location.pathname === target;
        if (!this.checked) await this.refresh();
        if (!current()) return false;
        if (!route.public && !this.me) {
          const next = location.pathname + location.search;
          this.go(`${adminPath("/login")}?next=${encodeURIComponent(next)}`, true);
          return false;
        }
        if (route.adminOnly && !isAdmin(this.me)) {
          this.go(adminPath(""), true);
          return false;
        }
        await route.load();
        if (!current()) return false;
        this.afterNavigation();
        return true;
      },
    })),
    { fallback: { render: () => html`<p>${translate(common, this.language, "notFound")}</p>` } },
  );

  private session(): Session {
    return { me: this.me, refresh: () => this.refresh(), logout: () => this.logout() };
  }

  private async refresh() {
    try {
      this.me = (await run(this.client, ME, {})).me;
    } catch {
      this.me = null;
    }
    if (this.me) this.sessionLost = false;
    this.checked = true;
    this.sessionProvider.setValue(this.session());
  }

  private async logout() {
    if (!mayDiscard(translate(common, this.language, "unsavedQuestion"))) return;
    try {
      await run(this.client, LOGOUT, {});
    } catch (error) {
      // On a shared computer "logged out" must be true: if the server did not end the session, say so.
      if (!(error instanceof ApiError && error.kind === "unauthenticated")) {
        this.problem = error;
        return;
      }
    }
    this.problem = null;
    unsavedChanges.clear();
    this.me = null;
    this.sessionProvider.setValue(this.session());
    this.go(adminPath("/login"), true);
  }

  private go(path: string, replace = false) {
    if (replace) history.replaceState({}, "", path);
    else history.pushState({}, "", path);
    void this.router.goto(new URL(path, location.origin).pathname);
  }

  /** Screen readers and keyboards start at the new page's content, not at the old link. */
  private afterNavigation() {
    requestAnimationFrame(() =>
      this.renderRoot.querySelector<HTMLElement>("main")?.focus({ preventScroll: false }),
    );
  }

  private readonly onNavigate = (event: Event) => {
    const { path, replace } = (event as CustomEvent<{ path: string; replace: boolean }>).detail;
    this.go(path, replace);
  };

  private readonly onSessionExpired = () => {
    if (!this.me) return;
    // Unsaved work stays on the screen: the editor logs in again in another tab, then saves here.
    if (unsavedChanges.any) {
      this.sessionLost = true;
      return;
    }
    this.me = null;
    this.sessionProvider.setValue(this.session());
    this.go(`${adminPath("/login")}?next=${encodeURIComponent(location.pathname + location.search)}`, true);
  };

  setLanguage(language: AdminLanguage) {
    this.language = language;
    rememberLanguage(language);
    document.documentElement.lang = language;
    this.languageProvider.setValue(language);
  }

  override connectedCallback() {
    super.connectedCallback();
    document.documentElement.lang = this.language;
    window.addEventListener(NAVIGATE_EVENT, this.onNavigate);
    window.addEventListener(SESSION_EXPIRED_EVENT, this.onSessionExpired);
    guardUnsavedChanges(() => translate(common, this.language, "unsavedQuestion"));
    returnFocusAfterDialogs(this.renderRoot, () => this.renderRoot.querySelector<HTMLElement>("main"));
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    window.removeEventListener(NAVIGATE_EVENT, this.onNavigate);
    window.removeEventListener(SESSION_EXPIRED_EVENT, this.onSessionExpired);
  }

  override render() {
    const t = (key: keyof typeof common.de) => translate(common, this.language, key);
    return html`
      <a class="skip" href="#main" @click=${this.skipToMain}>${t("skipToContent")}</a>
      ${
        this.me
          ? html`<kausa-app-header
            .me=${this.me}
            .language=${this.language}
            .path=${location.pathname}
            @kausa-language=${(e: CustomEvent<AdminLanguage>) => this.setLanguage(e.detail)}
            @kausa-logout=${() => this.logout()}
          ></kausa-app-header>`
          : nothing
      }
      ${
        this.sessionLost
          ? html`<sl-alert variant="warning" open class="session-lost">
            <span role="alert">${t("sessionLost")}</span>
            <a href="/admin/login" target="_blank" rel="noopener">${t("loginInNewTab")}</a>
          </sl-alert>`
          : nothing
      }
      <kausa-error-alert .error=${this.problem}></kausa-error-alert>
      <main id="main" tabindex="-1">${this.checked ? this.router.outlet() : html`<sl-spinner></sl-spinner>`}</main>
    `;
  }

  private skipToMain(event: Event) {
    event.preventDefault();
    this.renderRoot.querySelector<HTMLElement>("main")?.focus();
  }
}
customElements.define("kausa-admin-app", KausaAdminApp);
