import { defineMessages } from "../../i18n/i18n.ts";

/**
 * Words for stored values that are codes, in the edit form's words (its choices use these
 * texts): the enums common.messages.ts does not name (partner types, network kinds, offer
 * formats, geo precisions), weekdays, yes/no and the empty value. Services, target groups and
 * offer kinds are the finder's words in common.messages.ts `enumTexts`.
 */
export const valueTexts = defineMessages(
  {
    yes: "Ja",
    no: "Nein",
    unknown: "unbekannt",
    empty: "(leer)",
    none: "(keine)",
    "day.1": "Mo",
    "day.2": "Di",
    "day.3": "Mi",
    "day.4": "Do",
    "day.5": "Fr",
    "day.6": "Sa",
    "day.7": "So",
    north: "N",
    east: "O",
    "geo.ADDRESS": "Genaue Adresse",
    "geo.PLACE": "Ort",
    "geo.POSTCODE": "Nur Postleitzahl",
    "format.IN_PERSON": "Vor Ort",
    "format.ONLINE": "Online",
    "format.HYBRID": "Vor Ort und online",
    "network.STATE_ADVISORY_BOARD": "Landesbeirat",
    "network.REGIONAL_ADVISORY_BOARD": "Regionalbeirat",
    "network.REGIONAL_WORKING_GROUP": "Regionaler Arbeitskreis",
    "partner.CHAMBER_HWK": "Handwerkskammer",
    "partner.CHAMBER_IHK": "Industrie- und Handelskammer",
    "partner.DISTRICT_ADMINISTRATION": "Landratsamt / Kreisverwaltung",
    "partner.EDUCATION_PROVIDER": "Bildungsträger",
    "partner.EMPLOYMENT_AGENCY": "Agentur für Arbeit",
    "partner.JOBCENTER": "Jobcenter",
    "partner.KAUSA": "KAUSA",
    "partner.MIGRANT_ORGANISATION": "Migrantenorganisation",
    "partner.MIGRATION_COUNSELLING": "Migrationsberatung",
    "partner.MUNICIPALITY": "Gemeinde / Stadt",
    "partner.NETWORK_OFFICE": "Netzwerkbüro",
    "partner.OTHER": "Sonstige",
    "partner.TRAINING_COMPANY": "Ausbildungsbetrieb",
    "partner.VOCATIONAL_SCHOOL": "Berufsschule",
    "partner.YOUTH_MIGRATION_SERVICE": "Jugendmigrationsdienst",
  },
  {
    yes: "Yes",
    no: "No",
    unknown: "unknown",
    empty: "(empty)",
    none: "(none)",
    "day.1": "Mon",
    "day.2": "Tue",
    "day.3": "Wed",
    "day.4": "Thu",
    "day.5": "Fri",
    "day.6": "Sat",
    "day.7": "Sun",
    north: "N",
    east: "E",
    "geo.ADDRESS": "Exact address",
    "geo.PLACE": "Town",
    "geo.POSTCODE": "Postcode only",
    "format.IN_PERSON": "In person",
    "format.ONLINE": "Online",
    "format.HYBRID": "In person and online",
    "network.STATE_ADVISORY_BOARD": "State advisory board",
    "network.REGIONAL_ADVISORY_BOARD": "Regional advisory board",
    "network.REGIONAL_WORKING_GROUP": "Regional working group",
    "partner.CHAMBER_HWK": "Chamber of crafts",
    "partner.CHAMBER_IHK": "Chamber of commerce",
    "partner.DISTRICT_ADMINISTRATION": "District administration",
    "partner.EDUCATION_PROVIDER": "Education provider",
    "partner.EMPLOYMENT_AGENCY": "Employment agency",
    "partner.JOBCENTER": "Jobcenter",
    "partner.KAUSA": "KAUSA",
    "partner.MIGRANT_ORGANISATION": "Migrant organisation",
    "partner.MIGRATION_COUNSELLING": "Migration counselling",
    "partner.MUNICIPALITY": "Municipality",
    "partner.NETWORK_OFFICE": "Network office",
    "partner.OTHER": "Other",
    "partner.TRAINING_COMPANY": "Training company",
    "partner.VOCATIONAL_SCHOOL": "Vocational school",
    "partner.YOUTH_MIGRATION_SERVICE": "Youth migration service",
  },
);

export type ValueTextKey = keyof typeof valueTexts.de;

const valuesWith = (prefix: string) =>
  Object.keys(valueTexts.de)
    .filter((key) => key.startsWith(prefix))
    .map((key) => key.slice(prefix.length));

/** The API's PartnerType, NetworkKind, OfferFormat and GeoPrecision values, in the choices' order. */
export const PARTNER_TYPES = valuesWith("partner.");
export const NETWORK_KINDS = valuesWith("network.");
export const OFFER_FORMATS = valuesWith("format.");
export const GEO_PRECISIONS = valuesWith("geo.");
