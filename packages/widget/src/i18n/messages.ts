import type { OfferKind, Service, TargetGroup } from "../api/graphql.ts";
import type { ContactPointReportReason } from "../api/report-document.ts";
import type { PluralBase, PluralVariant } from "./plural.ts";

/** The name of every value of the schema's enums the visitor sees: keys typed from the schema. */
type EnumTexts = {
  [K in
    | `service.${Service}`
    | `target.${TargetGroup}`
    | `offer.${OfferKind}`
    | `reason.${ContactPointReportReason}`]: string;
};

/** Every text the widget shows. German is the base language and always bundled. */
const texts = {
  title: "Hilfe zur Ausbildung in Ihrer Nähe",
  searchLabel: "Ort oder Postleitzahl",
  searchPlaceholder: "z. B. Nordhausen oder 99734",
  searchHint: "Vorschläge mit Pfeiltasten auswählen",
  // For phones and tablets: no arrow keys there.
  searchHintTouch: "Einen Vorschlag aus der Liste wählen",
  placesFound: "{count} Orte gefunden",
  "placesFound.one": "{count} Ort gefunden",
  nearMe: "In meiner Nähe",
  locating: "Ihr Standort wird ermittelt …",
  locationDenied: "Standort nicht verfügbar. Bitte geben Sie einen Ort ein.",
  locationFound: "Standort gefunden",
  noPlaces: "Kein Ort gefunden",
  filters: "Filter",
  service: "Was brauchen Sie?",
  language: "Beratungssprache",
  targetGroup: "Für wen?",
  accessible: "Nur rollstuhlgerecht",
  area: "Region oder Landkreis",
  offerKind: "Angebotsart",
  any: "Alle",
  clearFilters: "Filter zurücksetzen",
  // Counted messages: one variant per plural category (plural.ts); German has one and other.
  results: "{count} Anlaufstellen",
  "results.one": "{count} Anlaufstelle",
  resultsNear: "{count} Anlaufstellen in der Nähe von {place}",
  "resultsNear.one": "{count} Anlaufstelle in der Nähe von {place}",
  resultsNearYou: "{count} Anlaufstellen in Ihrer Nähe",
  "resultsNearYou.one": "{count} Anlaufstelle in Ihrer Nähe",
  outsideArea: "{place} liegt außerhalb von {area}. Gezeigt werden die nächsten Anlaufstellen in {area}.",
  showBeyondArea: "Auch Anlaufstellen außerhalb von {area} zeigen",
  backToArea: "Nur Anlaufstellen in {area} zeigen",
  resultsFar: "{count} Anlaufstellen – die nächste ist {km} km von {place} entfernt",
  "resultsFar.one": "{count} Anlaufstelle – {km} km von {place} entfernt",
  resultsFarYou: "{count} Anlaufstellen – die nächste ist {km} km von Ihnen entfernt",
  "resultsFarYou.one": "{count} Anlaufstelle – {km} km von Ihnen entfernt",
  counselsInYourLanguage: "Beratung auf {language}",
  onlyMyLanguage: "Nur mit Beratung auf {language}",
  explain: "Was bedeutet das?",
  servicesOffered: "Unterstützung",
  noResults: "Keine Anlaufstellen gefunden. Versuchen Sie weniger Filter.",
  loading: "Wird geladen …",
  error: "Die Daten konnten nicht geladen werden.",
  retry: "Erneut versuchen",
  distance: "{km} km entfernt",
  languages: "Sprachen",
  openingHours: "Öffnungszeiten",
  byAppointment: "Termin erforderlich",
  wheelchair: "Rollstuhlgerecht",
  notWheelchair: "Nicht rollstuhlgerecht",
  phone: "Telefon",
  email: "E-Mail",
  website: "Website",
  route: "Route planen (externer Dienst)",
  sample: "Beispieldaten",
  fallback: "Nur auf Deutsch verfügbar",
  showOnMap: "Auf der Karte zeigen",
  view: "Ansicht",
  list: "Liste",
  map: "Karte",
  mapLabel: "Karte der Anlaufstellen",
  mapLoading: "Karte wird geladen …",
  mapOrigin: "Gesuchter Ort: {place}",
  mapOwnPosition: "Ihr Standort",
  mapClose: "Schließen",
  mapZoomIn: "Vergrößern",
  mapZoomOut: "Verkleinern",
  mapAttribution: "Quellenangaben ein-/ausblenden",
  mapGestureCtrl: "Karte mit Strg + Mausrad zoomen",
  mapGestureMac: "Karte mit ⌘ + Mausrad zoomen",
  mapGestureTouch: "Karte mit zwei Fingern bewegen",
  basemapConsent: "Hintergrundkarte laden (Daten werden an {provider} übertragen)",
  contacts: "Anlaufstellen",
  offers: "Angebote und Termine",
  noOffers: "Keine Angebote gefunden.",
  offersFound: "{count} Angebote",
  "offersFound.one": "{count} Angebot",
  online: "Online",
  document: "Leitfaden öffnen",
  register: "Anmelden",
  print: "Drucken",
  printFilters: "Filter",
  printNoFilters: "keine",
  printQr: "Diese Suche online öffnen",
  presetFixed: "Von dieser Seite festgelegt",
  severalChosen: "{count} ausgewählt",
  removeChoice: "{value} entfernen",
  saveContact: "Kontakt speichern (vCard)",
  shareContact: "Link zu dieser Anlaufstelle",
  addToCalendar: "In den Kalender (.ics)",
  subscribeCalendar: "Diese Termine abonnieren (iCal)",
  languageSwitcher: "Sprache",
  more: "Weitere laden",
  days: "Mo,Di,Mi,Do,Fr,Sa,So",
  reportToggle: "Angaben veraltet? Melden",
  reportTitle: "Veraltete Angaben melden",
  reportReason: "Was stimmt nicht mehr?",
  reportChoose: "Bitte auswählen",
  reportMessage: "Hinweis (freiwillig)",
  reportPrivacy:
    "Bitte keine persönlichen Daten angeben: Wir brauchen weder Ihren Namen noch Ihre Kontaktdaten. Höchstens 500 Zeichen.",
  reportSend: "Senden",
  reportCancel: "Abbrechen",
  reportSending: "Wird gesendet …",
  reportThanks: "Vielen Dank! Ihre Meldung ist angekommen. Wir prüfen die Angaben.",
  reportTooMany: "Zu viele Meldungen in kurzer Zeit. Bitte versuchen Sie es in einer Minute erneut.",
  reportFailed:
    "Die Meldung konnte nicht gesendet werden. Bitte prüfen Sie Ihre Internetverbindung und versuchen Sie es erneut.",
  reportInvalid: "Die Meldung wurde nicht angenommen. Bitte prüfen Sie Ihre Angaben.",
  attribution: "Daten: KAUSA Thüringen · © GeoBasis-DE / BKG 2021 · GeoNames (CC BY 4.0)",
};

// Typed, not inferred: a value missing from the schema or missing here is a type error.
const enumTexts: EnumTexts = {
  "service.TRAINING_COUNSELLING": "Ausbildungsberatung",
  "service.CAREER_ORIENTATION": "Berufsorientierung",
  "service.RECOGNITION_OF_QUALIFICATIONS": "Anerkennung von Abschlüssen",
  "service.APPLICATION_HELP": "Hilfe bei Bewerbungen",
  "service.LANGUAGE_COURSES": "Sprachkurse",
  "service.COMPANY_COUNSELLING": "Beratung für Betriebe",
  "service.MATCHING": "Vermittlung in Ausbildung",
  "service.RESIDENCE_LAW_COUNSELLING": "Aufenthaltsrecht",
  "service.SOCIAL_COUNSELLING": "Soziale Beratung",
  "target.YOUNG_PEOPLE": "Junge Menschen",
  "target.ADULTS": "Erwachsene",
  "target.PARENTS": "Eltern",
  "target.REFUGEES": "Geflüchtete",
  "target.COMPANIES": "Betriebe",
  "target.ORGANISATIONS": "Organisationen",
  "offer.TRAINING": "Schulung",
  "offer.COUNSELLING": "Beratung",
  "offer.EVENT": "Veranstaltung",
  "offer.GUIDE": "Leitfaden",
  "offer.APPRENTICESHIP_PLACE": "Ausbildungsplatz",
  "offer.INTERNSHIP": "Praktikum",
  "offer.ENTRY_QUALIFICATION": "Einstiegsqualifizierung",
  "offer.LANGUAGE_COURSE": "Sprachkurs",
  "reason.PHONE": "Telefonnummer stimmt nicht mehr",
  "reason.EMAIL": "E-Mail-Adresse stimmt nicht mehr",
  "reason.WEBSITE": "Website stimmt nicht mehr",
  "reason.ADDRESS": "Adresse stimmt nicht mehr",
  "reason.OPENING_HOURS": "Öffnungszeiten stimmen nicht mehr",
  "reason.CLOSED": "Anlaufstelle gibt es nicht mehr",
  "reason.OTHER": "Etwas anderes",
};

export const de = { ...texts, ...enumTexts };

type StoredKey = keyof typeof de;
/** A counted message ("results"), whose other plural variants are stored as "results.one" … */
export type PluralKey = PluralBase<StoredKey>;
/** What `t()` takes: any message by its own key (a counted one picks its variant from `count`). */
export type MessageKey = Exclude<StoredKey, PluralVariant<StoredKey>>;
/** A language's texts: every message, and for counted ones the variants its grammar has. */
export type Messages = Partial<Record<MessageKey | PluralVariant<StoredKey>, string>>;
