import type { LinkFilter } from "@kausa/filters";
import type { Task } from "@lit/task";
import { html, nothing, type ReactiveElement } from "lit";
import type { Region } from "../../../api/documents.ts";
import { COUNSELLING_LANGUAGES, OFFER_KINDS, SERVICES, TARGET_GROUPS } from "../../../i18n/enum-options.ts";
import type { ExplanationKind } from "../../../i18n/explanations.ts";
import type { Translator } from "../../../i18n/i18n.ts";
import { languageNamesIn } from "../../../i18n/language-names.ts";
import type { MessageKey } from "../../../i18n/messages.ts";
import { languageName, ownCounsellingLanguage } from "../../../i18n/own-language.ts";
import { activeFilterCount, areaValue, type Presets, withArea } from "../../../state/finder-state.ts";
import { explanation } from "../../explanation/explanation.template.ts";
import { type ListAddition, listFilter } from "./list-filter.template.ts";

export interface FiltersProps {
  t: Translator;
  filter: LinkFilter;
  presets: Presets;
  /** The areas task: the choices come from its state (loading, failed, the regions). */
  areas: Pick<Task<[origin: string], Region[]>, "render">;
  /** The visitor changed the filter. */
  onChange: (filter: LinkFilter) => void;
  onClear: () => void;
}

/** Regions and their districts; with a preset region or district, only what lies within it. */
function areaSelect(p: FiltersProps) {
  const { regionId, districtKey } = p.presets;
  if (districtKey) return nothing;
  const chosen = areaValue(p.filter);
  const option = (value: string, text: string) =>
    html`<option value=${value} ?selected=${chosen === value}>${text}</option>`;
  const groups = (regions: Region[]) =>
    regions
      .filter((r) => !regionId || r.key === regionId)
      .map(
        (region) => html`<optgroup label=${region.name}>
          ${regionId ? nothing : option(`region:${region.key}`, region.name)}
          ${region.districts.map((d) => option(`district:${d.key}`, d.name))}
        </optgroup>`,
      );
  // Not a silent empty list: the visitor learns that the areas are loading or could not be loaded.
  const note = (text: string) => html`<option disabled>${text}</option>`;
  return html`<label class="field">
    ${p.t.t("area")}
    <select name="area" @change=${(e: Event) => p.onChange(withArea(p.filter, (e.target as HTMLSelectElement).value))}>
      <option value="" ?selected=${!chosen}>${p.t.t("any")}</option>
      ${p.areas.render({
        initial: () => note(p.t.t("loading")),
        pending: () => note(p.t.t("loading")),
        complete: groups,
        error: () => note(p.t.t("error")),
      })}
    </select>
  </label>`;
}

/** "Was bedeutet das?" under a list: explains the chosen values, or all of them while "Alle" is chosen. */
const explained =
  (t: Translator, kind: ExplanationKind, all: readonly string[], label: MessageKey): ListAddition =>
  (chosen) =>
    explanation(t, kind, chosen.length ? chosen : all, t.t(label));

/**
 * "Nur mit Beratung auf Arabisch": one click sets the counselling-language filter to the interface
 * language. Shown when that language is not German, contact points can counsel in it, the visitor
 * may change the list and it does not hold that language yet. Afterwards the button is gone, so
 * the focus moves to the select, which now shows the language (the status line says the count).
 */
const ownLanguageShortcut =
  (p: FiltersProps): ListAddition =>
  (chosen) => {
    const own = ownCounsellingLanguage(p.t);
    if (!own || p.presets.locked.has("languages") || chosen.includes(own)) return nothing;
    return html`<button
      type="button"
      class="own-language"
      @click=${async (e: Event) => {
        const field = (e.currentTarget as HTMLElement).closest(".field");
        p.onChange({ ...p.filter, languages: [own] });
        await ((field?.getRootNode() as ShadowRoot | undefined)?.host as ReactiveElement | undefined)
          ?.updateComplete;
        field?.querySelector("select")?.focus();
      }}
    >
      ${p.t.t("onlyMyLanguage", { language: languageName(p.t, own) })}
    </button>`;
  };

/**
 * The filter form: what the visitor needs, language, target group, area, offer kind, accessibility.
 * Services and target groups explain themselves ("Was bedeutet das?"); the language filter offers
 * the visitor's own language with one click.
 */
export function filtersForm(p: FiltersProps) {
  const t = p.t;
  const names = languageNamesIn(t.language);
  return html`<fieldset part="filters">
    <legend>${t.t("filters")}</legend>
    ${listFilter(
      p,
      "services",
      "service",
      SERVICES.map((s) => [s, t.t(`service.${s}`)]),
      explained(t, "service", SERVICES, "service"),
    )}
    ${listFilter(
      p,
      "languages",
      "language",
      COUNSELLING_LANGUAGES.map((code) => [code, names?.of(code) ?? code]),
      ownLanguageShortcut(p),
    )}
    ${listFilter(
      p,
      "targetGroups",
      "targetGroup",
      TARGET_GROUPS.map((g) => [g, t.t(`target.${g}`)]),
      explained(t, "target", TARGET_GROUPS, "targetGroup"),
    )}
    ${areaSelect(p)}
    ${listFilter(
      p,
      "offerKinds",
      "offerKind",
      OFFER_KINDS.map((k) => [k, t.t(`offer.${k}`)]),
    )}
    <label class="check">
      <input
        type="checkbox"
        .checked=${!!p.filter.accessible}
        @change=${(e: Event) => p.onChange({ ...p.filter, accessible: (e.target as HTMLInputElement).checked || undefined })}
      />
      ${t.t("accessible")}
    </label>
    <button type="button" @click=${p.onClear}>${t.t("clearFilters")}</button>
  </fieldset>`;
}

/** On a phone the filters fold away, so the results are on the first screen; the summary counts them. */
export function foldableFilters(p: FiltersProps, compact: boolean) {
  if (!compact) return filtersForm(p);
  const count = activeFilterCount(p.filter);
  return html`<details class="filters">
    <summary>${p.t.t("filters")}${count ? ` (${count})` : ""}</summary>
    ${filtersForm(p)}
  </details>`;
}
