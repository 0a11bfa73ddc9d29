import { graphql, type ResultOf } from "./graphql.ts";

export const PLACES = graphql(`
  query Places($search: String!) {
    places(search: $search, first: 8) { postcode name lat lng district { key name } }
  }
`);

export const CONTACT_POINTS = graphql(`
  query ContactPoints($filter: ContactPointFilter, $near: NearInput, $first: Int!, $after: String, $locale: String) {
    contactPoints(filter: $filter, near: $near, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node {
        id name street postcode city lat lng distanceKm phone email website languages services
        wheelchairAccessible appointmentRequired isSample
        openingHours { day opens closes }
        openingHoursNote(locale: $locale) { text isFallback }
        partner { id name type }
        district { key name rural }
      } }
    }
  }
`);

/**
 * One contact point by its ID, for a map marker whose contact point is not on the list's loaded
 * pages: the popup then shows what the list card would (without a distance: no `near`).
 */
export const CONTACT_POINT = graphql(`
  query ContactPoint($id: ID!, $locale: String) {
    node(id: $id) {
      __typename
      ... on ContactPoint {
        id name street postcode city lat lng phone email website languages
        wheelchairAccessible appointmentRequired isSample
        openingHours { day opens closes }
        openingHoursNote(locale: $locale) { text isFallback }
        partner { name }
      }
    }
  }
`);

export const OFFERS = graphql(`
  query Offers($filter: OfferFilter, $near: NearInput, $first: Int!, $locale: String) {
    offers(filter: $filter, near: $near, first: $first) {
      totalCount
      edges { node {
        id kind startsAt endsAt format occupation registrationUrl documentUrl isSample distanceKm
        title(locale: $locale) { text locale isFallback }
        partner { name }
        contactPoints { city }
      } }
    }
  }
`);

export const AREAS = graphql(`
  query Areas { regions { key name districts { key name } } }
`);

export const DISTRICT_BOUNDARIES = graphql(`
  query DistrictBoundaries { districts { key name rural boundary } }
`);

export type ContactPointNode = ResultOf<typeof CONTACT_POINTS>["contactPoints"]["edges"][number]["node"];
export type ContactPointDetails = Extract<
  NonNullable<ResultOf<typeof CONTACT_POINT>["node"]>,
  { __typename: "ContactPoint" }
>;
export type OfferNode = ResultOf<typeof OFFERS>["offers"]["edges"][number]["node"];
export type PlaceNode = ResultOf<typeof PLACES>["places"][number];
export type Region = ResultOf<typeof AREAS>["regions"][number];
export type OpeningHours = ContactPointNode["openingHours"][number];
