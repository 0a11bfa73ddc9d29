import { html, nothing, type TemplateResult } from "lit";
import { ifDefined } from "lit/directives/if-defined.js";
import { live } from "lit/directives/live.js";
import type { enumTexts } from "../../i18n/common.messages.ts";
import type { LocalizeController } from "../../i18n/localize.controller.ts";
import type { FieldMessageKey } from "./field.messages.ts";
import type { FormValues } from "./form-values.ts";

// The building blocks of the four forms: every control is labelled, carries its help text and
// the API's messages for its field in the help slot (read with the field), and `data-field` so
// the page can focus the first invalid one.

export interface Choice {
  value: string;
  label: string;
}

export interface EditOptions {
  regions: Choice[];
  /** Partner organisations by database id (staff only). */
  partners: Choice[];
  /** The offer's partner's contact points by database id. */
  contactPoints: Choice[];
}

export interface FormKit {
  values: FormValues;
  problems: Record<string, string[]>;
  /** Archived, or in review for a partner editor: shown, not editable. */
  readonly: boolean;
  /** Staff choose the partner; a partner editor's records always belong to their own. */
  staff: boolean;
  /** The owning partner's name, for partner editors (no choice). */
  partnerName: string | null;
  options: EditOptions;
  text: LocalizeController<FieldMessageKey>;
  enums: LocalizeController<keyof typeof enumTexts.de>;
  set(field: string, value: unknown): void;
  /** The map picker moved the pin. */
  movePin(lat: number, lng: number): void;
}

const label = (kit: FormKit, field: string) => kit.text.t(`field.${field}` as FieldMessageKey);

/** The help text and the field's messages, in the control's help slot (its accessible description). */
function helpSlot(kit: FormKit, field: string, help?: FieldMessageKey) {
  const problems = kit.problems[field] ?? [];
  if (!help && !problems.length) return nothing;
  return html`<div slot="help-text">
    ${help ? html`<span>${kit.text.t(help)}</span>` : nothing}
    ${problems.map((p) => html`<span class="problem">${p}</span>`)}
  </div>`;
}

/** The value a field component announced in its `change` event (on the event or the element). */
export function changedValue(event: Event, property = "value"): unknown {
  const own = (event as unknown as Record<string, unknown>)[property];
  return own !== undefined ? own : (event.currentTarget as unknown as Record<string, unknown>)[property];
}

export function section(kit: FormKit, key: string, content: TemplateResult) {
  return html`<fieldset class="section">
    <legend>${kit.text.t(`section.${key}` as FieldMessageKey)}</legend>
    ${content}
  </fieldset>`;
}

interface TextOptions {
  type?: "text" | "tel" | "email" | "url" | "datetime-local";
  required?: boolean;
  help?: FieldMessageKey;
  autocomplete?: string;
  inputmode?: string;
  placeholder?: string;
  /** Shown value ↔ stored value (dates). */
  show?: (value: unknown) => string;
  store?: (text: string) => unknown;
}

export function textInput(kit: FormKit, field: string, options: TextOptions = {}) {
  const value = kit.values[field];
  const shown = options.show ? options.show(value) : String(value ?? "");
  return html`<sl-input
    data-field=${field}
    name=${field}
    type=${options.type ?? "text"}
    label=${label(kit, field)}
    autocomplete=${options.autocomplete ?? "off"}
    inputmode=${ifDefined(options.inputmode)}
    placeholder=${ifDefined(options.placeholder)}
    ?required=${options.required ?? false}
    ?readonly=${kit.readonly}
    .value=${shown}
    @sl-input=${(e: Event) => {
      const text = (e.target as HTMLInputElement).value;
      kit.set(field, options.store ? options.store(text) : text);
    }}
    >${helpSlot(kit, field, options.help)}</sl-input
  >`;
}

interface SelectOptions {
  multiple?: boolean;
  required?: boolean;
  help?: FieldMessageKey;
  /** Single selects: the label of "no value" (stored as null). */
  emptyLabel?: string;
}

/**
 * A Shoelace select. Its value is set with `live`: choices that arrive later (partners, regions)
 * would otherwise meet a select that dropped the value while it had no matching option.
 */
export function selectInput(kit: FormKit, field: string, choices: Choice[], options: SelectOptions = {}) {
  const value = kit.values[field];
  const selected = options.multiple ? ((value as string[] | null) ?? []) : String(value ?? "");
  return html`<sl-select
    data-field=${field}
    name=${field}
    label=${label(kit, field)}
    ?multiple=${options.multiple ?? false}
    ?required=${options.required ?? false}
    ?disabled=${kit.readonly}
    max-options-visible="0"
    .value=${live(selected)}
    @sl-change=${(e: Event) => {
      const next = (e.target as HTMLSelectElement & { value: string | string[] }).value;
      kit.set(field, Array.isArray(next) ? [...next] : next || null);
    }}
  >
    ${options.emptyLabel !== undefined ? html`<sl-option value="">${options.emptyLabel}</sl-option>` : nothing}
    ${choices.map((c) => html`<sl-option value=${c.value}>${c.label}</sl-option>`)}
    ${helpSlot(kit, field, options.help)}
  </sl-select>`;
}

export function checkbox(kit: FormKit, field: string, help?: FieldMessageKey) {
  return html`<sl-checkbox
    data-field=${field}
    name=${field}
    ?checked=${kit.values[field] === true}
    ?disabled=${kit.readonly}
    @sl-change=${(e: Event) => kit.set(field, (e.target as HTMLInputElement).checked)}
    >${label(kit, field)}${helpSlot(kit, field, help)}</sl-checkbox
  >`;
}

/** Yes / no / not known (a nullable boolean). */
export function yesNoUnknown(
  kit: FormKit,
  field: string,
  words: { yes: string; no: string; unknown: string },
) {
  const value = kit.values[field];
  return html`<sl-radio-group
    data-field=${field}
    name=${field}
    label=${label(kit, field)}
    value=${value === true ? "yes" : value === false ? "no" : "unknown"}
    @sl-change=${(e: Event) => {
      const next = (e.target as HTMLInputElement).value;
      kit.set(field, next === "yes" ? true : next === "no" ? false : null);
    }}
  >
    <sl-radio value="yes" ?disabled=${kit.readonly}>${words.yes}</sl-radio>
    <sl-radio value="no" ?disabled=${kit.readonly}>${words.no}</sl-radio>
    <sl-radio value="unknown" ?disabled=${kit.readonly}>${words.unknown}</sl-radio>
    ${helpSlot(kit, field)}
  </sl-radio-group>`;
}

/** A text in German and up to six translations (kausa-localized-text-field). */
export function translatedText(
  kit: FormKit,
  field: string,
  options: { multiline?: boolean; required?: boolean } = {},
) {
  return html`<kausa-localized-text-field
    data-field=${field}
    label=${label(kit, field)}
    ?multiline=${options.multiline ?? false}
    ?required=${options.required ?? false}
    ?disabled=${kit.readonly}
    .value=${kit.values[field] ?? null}
    .problems=${kit.problems[field] ?? []}
    @change=${(e: Event) => kit.set(field, changedValue(e))}
  ></kausa-localized-text-field>`;
}

export function languageSelect(kit: FormKit, field: string) {
  return html`<kausa-language-select
    data-field=${field}
    label=${label(kit, field)}
    ?disabled=${kit.readonly}
    .value=${(kit.values[field] as string[] | null) ?? []}
    .problems=${kit.problems[field] ?? []}
    @change=${(e: Event) => kit.set(field, changedValue(e))}
  ></kausa-language-select>`;
}

/** ISO date-time ↔ the local "YYYY-MM-DDTHH:MM" of a datetime-local input. */
export function localDateTime(value: unknown): string {
  if (typeof value !== "string" || !value) return "";
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return "";
  return new Date(date.getTime() - date.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
}

export function isoDateTime(local: string): string | null {
  if (!local) return null;
  const date = new Date(local);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/** Staff choose the owning partner; a partner editor's records belong to their own organisation. */
export function partnerField(kit: FormKit) {
  if (!kit.staff) {
    return kit.partnerName
      ? html`<p class="fixed-partner">${kit.text.t("partnerFixed", { name: kit.partnerName })}</p>`
      : nothing;
  }
  return selectInput(kit, "partnerId", kit.options.partners, { required: true });
}
