import { html, LitElement, nothing, type PropertyValues } from "lit";
import { live } from "lit/directives/live.js";
import { LocalizeController } from "../../i18n/localize.controller.ts";
import { describedBy, emitChange, invalid, PROBLEMS_ID, problemsTemplate } from "../field-problems.ts";
import { fieldMessages } from "../fields.messages.ts";
import { fieldStyles } from "../fields.styles.ts";
import { directionOf, languageName, ownLanguageName } from "../language-names.ts";
import { languageSelectStyles } from "./language-select.styles.ts";

/**
 * The languages counselling is offered in most often in Thuringia (ISO 639-1; "prs", Dari, has
 * only an ISO 639-3 code). Shown in alphabetical order of their names in the UI language.
 */
// biome-ignore format: short codes read best in rows.
export const COUNSELLING_LANGUAGES = [
  "de", "en", "ar", "fa", "uk", "ru", "tr", "ku", "ti", "ps", "fr", "ro",
  "pl", "so", "es", "it", "sq", "bg", "hr", "sr", "vi", "zh", "prs",
] as const;

/**
 * Which languages a contact point or offer counsels in: a group of checkboxes, each language
 * named in the UI language and in itself ("Arabisch (العربية)"). Checkboxes rather than a
 * drop-down: each is one plainly announced control, and all choices are visible at once.
 * Codes in the value that are not on the list are shown (ticked) and kept.
 *
 * `.value` keeps the order of the codes given; newly ticked ones are added at the end.
 *
 * @tagname kausa-language-select
 * @event change - A language was ticked or unticked; `.value` holds the codes.
 * @csspart options - The list of checkboxes.
 */
export class KausaLanguageSelect extends LitElement {
  static override styles = [fieldStyles, languageSelectStyles];
  static override properties = {
    value: { attribute: false },
    label: { type: String },
    disabled: { type: Boolean, reflect: true },
    problems: { attribute: false },
  };

  /** ISO 639-1 codes of the chosen languages. */
  value: string[] = [];
  /** The legend. */
  label = "";
  /** Shown, not editable. */
  disabled = false;
  /** The server's validation messages for this field. */
  problems: string[] = [];

  /** Codes from outside the list, kept as options so that unticking one can be undone. */
  private extra: string[] = [];
  private readonly msg = new LocalizeController(this, fieldMessages);

  /** Focuses the first checkbox. */
  override focus(options?: FocusOptions) {
    this.renderRoot.querySelector<HTMLInputElement>("input")?.focus(options);
  }

  override willUpdate(changed: PropertyValues<this>) {
    if (changed.has("value")) {
      const known = new Set<string>(COUNSELLING_LANGUAGES);
      for (const code of this.value ?? [])
        if (!known.has(code) && !this.extra.includes(code)) this.extra.push(code);
    }
  }

  private toggle(code: string, on: boolean) {
    const rest = (this.value ?? []).filter((c) => c !== code);
    this.value = on ? [...rest, code] : rest;
    emitChange(this);
  }

  /** The options: the list alphabetically in the UI language, then codes from outside it. */
  private options(): string[] {
    const ui = this.msg.lang;
    const collator = new Intl.Collator(ui);
    const listed = [...COUNSELLING_LANGUAGES].sort((a, b) =>
      collator.compare(languageName(a, ui), languageName(b, ui)),
    );
    return [...listed, ...this.extra];
  }

  override render() {
    const ui = this.msg.lang;
    const chosen = this.value ?? [];
    const hasProblems = this.problems.length > 0;
    return html`<fieldset aria-describedby=${describedBy(hasProblems && PROBLEMS_ID)}>
      <legend>${this.label}</legend>
      ${problemsTemplate(this.problems)}
      <p class="summary hint">
        ${
          chosen.length
            ? this.msg.t("languages.selected", { list: chosen.map((c) => languageName(c, ui)).join(", ") })
            : this.msg.t("languages.none")
        }
      </p>
      <ul class="options" part="options">
        ${this.options().map((code) => {
          const name = languageName(code, ui);
          const own = ownLanguageName(code);
          return html`<li>
            <label>
              <input
                type="checkbox"
                value=${code}
                ?disabled=${this.disabled}
                .checked=${live(chosen.includes(code))}
                aria-describedby=${describedBy(hasProblems && PROBLEMS_ID)}
                aria-invalid=${invalid(hasProblems)}
                @change=${(e: Event) => this.toggle(code, (e.target as HTMLInputElement).checked)}
              />
              <span>
                ${name}${
                  own && own !== name
                    ? html` (<bdi lang=${code} dir=${directionOf(code)}>${own}</bdi>)`
                    : nothing
                }
              </span>
            </label>
          </li>`;
        })}
      </ul>
    </fieldset>`;
  }
}
customElements.define("kausa-language-select", KausaLanguageSelect);

declare global {
  interface HTMLElementTagNameMap {
    "kausa-language-select": KausaLanguageSelect;
  }
}
