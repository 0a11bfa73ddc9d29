import { html } from "lit";
import {
  directionOf,
  LANGUAGE_NAMES,
  type Translator,
  WIDGET_LANGUAGES,
  type WidgetLanguage,
} from "../../../i18n/i18n.ts";

/**
 * A globe, the sign for "language" that needs no reading. Inline (no request, no asset to host),
 * sized and coloured by attributes, not a style attribute (a strict CSP allows those), and hidden
 * from screen readers: the select has its label.
 */
const globe = html`<svg class="globe" aria-hidden="true" focusable="false" viewBox="0 0 24 24" width="22" height="22"
  fill="none" stroke="currentColor" stroke-width="1.75" stroke-linecap="round" stroke-linejoin="round">
  <circle cx="12" cy="12" r="9.5" />
  <path d="M2.5 12h19M12 2.5c2.6 2.6 3.9 5.8 3.9 9.5s-1.3 6.9-3.9 9.5M12 2.5C9.4 5.1 8.1 8.3 8.1 12s1.3 6.9 3.9 9.5" />
</svg>`;

/**
 * Title, language switcher and print button. The switcher is recognisable without reading the
 * current language: a globe before it, and each language named in itself ("العربية", "Türkçe"),
 * marked with its own `lang` so screen readers pronounce it right.
 */
export function header(t: Translator, onLanguage: (language: WidgetLanguage) => void, onPrint: () => void) {
  return html`<header part="header">
    <h2>${t.t("title")}</h2>
    <div class="tools">
      ${globe}
      <label
        ><span class="visually-hidden">${t.t("languageSwitcher")}</span>
        <select @change=${(e: Event) => onLanguage((e.target as HTMLSelectElement).value as WidgetLanguage)}>
          ${WIDGET_LANGUAGES.map(
            (code) =>
              html`<option value=${code} lang=${code} dir=${directionOf(code)} ?selected=${code === t.language}>${LANGUAGE_NAMES[code]}</option>`,
          )}
        </select></label
      >
      <button type="button" @click=${onPrint}>${t.t("print")}</button>
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
