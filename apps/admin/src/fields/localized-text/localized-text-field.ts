import { html, LitElement, nothing, type PropertyValues } from "lit";
import { live } from "lit/directives/live.js";
import type { ContentLanguage } from "../../i18n/common.messages.ts";
import { LocalizeController } from "../../i18n/localize.controller.ts";
import { describedBy, emitChange, invalid, PROBLEMS_ID, problemsTemplate } from "../field-problems.ts";
import { fieldMessages } from "../fields.messages.ts";
import { fieldStyles } from "../fields.styles.ts";
import { directionOf, languageName, ownLanguageName } from "../language-names.ts";
import {
  type Drafts,
  draftsFrom,
  hasText,
  type LocalizedTextValue,
  localizedTextOf,
  TRANSLATIONS,
  translatedCount,
} from "./localized-text.ts";
import { localizedTextStyles } from "./localized-text-field.styles.ts";

/**
 * A text with its translations side by side: German first, then English, Arabic, Persian,
 * Ukrainian, Russian and Turkish. Each input is in its language (`lang`) and writing direction
 * (`dir`: Arabic and Persian right to left) and labelled with the language's name in the UI
 * language and in itself; a translation without text is marked "fehlt" (text, not colour alone),
 * and a count says how many of the six exist.
 *
 * `.value` leaves out languages without text; German stays (as "" when empty). With no text at
 * all it is null, unless the field is `required` (German is then required).
 *
 * @tagname kausa-localized-text-field
 * @event change - The editor changed a text; `.value` holds all of them.
 * @csspart german - The German input with its label.
 * @csspart translations - The grid of the six translations.
 * @csspart missing - The "missing" marker of a translation without text.
 */
export class KausaLocalizedTextField extends LitElement {
  static override styles = [fieldStyles, localizedTextStyles];
  static override properties = {
    value: { attribute: false },
    label: { type: String },
    required: { type: Boolean, reflect: true },
    multiline: { type: Boolean, reflect: true },
    disabled: { type: Boolean, reflect: true },
    problems: { attribute: false },
    drafts: { state: true },
  };

  value: LocalizedTextValue | null = null;
  /** The legend (what the text is, e.g. "Beschreibung"). */
  label = "";
  /** German is required (the value is then never null). */
  required = false;
  /** Textareas instead of one-line inputs. */
  multiline = false;
  /** Shown, not editable. */
  disabled = false;
  /** The server's validation messages for this field (e.g. of "description.en"). */
  problems: string[] = [];
  /** @internal What was typed, per language. */
  drafts: Drafts = draftsFrom(null);

  /** The value this field produced itself: setting it again from outside keeps what was typed. */
  private produced: LocalizedTextValue | null | undefined = undefined;
  private readonly msg = new LocalizeController(this, fieldMessages);

  /** Focuses the first input marked invalid, else the German one. */
  override focus(options?: FocusOptions) {
    const inputs = [...this.renderRoot.querySelectorAll<HTMLElement>("input, textarea")];
    (inputs.find((i) => i.getAttribute("aria-invalid") === "true") ?? inputs[0])?.focus(options);
  }

  override willUpdate(changed: PropertyValues<this>) {
    if (changed.has("value") && this.value !== this.produced) this.drafts = draftsFrom(this.value);
  }

  private onInput(language: ContentLanguage, text: string) {
    this.drafts = { ...this.drafts, [language]: text };
    this.value = this.produced = localizedTextOf(this.drafts, this.required);
    emitChange(this);
  }

  override render() {
    const t = this.msg.t.bind(this.msg);
    return html`<fieldset aria-describedby=${describedBy(this.problems.length > 0 && PROBLEMS_ID)}>
      <legend>${this.label}</legend>
      ${problemsTemplate(this.problems)}
      <div class="layout">
        <div class="german" part="german">${this.renderLanguage("de")}</div>
        <div class="translations" part="translations" role="group" aria-labelledby="translations-title">
          <p class="translations-head">
            <span id="translations-title" class="label">${t("text.translations")}</span>
            <span class="count">
              ${t("text.count", { done: translatedCount(this.drafts), total: TRANSLATIONS.length })}
            </span>
          </p>
          <div class="grid">${TRANSLATIONS.map((language) => this.renderLanguage(language))}</div>
        </div>
      </div>
    </fieldset>`;
  }

  private renderLanguage(language: ContentLanguage) {
    const ui = this.msg.lang;
    const name = languageName(language, ui);
    const own = ownLanguageName(language);
    const dir = directionOf(language);
    const id = `text-${language}`;
    const missing = language !== "de" && !hasText(this.drafts[language]);
    const required = language === "de" && this.required;
    const attributes = {
      describe: describedBy(missing && `missing-${language}`, this.problems.length > 0 && PROBLEMS_ID),
      invalid: invalid(this.problems.length > 0),
      onInput: (e: Event) => this.onInput(language, (e.target as HTMLInputElement).value),
    };
    return html`<div class="language">
      <div class="language-head">
        <label for=${id}>
          ${name}${own && own !== name ? html` (<bdi lang=${language}>${own}</bdi>)` : nothing}${
            // The input's required attribute tells assistive technology; the star is for the eye.
            required ? html`<span class="required" aria-hidden="true">*</span>` : nothing
          }
        </label>
        ${
          missing
            ? html`<span class="missing" part="missing" id="missing-${language}">${this.msg.t("text.missing")}</span>`
            : nothing
        }
      </div>
      ${
        this.multiline
          ? html`<textarea
              id=${id}
              lang=${language}
              dir=${dir}
              rows="4"
              ?required=${required}
              ?disabled=${this.disabled}
              .value=${live(this.drafts[language])}
              aria-describedby=${attributes.describe}
              aria-invalid=${attributes.invalid}
              @input=${attributes.onInput}
            ></textarea>`
          : html`<input
              id=${id}
              type="text"
              lang=${language}
              dir=${dir}
              ?required=${required}
              ?disabled=${this.disabled}
              .value=${live(this.drafts[language])}
              aria-describedby=${attributes.describe}
              aria-invalid=${attributes.invalid}
              @input=${attributes.onInput}
            />`
      }
    </div>`;
  }
}
customElements.define("kausa-localized-text-field", KausaLocalizedTextField);

declare global {
  interface HTMLElementTagNameMap {
    "kausa-localized-text-field": KausaLocalizedTextField;
  }
}
