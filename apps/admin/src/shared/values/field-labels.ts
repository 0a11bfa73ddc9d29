import { type AdminLanguage, defineMessages, translate } from "../../i18n/i18n.ts";

/**
 * The one dictionary of field names: the input fields of the four record types (ContactPointInput,
 * PartnerInput, OfferInput, NetworkInput) in the edit form's words, which the review diff, the
 * merge view and the history repeat so an editor meets each field under one name. `coordinates`
 * is the pin as one value (lat/lng); the last few are recorded in the history but not edited.
 */
export const fieldLabels = defineMessages(
  {
    name: "Name",
    title: "Titel",
    partnerId: "Träger",
    externalKey: "Eigener Schlüssel (Import)",
    street: "Straße und Hausnummer",
    postcode: "Postleitzahl",
    city: "Ort",
    coordinates: "Position auf der Karte",
    lat: "Position auf der Karte",
    lng: "Längengrad",
    geoPrecision: "Genauigkeit der Position",
    allowOutsideThuringia: "Adresse knapp außerhalb Thüringens erlauben",
    phone: "Telefon",
    email: "E-Mail-Adresse",
    website: "Webseite",
    openingHours: "Öffnungszeiten",
    openingHoursNote: "Hinweis zu den Öffnungszeiten",
    appointmentRequired: "Nur mit Termin",
    wheelchairAccessible: "Barrierefrei (rollstuhlgerecht)",
    services: "Leistungen",
    targetGroups: "Zielgruppen",
    languages: "Beratungssprachen",
    type: "Art der Organisation",
    logoUrl: "Adresse des Logos",
    description: "Beschreibung",
    regionIds: "Planungsregionen",
    kind: "Art",
    format: "Form",
    occupation: "Ausbildungsberuf",
    startsAt: "Beginn",
    endsAt: "Ende",
    contactPointIds: "Anlaufstellen (Orte)",
    registrationUrl: "Adresse der Anmeldung",
    documentUrl: "Adresse des Dokuments",
    costs: "Kosten",
    regionId: "Planungsregion",
    memberIds: "Mitglieder (Träger)",
    status: "Status",
    districtKey: "Landkreis",
    lastVerifiedAt: "Zuletzt bestätigt",
  },
  {
    name: "Name",
    title: "Title",
    partnerId: "Partner",
    externalKey: "Own key (import)",
    street: "Street and number",
    postcode: "Postcode",
    city: "Town",
    coordinates: "Position on the map",
    lat: "Position on the map",
    lng: "Longitude",
    geoPrecision: "Precision of the position",
    allowOutsideThuringia: "Allow an address just outside Thuringia",
    phone: "Phone",
    email: "E-mail address",
    website: "Website",
    openingHours: "Opening hours",
    openingHoursNote: "Note on the opening hours",
    appointmentRequired: "By appointment only",
    wheelchairAccessible: "Wheelchair accessible",
    services: "Services",
    targetGroups: "Target groups",
    languages: "Counselling languages",
    type: "Kind of organisation",
    logoUrl: "Logo address",
    description: "Description",
    regionIds: "Planning regions",
    kind: "Kind",
    format: "Format",
    occupation: "Occupation (apprenticeship)",
    startsAt: "Start",
    endsAt: "End",
    contactPointIds: "Contact points (places)",
    registrationUrl: "Registration address",
    documentUrl: "Document address",
    costs: "Costs",
    regionId: "Planning region",
    memberIds: "Members (partners)",
    status: "Status",
    districtKey: "District",
    lastVerifiedAt: "Last confirmed",
  },
);

export type FieldName = keyof typeof fieldLabels.de;

export const isKnownField = (key: string): key is FieldName => Object.hasOwn(fieldLabels.de, key);

/** A field's name in the editor's language; a field this app does not know keeps its key. */
export function fieldLabel(language: AdminLanguage, field: string): string {
  return isKnownField(field) ? translate(fieldLabels, language, field) : field;
}

/** The same texts under a prefix (`field.name` …), for message sets that embed them. */
export function prefixed<const P extends string, K extends string>(
  prefix: P,
  texts: Record<K, string>,
): Record<`${P}${K}`, string> {
  return Object.fromEntries(Object.entries(texts).map(([key, text]) => [`${prefix}${key}`, text])) as Record<
    `${P}${K}`,
    string
  >;
}
