import { html, type TemplateResult } from "lit";
import type { EntityType } from "../api/graphql.ts";
import { CONTENT_LANGUAGES, type enumTexts } from "../i18n/common.messages.ts";
import type { LocalizeController } from "../i18n/localize.controller.ts";
import { rawId } from "../records/record-types.ts";
import type { FieldName } from "./field-labels.ts";
import { type ValueLabel, valueLabels } from "./value-labels.ts";

// Stored values shown the way editors read them, and compared the way the API stores them, so
// that a proposal repeating a value (another spelling of an id, another order of a set) does
// not count as a change.

const ID_FIELDS = new Set(["partnerId", "regionId", "regionIds", "memberIds", "contactPointIds"]);
const SET_FIELDS = new Set([
  "languages",
  "services",
  "targetGroups",
  "regionIds",
  "memberIds",
  "contactPointIds",
]);
const LOCALIZED_FIELDS = new Set(["openingHoursNote", "description", "title", "costs"]);
const DATE_FIELDS = new Set(["startsAt", "endsAt"]);
const BOOLEAN_FIELDS = new Set(["allowOutsideThuringia", "wheelchairAccessible", "appointmentRequired"]);

type Hours = { day: number; opens: string; closes: string };
type Coordinates = { lat: number; lng: number };

/** A proposal keyed like the input, with lat/lng as one `coordinates` value like the record's. */
export function proposalValues(proposed: unknown): Record<string, unknown> {
  const values = { ...((proposed ?? {}) as Record<string, unknown>) };
  if ("lat" in values || "lng" in values) {
    const { lat, lng } = values;
    values.coordinates = lat == null || lng == null ? null : { lat: Number(lat), lng: Number(lng) };
    delete values.lat;
    delete values.lng;
  }
  return values;
}

const idOf = (value: unknown) => rawId(String(value)) || String(value);

/** The value in one canonical form: what the API would store for it. */
export function canonical(field: string, value: unknown): unknown {
  if (value === undefined || value === null || value === "") {
    return field === "appointmentRequired"
      ? false
      : SET_FIELDS.has(field) || field === "openingHours"
        ? []
        : null;
  }
  if (ID_FIELDS.has(field)) value = Array.isArray(value) ? value.map(idOf) : idOf(value);
  if (SET_FIELDS.has(field) && Array.isArray(value)) return [...new Set(value.map(String))].sort();
  if (field === "openingHours" && Array.isArray(value)) {
    return (value as Hours[])
      .map(({ day, opens, closes }) => ({ day: Number(day), opens, closes }))
      .sort((a, b) => a.day - b.day || a.opens.localeCompare(b.opens));
  }
  if (LOCALIZED_FIELDS.has(field) && typeof value === "object") {
    const texts = Object.entries(value as Record<string, unknown>)
      .filter(([, text]) => typeof text === "string" && text.trim())
      .map(([language, text]) => [language, (text as string).trim()] as const)
      .sort(([a], [b]) => a.localeCompare(b));
    return texts.length ? Object.fromEntries(texts) : null;
  }
  if (DATE_FIELDS.has(field)) return new Date(String(value)).toISOString();
  if (field === "coordinates") {
    const { lat, lng } = value as Coordinates;
    return { lat: Number(lat.toFixed(6)), lng: Number(lng.toFixed(6)) };
  }
  return typeof value === "string" ? value.trim() : value;
}

export function sameValue(field: string, a: unknown, b: unknown): boolean {
  return JSON.stringify(canonical(field, a)) === JSON.stringify(canonical(field, b));
}

export interface ValueEnv {
  entityType: EntityType;
  labels: LocalizeController<ValueLabel>;
  enums: LocalizeController<keyof typeof enumTexts.de>;
  /** Names of referenced records: "partners:<id>", "contact-points:<id>", "regions:<key>". */
  names: Map<string, string>;
}

const REFERENCE_KIND: Record<string, string> = {
  partnerId: "partners",
  memberIds: "partners",
  contactPointIds: "contact-points",
  regionIds: "regions",
  regionId: "regions",
};

function languageName(code: string, uiLanguage: string): string {
  try {
    return new Intl.DisplayNames([uiLanguage], { type: "language" }).of(code) ?? code;
  } catch {
    return code;
  }
}

function list(items: readonly (string | TemplateResult)[]) {
  return html`<ul class="value-list">${items.map((item) => html`<li>${item}</li>`)}</ul>`;
}

function enumLabel(field: FieldName | string, value: string, env: ValueEnv): string {
  const { labels, enums } = env;
  const has = (key: string) => Object.hasOwn(valueLabels.de, key);
  switch (field) {
    case "services":
      return enums.t(`service.${value}` as never);
    case "targetGroups":
      return enums.t(`target.${value}` as never);
    case "kind":
      return env.entityType === "OFFER"
        ? enums.t(`offer.${value}` as never)
        : has(`network.${value}`)
          ? labels.t(`network.${value}` as ValueLabel)
          : value;
    case "type":
      return has(`partner.${value}`) ? labels.t(`partner.${value}` as ValueLabel) : value;
    case "format":
      return has(`format.${value}`) ? labels.t(`format.${value}` as ValueLabel) : value;
    case "geoPrecision":
      return has(`geo.${value}`) ? labels.t(`geo.${value}` as ValueLabel) : value;
    default:
      return value;
  }
}

/** A value as an editor reads it: names instead of ids, words instead of codes, lists as lists. */
export function formatValue(field: string, raw: unknown, env: ValueEnv): string | TemplateResult {
  const { labels } = env;
  const value = canonical(field, raw);
  // Unknown is not "no": a missing answer to a yes/no question says so.
  if (BOOLEAN_FIELDS.has(field) && value === null) return labels.t("unknown");
  const empty = html`<span class="muted">${labels.t(SET_FIELDS.has(field) ? "none" : "empty")}</span>`;
  if (value === null || (Array.isArray(value) && value.length === 0)) return empty;
  if (BOOLEAN_FIELDS.has(field)) return labels.t(value ? "yes" : "no");
  if (field === "openingHours") {
    return list(
      (value as Hours[]).map((h) => `${labels.t(`day.${h.day}` as ValueLabel)} ${h.opens}–${h.closes}`),
    );
  }
  if (LOCALIZED_FIELDS.has(field)) {
    const texts = value as Record<string, string>;
    const ordered = CONTENT_LANGUAGES.filter((l) => texts[l]);
    return list(
      ordered.map(
        (l) =>
          html`<span class="language">${languageName(l, labels.lang)}:</span> <span lang=${l}>${texts[l]}</span>`,
      ),
    );
  }
  if (field === "coordinates") {
    const { lat, lng } = value as Coordinates;
    const number = new Intl.NumberFormat(labels.lang === "de" ? "de-DE" : "en-GB", {
      maximumFractionDigits: 5,
    });
    return `${number.format(lat)}° N, ${number.format(lng)}° ${labels.lang === "de" ? "O" : "E"}`;
  }
  if (DATE_FIELDS.has(field)) return labels.dateTime(String(value));
  if (field === "languages") return list((value as string[]).map((code) => languageName(code, labels.lang)));
  const kind = REFERENCE_KIND[field];
  if (kind) {
    const name = (ref: string) => env.names.get(`${kind}:${ref}`) ?? ref;
    return Array.isArray(value) ? list(value.map(name)) : name(String(value));
  }
  if (Array.isArray(value)) return list(value.map((v) => enumLabel(field, String(v), env)));
  if (typeof value === "string") return enumLabel(field, value, env);
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}
