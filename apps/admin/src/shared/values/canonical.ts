import { CONTENT_LANGUAGES } from "../../i18n/common.messages.ts";

// One field's value in the form the API stores it. The edit form sends changes in this form and
// detects conflicts with it; the review diff compares a proposal with the record in it, so that
// another spelling of an id, another order of a set or a stray blank is no change.

export type Translations = Partial<Record<(typeof CONTENT_LANGUAGES)[number], string>>;
export interface OpeningInterval {
  day: number;
  opens: string;
  closes: string;
}
/** The pin; a history entry may know only the half that changed. */
export interface Coordinates {
  lat: number | null;
  lng: number | null;
}

/** Lists whose order means nothing (compared and sent sorted). */
export const SET_FIELDS = new Set([
  "services",
  "targetGroups",
  "languages",
  "regionIds",
  "contactPointIds",
  "memberIds",
]);
export const LOCALIZED_FIELDS = new Set(["title", "description", "costs", "openingHoursNote"]);
export const DATE_FIELDS = new Set(["startsAt", "endsAt", "lastVerifiedAt"]);
/** Stored as true/false, never unknown: a missing value is false. */
const FLAG_FIELDS = new Set(["appointmentRequired", "allowOutsideThuringia"]);
/** Yes, no or unknown (null). */
export const BOOLEAN_FIELDS = new Set([...FLAG_FIELDS, "wheelchairAccessible"]);
/** Fields holding ids of other records (partners, contact points, regions). */
const ID_FIELDS = new Set(["partnerId", "regionId", "regionIds", "memberIds", "contactPointIds"]);

/** The API's global ids are base64 of "Type:id"; the form and the snapshots use the database id. */
const GLOBAL_ID = /^(ContactPoint|Partner|Offer|Network|Region):(.+)$/;

/** The database id inside a global id; any other id as it is. */
export function plainId(id: unknown): string {
  const text = String(id);
  try {
    const match = GLOBAL_ID.exec(atob(text));
    if (match?.[2]) return match[2];
  } catch {
    // Not base64: already a database id or a key.
  }
  return text;
}

const round6 = (value: unknown) => {
  const number = typeof value === "number" ? value : typeof value === "string" ? Number(value) : Number.NaN;
  return value !== "" && value !== null && Number.isFinite(number) ? Math.round(number * 1e6) / 1e6 : null;
};

/** One value in the form the API stores it: trimmed, empty → null, sets sorted, ids plain. */
export function canonical(field: string, value: unknown): unknown {
  if (value === undefined || value === null || value === "") {
    return SET_FIELDS.has(field) || field === "openingHours" ? [] : FLAG_FIELDS.has(field) ? false : null;
  }
  if (ID_FIELDS.has(field)) value = Array.isArray(value) ? value.map(plainId) : plainId(value);
  if (SET_FIELDS.has(field) && Array.isArray(value)) return [...new Set(value.map(String))].sort();
  if (field === "openingHours" && Array.isArray(value)) {
    return (value as OpeningInterval[])
      .map(({ day, opens, closes }) => ({ day: Number(day), opens, closes }))
      .sort((a, b) => a.day - b.day || a.opens.localeCompare(b.opens) || a.closes.localeCompare(b.closes));
  }
  if (LOCALIZED_FIELDS.has(field) && typeof value === "object") return canonicalTexts(value as Translations);
  if (BOOLEAN_FIELDS.has(field)) return value === true;
  if (DATE_FIELDS.has(field)) {
    const date = new Date(String(value));
    return Number.isNaN(date.getTime()) ? String(value).trim() || null : date.toISOString();
  }
  if (field === "lat" || field === "lng") return round6(value);
  if (field === "coordinates" && typeof value === "object") {
    const { lat, lng } = value as Partial<Coordinates>;
    const point = { lat: round6(lat), lng: round6(lng) };
    return point.lat === null && point.lng === null ? null : point;
  }
  if (typeof value === "string") return value.trim() || null;
  return value;
}

function canonicalTexts(value: Translations): Translations | null {
  const result: Translations = {};
  for (const language of CONTENT_LANGUAGES) {
    const text = value[language];
    if (typeof text === "string" && text.trim()) result[language] = text.trim();
  }
  return Object.keys(result).length ? result : null;
}

export function sameValue(field: string, a: unknown, b: unknown): boolean {
  return JSON.stringify(canonical(field, a)) === JSON.stringify(canonical(field, b));
}

/** Values keyed like an input, with lat/lng as one `coordinates` value (the pin is one thing). */
export function withCoordinates(input: unknown): Record<string, unknown> {
  const values = { ...((input ?? {}) as Record<string, unknown>) };
  if ("lat" in values || "lng" in values) {
    const { lat, lng } = values;
    values.coordinates = lat == null && lng == null ? null : { lat: lat ?? null, lng: lng ?? null };
    delete values.lat;
    delete values.lng;
  }
  return values;
}
