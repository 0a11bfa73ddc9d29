import { gql } from "@urql/core";

export const PLACES = gql`
  query Places($search: String!) {
    places(search: $search, first: 8) { postcode name lat lng district { name } }
  }
`;

export const CONTACT_POINTS = gql`
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
`;

export const OFFERS = gql`
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
`;

export const AREAS = gql`
  query Areas { regions { key name districts { key name } } }
`;

export const DISTRICT_BOUNDARIES = gql`
  query DistrictBoundaries { districts { key name rural boundary } }
`;

export interface OpeningHours {
  day: number;
  opens: string;
  closes: string;
}

export interface ContactPointNode {
  id: string;
  name: string;
  street: string | null;
  postcode: string;
  city: string;
  lat: number;
  lng: number;
  distanceKm: number | null;
  phone: string | null;
  email: string | null;
  website: string | null;
  languages: string[];
  services: string[];
  wheelchairAccessible: boolean | null;
  appointmentRequired: boolean;
  isSample: boolean;
  openingHours: OpeningHours[];
  openingHoursNote: { text: string; isFallback: boolean } | null;
  partner: { id: string; name: string; type: string };
  district: { key: string; name: string; rural: boolean };
}

export interface OfferNode {
  id: string;
  kind: string;
  startsAt: string | null;
  endsAt: string | null;
  format: string;
  occupation: string | null;
  registrationUrl: string | null;
  documentUrl: string | null;
  isSample: boolean;
  distanceKm: number | null;
  title: { text: string; locale: string; isFallback: boolean };
  partner: { name: string };
  contactPoints: { city: string }[];
}

export interface PlaceNode {
  postcode: string;
  name: string;
  lat: number;
  lng: number;
  district: { name: string };
}
