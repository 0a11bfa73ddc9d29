import type { LinkFilter } from "@kausa/filters";
import { html, nothing } from "lit";
import type { Translator } from "../../../i18n/i18n.ts";
import type { MessageKey } from "../../../i18n/messages.ts";
import type { PresetList, Presets } from "../../../state/finder-state.ts";

export interface ListFilterProps {
  t: Translator;
  filter: LinkFilter;
  presets: Presets;
  onChange: (filter: LinkFilter) => void;
}

export type ListName = PresetList | "offerKinds";

/** What a filter shows below its control (an explanation, a shortcut), given the values chosen. */
export type ListAddition = (chosen: readonly string[]) => unknown;

/** Stands for "several chosen" in the select: never a value of the filter itself. */
const SEVERAL = "__several";

const lockIcon = html`<svg class="icon" viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false"><path fill="currentColor" d="M5 7V5a3 3 0 0 1 6 0v2h1a1 1 0 0 1 1 1v6a1 1 0 0 1-1 1H4a1 1 0 0 1-1-1V8a1 1 0 0 1 1-1h1Zm1.5 0h3V5a1.5 1.5 0 0 0-3 0v2Z"/></svg>`;

/**
 * A list the embedder locked: its values as chips with a lock, and the words "set by this page".
 * Not a disabled select: that would show one value of several, in a contrast too low to read,
 * and keyboard users would never reach it.
 */
function lockedList(
  p: ListFilterProps,
  name: PresetList,
  label: MessageKey,
  texts: Map<string, string>,
  addition?: ListAddition,
) {
  const values = p.presets[name];
  const id = `filter-${name}`;
  return html`<div class="field" data-filter=${name}>
    <span class="field-label" id=${id}>${p.t.t(label)}</span>
    <ul class="chips" aria-labelledby=${id} aria-describedby=${`${id}-fixed`}>
      ${(values.length ? values : [""]).map(
        (value) =>
          html`<li class="chip locked">${lockIcon}<span>${value ? (texts.get(value) ?? value) : p.t.t("any")}</span></li>`,
      )}
    </ul>
    <span class="fixed-note" id=${`${id}-fixed`}>${p.t.t("presetFixed")}</span>
    ${addition ? addition(values) : nothing}
  </div>`;
}

/**
 * One list filter: a select for one value ("any" or one), and when several are chosen (an
 * embedder's preset such as services="A,B"), the select says how many and chips below name each
 * one, each with its own remove button. Locked lists are shown fixed (lockedList). `addition`
 * comes last in the field, e.g. "Was bedeutet das?" for the chosen values.
 */
export function listFilter(
  p: ListFilterProps,
  name: ListName,
  label: MessageKey,
  options: readonly (readonly [string, string])[],
  addition?: ListAddition,
) {
  const texts = new Map(options);
  if (name !== "offerKinds" && p.presets.locked.has(name)) return lockedList(p, name, label, texts, addition);
  const chosen = p.filter[name] ?? [];
  const several = chosen.length > 1;
  const set = (values: string[]) => p.onChange({ ...p.filter, [name]: values });
  return html`<div class="field" data-filter=${name}>
    <label>
      ${p.t.t(label)}
      <select
        name=${name}
        @change=${(e: Event) => {
          const value = (e.target as HTMLSelectElement).value;
          if (value !== SEVERAL) set(value ? [value] : []);
        }}
      >
        <option value="" ?selected=${chosen.length === 0}>${p.t.t("any")}</option>
        ${several ? html`<option value=${SEVERAL} selected>${p.t.t("severalChosen", { count: chosen.length })}</option>` : nothing}
        ${options.map(
          ([value, text]) =>
            html`<option value=${value} ?selected=${!several && chosen.includes(value)}>${text}</option>`,
        )}
      </select>
    </label>
    ${
      several
        ? html`<ul class="chips" aria-label=${p.t.t(label)}>
          ${chosen.map((value) => {
            const text = texts.get(value) ?? value;
            return html`<li class="chip">
              <span>${text}</span>
              <button
                type="button"
                class="chip-remove"
                aria-label=${p.t.t("removeChoice", { value: text })}
                @click=${() => set(chosen.filter((v) => v !== value))}
              >
                <span aria-hidden="true">×</span>
              </button>
            </li>`;
          })}
        </ul>`
        : nothing
    }
    ${addition ? addition(chosen) : nothing}
  </div>`;
}
