import { html, type TemplateResult } from "lit";
import { CONTENT_LANGUAGES, common, enumTexts } from "../../i18n/common.messages.ts";
import { type AdminLanguage, type MessageSet, translate } from "../../i18n/i18n.ts";
import type { RecordType } from "../../records/record-types.ts";
import {
  BOOLEAN_FIELDS,
  type Coordinates,
  canonical,
  DATE_FIELDS,
  LOCALIZED_FIELDS,
  type OpeningInterval,
  SET_FIELDS,
} from "./canonical.ts";
import { type NameLookup, nameKey, REFERENCE_KIND } from "./reference-names.ts";
import { type ValueTextKey, valueTexts } from "./value-texts.ts";

// A stored value as an editor reads it, the same in the review diff, the merge view and the
// history: names instead of ids, words instead of codes, weekdays, lists as lists, and every
// translation marked with its language (WCAG 3.1.2: a screen reader reads Arabic as Arabic).

export interface ValueContext {
  /** The editor's language. */
  lang: AdminLanguage;
  /** Whose field: `kind` is an offer kind or a network kind, `type` a partner type. */
  type: RecordType;
  /** Names of referenced records (reference-names.ts); ids without a name are shown as they are. */
  names?: NameLookup;
  /** Lists on one line ("a, b") instead of a bulleted list, e.g. inside a radio's label. */
  inline?: boolean;
  /** Each text cut to this many characters (a preview; the whole value is shown elsewhere). */
  maxLength?: number;
}

/** One piece of a value: a text, perhaps in a content language, perhaps named by that language. */
interface Part {
  text: string;
  lang?: string;
  label?: string;
}
interface Shown {
  parts: Part[];
  list: boolean;
  empty?: boolean;
  separator?: string;
}

const RTL = new Set(["ar", "fa", "he", "ur"]);
const locale = (lang: AdminLanguage) => (lang === "de" ? "de-DE" : "en-GB");

function word<K extends string>(messages: MessageSet<K>, lang: AdminLanguage, key: string, fallback: string) {
  return Object.hasOwn(messages.de, key) ? translate(messages, lang, key as K) : fallback;
}

const displayNames = new Map<AdminLanguage, Intl.DisplayNames | null>();
/** "ar" → "Arabisch" in the editor's language; an unknown code stays a code. */
export function languageName(code: string, lang: AdminLanguage): string {
  if (!displayNames.has(lang)) {
    try {
      displayNames.set(lang, new Intl.DisplayNames([lang], { type: "language" }));
    } catch {
      displayNames.set(lang, null);
    }
  }
  try {
    return displayNames.get(lang)?.of(code) ?? code;
  } catch {
    return code;
  }
}

/** The name of an enum value, or the value itself when this app has no word for it. */
function codeName(field: string, value: string, ctx: ValueContext): string {
  const { lang, type } = ctx;
  switch (field) {
    case "services":
      return word(enumTexts, lang, `service.${value}`, value);
    case "targetGroups":
      return word(enumTexts, lang, `target.${value}`, value);
    case "kind":
      return type === "offers"
        ? word(enumTexts, lang, `offer.${value}`, value)
        : word(valueTexts, lang, `network.${value}`, value);
    case "type":
      return word(valueTexts, lang, `partner.${value}`, value);
    case "format":
      return word(valueTexts, lang, `format.${value}`, value);
    case "geoPrecision":
      return word(valueTexts, lang, `geo.${value}`, value);
    case "status":
      return word(common, lang, `status.${value}`, value);
    default:
      return value;
  }
}

function coordinates({ lat, lng }: Coordinates, lang: AdminLanguage): string {
  const number = new Intl.NumberFormat(locale(lang), { maximumFractionDigits: 6 });
  const t = (key: ValueTextKey) => translate(valueTexts, lang, key);
  return [
    lat === null ? "" : `${number.format(lat)}° ${t("north")}`,
    lng === null ? "" : `${number.format(lng)}° ${t("east")}`,
  ]
    .filter(Boolean)
    .join(", ");
}

function describe(field: string, raw: unknown, ctx: ValueContext): Shown {
  const { lang } = ctx;
  const t = (key: ValueTextKey) => translate(valueTexts, lang, key);
  const one = (text: string): Shown => ({ parts: [{ text }], list: false });
  const many = (texts: string[]): Shown => ({ parts: texts.map((text) => ({ text })), list: true });
  const value = canonical(field, raw);
  // Unknown is not "no": a missing answer to a yes/no question says so.
  if (BOOLEAN_FIELDS.has(field) && value === null) return one(t("unknown"));
  if (value === null || (Array.isArray(value) && value.length === 0)) {
    return { ...one(t(SET_FIELDS.has(field) ? "none" : "empty")), empty: true };
  }
  if (typeof value === "boolean") return one(t(value ? "yes" : "no"));
  if (field === "openingHours" && Array.isArray(value)) {
    return many(
      (value as OpeningInterval[]).map((i) => `${t(`day.${i.day}` as ValueTextKey)} ${i.opens}–${i.closes}`),
    );
  }
  if (LOCALIZED_FIELDS.has(field) && typeof value === "object") {
    const texts = value as Record<string, string>;
    const parts = CONTENT_LANGUAGES.filter((l) => texts[l]).map((l) => ({
      text: texts[l] as string,
      lang: l,
      label: languageName(l, lang),
    }));
    return { parts, list: true, separator: " · " };
  }
  if (field === "coordinates") return one(coordinates(value as Coordinates, lang));
  if (field === "lat") return one(coordinates({ lat: value as number, lng: null }, lang));
  if (field === "lng") return one(coordinates({ lat: null, lng: value as number }, lang));
  if (DATE_FIELDS.has(field) && typeof value === "string" && !Number.isNaN(Date.parse(value))) {
    return one(
      new Intl.DateTimeFormat(locale(lang), { dateStyle: "medium", timeStyle: "short" }).format(
        new Date(value),
      ),
    );
  }
  if (field === "languages" && Array.isArray(value))
    return many(value.map((c) => languageName(String(c), lang)));
  const kind = REFERENCE_KIND[field];
  if (kind) {
    const name = (id: unknown) => ctx.names?.get(nameKey(kind, String(id))) ?? String(id);
    return Array.isArray(value) ? many(value.map(name)) : one(name(value));
  }
  if (Array.isArray(value)) return many(value.map((v) => codeName(field, String(v), ctx)));
  if (typeof value === "string") return one(codeName(field, value, ctx));
  if (typeof value === "number") return one(new Intl.NumberFormat(locale(lang)).format(value));
  return one(JSON.stringify(value));
}

const cut = (text: string, max?: number) => (max && text.length > max ? `${text.slice(0, max - 1)}…` : text);

function renderPart(part: Part, ctx: ValueContext) {
  const text = cut(part.text, ctx.maxLength);
  const content = part.lang
    ? html`<span lang=${part.lang} dir=${RTL.has(part.lang) ? "rtl" : "ltr"}>${text}</span>`
    : text;
  return part.label ? html`<span class="language">${part.label}:</span> ${content}` : content;
}

/**
 * A value for a template. Style hosts with `valueStyles` (value.styles.ts): lists are
 * `ul.value-list`, an empty value `.muted`, a translation's language `.language`.
 */
export function formatValue(field: string, raw: unknown, ctx: ValueContext): TemplateResult {
  const shown = describe(field, raw, ctx);
  if (shown.empty) return html`<span class="muted">${shown.parts[0]?.text}</span>`;
  if (!shown.list) return html`${shown.parts.map((p) => renderPart(p, ctx))}`;
  if (ctx.inline) {
    const separator = shown.separator ?? ", ";
    return html`${shown.parts.map((p, i) => html`${i ? separator : ""}${renderPart(p, ctx)}`)}`;
  }
  return html`<ul class="value-list">${shown.parts.map((p) => html`<li>${renderPart(p, ctx)}</li>`)}</ul>`;
}

/** The same value as one line of plain text (lengths, summaries, tests). */
export function valueText(field: string, raw: unknown, ctx: ValueContext): string {
  const shown = describe(field, raw, ctx);
  return shown.parts
    .map((p) => (p.label ? `${p.label}: ${p.text}` : p.text))
    .join(shown.list ? (shown.separator ?? ", ") : "");
}
