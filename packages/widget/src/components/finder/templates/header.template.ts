import { html } from "lit";
import {
  LANGUAGE_NAMES,
  type Translator,
  WIDGET_LANGUAGES,
  type WidgetLanguage,
} from "../../../i18n/i18n.ts";

/** Title, language switcher and print button. */
export function header(t: Translator, onLanguage: (language: WidgetLanguage) => void) {
  return html`<header part="header">
    <h2>${t.t("title")}</h2>
    <div class="tools">
      <label
        ><span class="visually-hidden">${t.t("languageSwitcher")}</span>
        <select @change=${(e: Event) => onLanguage((e.target as HTMLSelectElement).value as WidgetLanguage)}>
          ${WIDGET_LANGUAGES.map(
            (code) =>
              html`<option value=${code} lang=${code} ?selected=${code === t.language}>${LANGUAGE_NAMES[code]}</option>`,
          )}
        </select></label
      >
      <button type="button" @click=${() => window.print()}>${t.t("print")}</button>
    </div>
  </header>`;
}

export type Tab = "contacts" | "offers";

/** The two tabs (ARIA tabs: the arrow keys move between them). */
export function tabs(t: Translator, current: Tab, onTab: (tab: Tab, focus: boolean) => void) {
  return html`<div class="tabs" role="tablist">
    ${(["contacts", "offers"] as const).map(
      (tab) => html`<button
        type="button"
        role="tab"
        id="tab-${tab}"
        aria-controls="panel-${tab}"
        aria-selected=${current === tab ? "true" : "false"}
        tabindex=${current === tab ? "0" : "-1"}
        @click=${() => onTab(tab, false)}
        @keydown=${(e: KeyboardEvent) => {
          if (e.key === "ArrowRight" || e.key === "ArrowLeft")
            onTab(tab === "contacts" ? "offers" : "contacts", true);
        }}
      >
        ${t.t(tab)}
      </button>`,
    )}
  </div>`;
}

/** On a narrow finder, list and map take turns: this switches between them. */
export function panelSwitch(t: Translator, panel: "list" | "map", onPanel: (panel: "list" | "map") => void) {
  return html`<div class="panel-switch" role="group" aria-label=${t.t("view")}>
    ${(["list", "map"] as const).map(
      (
        p,
      ) => html`<button type="button" aria-pressed=${panel === p ? "true" : "false"} @click=${() => onPanel(p)}>
        ${t.t(p)}
      </button>`,
    )}
  </div>`;
}
