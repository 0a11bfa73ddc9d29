import type { LinkFilter } from "@kausa/filters";
import type { Task } from "@lit/task";
import { html, nothing } from "lit";
import type { Region } from "../../../api/documents.ts";
import { COUNSELLING_LANGUAGES, OFFER_KINDS, SERVICES, TARGET_GROUPS } from "../../../i18n/enum-options.ts";
import type { Translator } from "../../../i18n/i18n.ts";
import { activeFilterCount, areaValue, type Presets, withArea } from "../../../state/finder-state.ts";
import { listFilter } from "./list-filter.template.ts";

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

/** The filter form: what the visitor needs, language, target group, area, offer kind, accessibility. */
export function filtersForm(p: FiltersProps) {
  const t = p.t;
  let names: Intl.DisplayNames | undefined;
  try {
    names = new Intl.DisplayNames([t.language], { type: "language" });
  } catch {}
  return html`<fieldset part="filters">
    <legend>${t.t("filters")}</legend>
    ${listFilter(
      p,
      "services",
      "service",
      SERVICES.map((s) => [s, t.t(`service.${s}`)]),
    )}
    ${listFilter(
      p,
      "languages",
      "language",
      COUNSELLING_LANGUAGES.map((code) => [code, names?.of(code) ?? code]),
    )}
    ${listFilter(
      p,
      "targetGroups",
      "targetGroup",
      TARGET_GROUPS.map((g) => [g, t.t(`target.${g}`)]),
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
