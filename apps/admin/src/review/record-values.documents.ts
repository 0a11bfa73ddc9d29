import { graphql, type ResultOf } from "../api/graphql.ts";

// A record's published values for the review diff. Translated texts come one language per alias
// (the API answers one locale per field); record-values.ts turns them back into {de, en, …}.

export const REVIEW_CONTACT_POINT = graphql(`
  query ReviewContactPoint($id: ID!) {
    record: editableContactPoint(id: $id) {
      id name version status
      partner { id name }
      street postcode city lat lng geoPrecision
      phone email website
      openingHours { day opens closes }
      openingHoursNote_de: openingHoursNote(locale: "de") { text isFallback }
      openingHoursNote_en: openingHoursNote(locale: "en") { text isFallback }
      openingHoursNote_ar: openingHoursNote(locale: "ar") { text isFallback }
      openingHoursNote_fa: openingHoursNote(locale: "fa") { text isFallback }
      openingHoursNote_uk: openingHoursNote(locale: "uk") { text isFallback }
      openingHoursNote_ru: openingHoursNote(locale: "ru") { text isFallback }
      openingHoursNote_tr: openingHoursNote(locale: "tr") { text isFallback }
      languages services targetGroups wheelchairAccessible appointmentRequired externalKey
      history(first: 30) { action actorLabel at }
    }
  }
`);
export type ReviewContactPoint = NonNullable<ResultOf<typeof REVIEW_CONTACT_POINT>["record"]>;

export const REVIEW_PARTNER = graphql(`
  query ReviewPartner($id: ID!) {
    record: editablePartner(id: $id) {
      id name version status type website logoUrl externalKey
      regions { id key name }
      description_de: description(locale: "de") { text isFallback }
      description_en: description(locale: "en") { text isFallback }
      description_ar: description(locale: "ar") { text isFallback }
      description_fa: description(locale: "fa") { text isFallback }
      description_uk: description(locale: "uk") { text isFallback }
      description_ru: description(locale: "ru") { text isFallback }
      description_tr: description(locale: "tr") { text isFallback }
      history(first: 30) { action actorLabel at }
    }
  }
`);
export type ReviewPartner = NonNullable<ResultOf<typeof REVIEW_PARTNER>["record"]>;

export const REVIEW_OFFER = graphql(`
  query ReviewOffer($id: ID!) {
    record: editableOffer(id: $id) {
      id version status kind format startsAt endsAt occupation languages targetGroups
      registrationUrl documentUrl externalKey
      partner { id name }
      regions { id key name }
      contactPoints { id name }
      title_de: title(locale: "de") { text isFallback }
      title_en: title(locale: "en") { text isFallback }
      title_ar: title(locale: "ar") { text isFallback }
      title_fa: title(locale: "fa") { text isFallback }
      title_uk: title(locale: "uk") { text isFallback }
      title_ru: title(locale: "ru") { text isFallback }
      title_tr: title(locale: "tr") { text isFallback }
      description_de: description(locale: "de") { text isFallback }
      description_en: description(locale: "en") { text isFallback }
      description_ar: description(locale: "ar") { text isFallback }
      description_fa: description(locale: "fa") { text isFallback }
      description_uk: description(locale: "uk") { text isFallback }
      description_ru: description(locale: "ru") { text isFallback }
      description_tr: description(locale: "tr") { text isFallback }
      costs_de: costs(locale: "de") { text isFallback }
      costs_en: costs(locale: "en") { text isFallback }
      costs_ar: costs(locale: "ar") { text isFallback }
      costs_fa: costs(locale: "fa") { text isFallback }
      costs_uk: costs(locale: "uk") { text isFallback }
      costs_ru: costs(locale: "ru") { text isFallback }
      costs_tr: costs(locale: "tr") { text isFallback }
      history(first: 30) { action actorLabel at }
    }
  }
`);
export type ReviewOffer = NonNullable<ResultOf<typeof REVIEW_OFFER>["record"]>;

export const REVIEW_NETWORK = graphql(`
  query ReviewNetwork($id: ID!) {
    record: editableNetwork(id: $id) {
      id name version status kind website externalKey
      region { id key name }
      members { id name }
      description_de: description(locale: "de") { text isFallback }
      description_en: description(locale: "en") { text isFallback }
      description_ar: description(locale: "ar") { text isFallback }
      description_fa: description(locale: "fa") { text isFallback }
      description_uk: description(locale: "uk") { text isFallback }
      description_ru: description(locale: "ru") { text isFallback }
      description_tr: description(locale: "tr") { text isFallback }
      history(first: 30) { action actorLabel at }
    }
  }
`);
export type ReviewNetwork = NonNullable<ResultOf<typeof REVIEW_NETWORK>["record"]>;
