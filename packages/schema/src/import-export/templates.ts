// The column templates of the three lists. One definition serves the import (which cell feeds
// which model field), the exports (same columns, so an export can be edited and re-imported),
// the downloadable templates and docs/import-export.md.
import { GeoPrecision, OfferFormat, OfferKind, PartnerType, Service, TargetGroup } from "@kausa/db";
import { type Locale, SUPPORTED_LOCALES } from "../locale.ts";
import type { ImportType } from "./types.ts";

export type ColumnKind =
  | "key"
  | "text"
  | "postcode"
  | "number"
  | "boolean"
  | "list"
  | "enum"
  | "enumList"
  | "date"
  | "openingHours"
  | "localized"
  | "partnerKey"
  | "contactPointKeys";

export interface ColumnSpec {
  /** The header, exactly as in the template (matched case-insensitively on import). */
  name: string;
  /** The model input field the column feeds (localized columns: the text field). */
  field: string;
  kind: ColumnKind;
  locale?: Locale;
  required?: boolean;
  /** Written by exports, ignored by imports (derived values, licence). */
  exportOnly?: boolean;
  /** Allowed values of enum columns. */
  values?: readonly string[];
  help: string;
  example: string;
}

const col = (
  name: string,
  kind: ColumnKind,
  help: string,
  example: string,
  extra: Partial<ColumnSpec> = {},
): ColumnSpec => ({ name, field: name, kind, help, example, ...extra });

/** One column per supported language: description_de, description_en, … German is required when any is set. */
function localized(field: string, help: string, example: string, required = false): ColumnSpec[] {
  return SUPPORTED_LOCALES.map((locale) => ({
    name: `${field}_${locale}`,
    field,
    kind: "localized" as const,
    locale,
    required: required && locale === "de",
    help:
      locale === "de"
        ? `${help} (German${required ? "" : "; required when another language is given"})`
        : `${help} (${locale})`,
    example: locale === "de" ? example : "",
  }));
}

const externalKeyColumn = col(
  "externalKey",
  "key",
  "Your stable key of the row (at most 100 characters). A re-import with the same key updates the row instead of adding one.",
  "JMD-EF-01",
  { required: true },
);
const partnerKeyColumn = col(
  "partnerKey",
  "partnerKey",
  "The partner organisation: its externalKey (from the partner list) or its id.",
  "PARTNER-JMD",
  { field: "partnerId", required: true },
);
const languagesColumn = col("languages", "list", "ISO 639-1 language codes, separated by ;", "de; ar; uk");
const targetGroupsColumn = col(
  "targetGroups",
  "enumList",
  "Target groups, separated by ;",
  "YOUNG_PEOPLE; REFUGEES",
  {
    values: Object.values(TargetGroup),
  },
);
const regionIdsColumn = col(
  "regionIds",
  "list",
  "Planning regions, separated by ;: nordthueringen, mittelthueringen, suedwestthueringen, ostthueringen",
  "mittelthueringen",
);

const CONTACT_POINT_COLUMNS: ColumnSpec[] = [
  externalKeyColumn,
  partnerKeyColumn,
  col("name", "text", "Name of the contact point.", "Jugendmigrationsdienst Erfurt", { required: true }),
  col("street", "text", "Street and number.", "Musterstraße 1"),
  col("postcode", "postcode", "Five-digit postcode (Thuringian gazetteer).", "99084", { required: true }),
  col("city", "text", "Town.", "Erfurt", { required: true }),
  col("lat", "number", "Latitude (WGS84). Empty: placed from postcode and town.", "50.9787"),
  col("lng", "number", "Longitude (WGS84). Empty: placed from postcode and town.", "11.0328"),
  col("geoPrecision", "enum", "How exact lat/lng are (with coordinates; default ADDRESS).", "ADDRESS", {
    values: Object.values(GeoPrecision),
  }),
  col("districtKey", "text", "District key (AGS), derived from the coordinates.", "16051", {
    exportOnly: true,
  }),
  col("phone", "text", "Phone number.", "0361 123456"),
  col("email", "text", "E-mail address.", "info@example.org"),
  col("website", "text", "Web address (http or https).", "https://example.org"),
  col(
    "openingHours",
    "openingHours",
    "Opening hours, e.g. Mo 09:00-12:00; Di 13:00-16:00 (see docs).",
    "Mo-Fr 09:00-12:00; Di 13:00-16:00",
  ),
  ...localized("openingHoursNote", "Note on opening hours", "Termine nach Vereinbarung"),
  languagesColumn,
  col("services", "enumList", "Services, separated by ;", "TRAINING_COUNSELLING; APPLICATION_HELP", {
    values: Object.values(Service),
  }),
  targetGroupsColumn,
  col(
    "wheelchairAccessible",
    "boolean",
    "Wheelchair accessible: ja/nein (yes/no, true/false); empty = unknown.",
    "ja",
  ),
  col(
    "appointmentRequired",
    "boolean",
    "Appointment required: ja/nein (yes/no, true/false); empty = no.",
    "nein",
  ),
];

const PARTNER_COLUMNS: ColumnSpec[] = [
  externalKeyColumn,
  col("type", "enum", "Kind of organisation.", "YOUTH_MIGRATION_SERVICE", {
    required: true,
    values: Object.values(PartnerType),
  }),
  col("name", "text", "Name of the organisation.", "Jugendmigrationsdienst Erfurt", { required: true }),
  ...localized("description", "Description", "Beratung für junge Menschen mit Migrationsgeschichte."),
  col("website", "text", "Web address (http or https).", "https://example.org"),
  col("logoUrl", "text", "Address of the logo image (http or https).", ""),
  regionIdsColumn,
];

const OFFER_COLUMNS: ColumnSpec[] = [
  externalKeyColumn,
  partnerKeyColumn,
  col("kind", "enum", "Kind of offer.", "COUNSELLING", { required: true, values: Object.values(OfferKind) }),
  ...localized("title", "Title", "Bewerbungstraining", true),
  ...localized("description", "Description", "Wir helfen bei Lebenslauf und Anschreiben."),
  col(
    "contactPointKeys",
    "contactPointKeys",
    "Contact points of the same partner where the offer takes place: their externalKeys or ids, separated by ;",
    "JMD-EF-01",
    { field: "contactPointIds" },
  ),
  regionIdsColumn,
  col(
    "startsAt",
    "date",
    "Start: ISO 8601 (2026-03-01 or 2026-03-01T09:00:00Z) or 01.03.2026.",
    "2026-03-01",
  ),
  col("endsAt", "date", "End, as startsAt.", ""),
  col("format", "enum", "IN_PERSON (default), ONLINE or HYBRID.", "IN_PERSON", {
    values: Object.values(OfferFormat),
  }),
  languagesColumn,
  targetGroupsColumn,
  col("occupation", "text", "Occupation (apprenticeship places, internships).", ""),
  col("registrationUrl", "text", "Registration web address.", ""),
  col("documentUrl", "text", "Document web address (guides).", ""),
  ...localized("costs", "Costs", "kostenfrei"),
];

/** Export-only columns that carry the licence on every row (open data). */
export const LICENCE_COLUMNS: ColumnSpec[] = [
  col("licence", "text", "Licence of the row (exports only).", "", { exportOnly: true }),
  col("attribution", "text", "Sources of derived values (exports only).", "", { exportOnly: true }),
];

export const TEMPLATES: Record<ImportType, ColumnSpec[]> = {
  "contact-points": CONTACT_POINT_COLUMNS,
  partners: PARTNER_COLUMNS,
  offers: OFFER_COLUMNS,
};

/** The template's columns as imports read them (export-only ones left out). */
export const importColumns = (type: ImportType) => TEMPLATES[type].filter((c) => !c.exportOnly);

/** The column a model problem belongs to: ["title", "de"] → title_de, ["partnerId"] → partnerKey. */
export function columnForPath(type: ImportType, path: readonly (string | number)[]): string | null {
  const [field, second] = path;
  if (typeof field !== "string") return null;
  const columns = TEMPLATES[type].filter((c) => c.field === field);
  if (!columns.length) return field;
  if (columns[0]!.kind === "localized") {
    const locale = typeof second === "string" ? second : "de";
    return columns.find((c) => c.locale === locale)?.name ?? `${field}_de`;
  }
  return columns[0]!.name;
}
