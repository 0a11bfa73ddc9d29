import { graphql } from "../../api/graphql.ts";

// The edit page reads a record in any state through the editable… queries (null: not found, or
// another partner's). Translated texts come one language per field argument: each is asked for
// in all seven languages; `isFallback` marks a translation that does not exist. The API allows
// 15 aliases in one query: an offer's three texts take two queries.

export const Translation = graphql(`
  fragment Translation on LocalizedText { text isFallback }
`);

export const EDITABLE_CONTACT_POINT = graphql(
  `
  query EditableContactPoint($id: ID!) {
    record: editableContactPoint(id: $id) {
      id status version lastVerifiedAt verifiedBy { name email } externalKey
      openReports { id } pendingChanges { id kind status proposed createdAt }
      partner { id name }
      name street postcode city lat lng geoPrecision district { name }
      phone email website openingHours { day opens closes }
      noteDe: openingHoursNote(locale: "de") { ...Translation }
      noteEn: openingHoursNote(locale: "en") { ...Translation }
      noteAr: openingHoursNote(locale: "ar") { ...Translation }
      noteFa: openingHoursNote(locale: "fa") { ...Translation }
      noteUk: openingHoursNote(locale: "uk") { ...Translation }
      noteRu: openingHoursNote(locale: "ru") { ...Translation }
      noteTr: openingHoursNote(locale: "tr") { ...Translation }
      languages services targetGroups wheelchairAccessible appointmentRequired
    }
  }
`,
  [Translation],
);

export const EDITABLE_PARTNER = graphql(
  `
  query EditablePartner($id: ID!) {
    record: editablePartner(id: $id) {
      id status version lastVerifiedAt verifiedBy { name email } externalKey
      openReports { id } pendingChanges { id kind status proposed createdAt }
      name type website logoUrl regions { key }
      descriptionDe: description(locale: "de") { ...Translation }
      descriptionEn: description(locale: "en") { ...Translation }
      descriptionAr: description(locale: "ar") { ...Translation }
      descriptionFa: description(locale: "fa") { ...Translation }
      descriptionUk: description(locale: "uk") { ...Translation }
      descriptionRu: description(locale: "ru") { ...Translation }
      descriptionTr: description(locale: "tr") { ...Translation }
    }
  }
`,
  [Translation],
);

export const EDITABLE_OFFER = graphql(
  `
  query EditableOffer($id: ID!) {
    record: editableOffer(id: $id) {
      id status version lastVerifiedAt verifiedBy { name email } externalKey
      openReports { id } pendingChanges { id kind status proposed createdAt }
      partner { id name }
      kind format startsAt endsAt occupation registrationUrl documentUrl
      languages targetGroups regions { key } linkedContactPoints { id }
      titleDe: title(locale: "de") { ...Translation }
      titleEn: title(locale: "en") { ...Translation }
      titleAr: title(locale: "ar") { ...Translation }
      titleFa: title(locale: "fa") { ...Translation }
      titleUk: title(locale: "uk") { ...Translation }
      titleRu: title(locale: "ru") { ...Translation }
      titleTr: title(locale: "tr") { ...Translation }
    }
  }
`,
  [Translation],
);

/** An offer's description and costs: a second query, as the API allows 15 aliases per query. */
export const EDITABLE_OFFER_TEXTS = graphql(
  `
  query EditableOfferTexts($id: ID!) {
    editableOffer(id: $id) {
      descriptionDe: description(locale: "de") { ...Translation }
      descriptionEn: description(locale: "en") { ...Translation }
      descriptionAr: description(locale: "ar") { ...Translation }
      descriptionFa: description(locale: "fa") { ...Translation }
      descriptionUk: description(locale: "uk") { ...Translation }
      descriptionRu: description(locale: "ru") { ...Translation }
      descriptionTr: description(locale: "tr") { ...Translation }
      costsDe: costs(locale: "de") { ...Translation }
      costsEn: costs(locale: "en") { ...Translation }
      costsAr: costs(locale: "ar") { ...Translation }
      costsFa: costs(locale: "fa") { ...Translation }
      costsUk: costs(locale: "uk") { ...Translation }
      costsRu: costs(locale: "ru") { ...Translation }
      costsTr: costs(locale: "tr") { ...Translation }
    }
  }
`,
  [Translation],
);

export const EDITABLE_NETWORK = graphql(
  `
  query EditableNetwork($id: ID!) {
    record: editableNetwork(id: $id) {
      id status version lastVerifiedAt verifiedBy { name email } externalKey
      openReports { id } pendingChanges { id kind status proposed createdAt }
      name kind website region { key } linkedMembers { id }
      descriptionDe: description(locale: "de") { ...Translation }
      descriptionEn: description(locale: "en") { ...Translation }
      descriptionAr: description(locale: "ar") { ...Translation }
      descriptionFa: description(locale: "fa") { ...Translation }
      descriptionUk: description(locale: "uk") { ...Translation }
      descriptionRu: description(locale: "ru") { ...Translation }
      descriptionTr: description(locale: "tr") { ...Translation }
    }
  }
`,
  [Translation],
);

/** The choices of the select fields: regions, partner organisations, a partner's contact points. */
export const REGIONS = graphql(`
  query EditRegions { regions { id key name } }
`);

export const PARTNER_CHOICES = graphql(`
  query EditPartnerChoices($after: String) {
    editablePartners(first: 100, after: $after) {
      edges { node { id name } }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

export const CONTACT_POINT_CHOICES = graphql(`
  query EditContactPointChoices($partnerId: ID!, $after: String) {
    editableContactPoints(first: 100, after: $after, filter: { partnerId: $partnerId }) {
      edges { node { id name city } }
      pageInfo { hasNextPage endCursor }
    }
  }
`);
