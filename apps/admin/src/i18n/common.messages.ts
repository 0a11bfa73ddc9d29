import { de } from "@kausa/widget/texts/de";
import en from "@kausa/widget/texts/en";
import type { OfferKind, PublicationStatus, Service, TargetGroup } from "../api/graphql.ts";
import { defineMessages } from "./i18n.ts";

/** Texts every part of the app uses: the shell, actions, states, failures. */
export const common = defineMessages(
  {
    appName: "KAUSA Verwaltung",
    skipToContent: "Zum Inhalt springen",
    navigation: "Hauptnavigation",
    dashboard: "Übersicht",
    contactPoints: "Anlaufstellen",
    partners: "Träger",
    offers: "Angebote",
    networks: "Netzwerke",
    review: "Prüfung",
    reports: "Meldungen",
    import: "Import",
    export: "Export",
    users: "Benutzer",
    tokens: "API-Tokens",
    account: "Mein Konto",
    logout: "Abmelden",
    language: "Sprache",
    loggedInAs: "Angemeldet als {name}",
    "role.ADMIN": "Administration",
    "role.EDITOR": "Redaktion",
    "role.PARTNER_EDITOR": "Partner-Redaktion",
    "status.DRAFT": "Entwurf",
    "status.IN_REVIEW": "In Prüfung",
    "status.PUBLISHED": "Veröffentlicht",
    "status.ARCHIVED": "Archiviert",
    save: "Speichern",
    cancel: "Abbrechen",
    back: "Zurück",
    loading: "Wird geladen …",
    next: "Weiter",
    previous: "Zurück",
    pageOf: "Seite {page} von {pages}",
    total: "{count} Einträge",
    notFound: "Diese Seite gibt es nicht.",
    unsavedQuestion: "Es gibt ungespeicherte Änderungen. Seite trotzdem verlassen?",
    sessionLost:
      "Ihre Sitzung ist abgelaufen. Ihre Eingaben sind noch da: Melden Sie sich in einem neuen Tab an und speichern Sie dann hier.",
    loginInNewTab: "In neuem Tab anmelden",
    "error.forbidden": "Dafür fehlt Ihnen die Berechtigung.",
    "error.not-found": "Nicht gefunden – vielleicht gelöscht oder nicht für Sie sichtbar.",
    "error.too-many": "Zu viele Anfragen. Bitte in {seconds} Sekunden erneut versuchen.",
    "error.network": "Der Server ist nicht erreichbar. Bitte später erneut versuchen.",
    "error.server": "Etwas ist schiefgegangen. Bitte erneut versuchen.",
    "error.bad-input": "Die Eingabe wurde abgelehnt: {message}",
    "error.unauthenticated": "Bitte melden Sie sich an.",
  },
  {
    appName: "KAUSA Admin",
    skipToContent: "Skip to content",
    navigation: "Main navigation",
    dashboard: "Overview",
    contactPoints: "Contact points",
    partners: "Partners",
    offers: "Offers",
    networks: "Networks",
    review: "Review",
    reports: "Reports",
    import: "Import",
    export: "Export",
    users: "Users",
    tokens: "API tokens",
    account: "My account",
    logout: "Log out",
    language: "Language",
    loggedInAs: "Logged in as {name}",
    "role.ADMIN": "Administrator",
    "role.EDITOR": "Editor",
    "role.PARTNER_EDITOR": "Partner editor",
    "status.DRAFT": "Draft",
    "status.IN_REVIEW": "In review",
    "status.PUBLISHED": "Published",
    "status.ARCHIVED": "Archived",
    save: "Save",
    cancel: "Cancel",
    back: "Back",
    loading: "Loading …",
    next: "Next",
    previous: "Previous",
    pageOf: "Page {page} of {pages}",
    total: "{count} entries",
    notFound: "This page does not exist.",
    unsavedQuestion: "There are unsaved changes. Leave the page anyway?",
    sessionLost:
      "Your session has ended. Your input is still here: log in again in a new tab, then save here.",
    loginInNewTab: "Log in in a new tab",
    "error.forbidden": "You are not allowed to do this.",
    "error.not-found": "Not found – perhaps deleted or not visible to you.",
    "error.too-many": "Too many requests. Please try again in {seconds} seconds.",
    "error.network": "The server cannot be reached. Please try again later.",
    "error.server": "Something went wrong. Please try again.",
    "error.bad-input": "The input was refused: {message}",
    "error.unauthenticated": "Please log in.",
  },
);

type EnumKey = `service.${Service}` | `target.${TargetGroup}` | `offer.${OfferKind}`;
const pick = (texts: Record<string, string>) =>
  Object.fromEntries(Object.entries(texts).filter(([k]) => /^(service|target|offer)\./.test(k))) as Record<
    EnumKey,
    string
  >;

/** The names of services, target groups and offer kinds: the same words visitors see in the finder. */
export const enumTexts = defineMessages<EnumKey>(
  pick(de as Record<string, string>),
  pick(en as Record<string, string>),
);

const valuesWith = (prefix: string) =>
  Object.keys(enumTexts.de)
    .filter((k) => k.startsWith(prefix))
    .map((k) => k.slice(prefix.length));
export const SERVICES = valuesWith("service.") as Service[];
export const TARGET_GROUPS = valuesWith("target.") as TargetGroup[];
export const OFFER_KINDS = valuesWith("offer.") as OfferKind[];
export const STATUSES: PublicationStatus[] = ["DRAFT", "IN_REVIEW", "PUBLISHED", "ARCHIVED"];

/** The languages of translatable texts (LocalizedText), German first. */
export const CONTENT_LANGUAGES = ["de", "en", "ar", "fa", "uk", "ru", "tr"] as const;
export type ContentLanguage = (typeof CONTENT_LANGUAGES)[number];
