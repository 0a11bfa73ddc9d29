import { graphql } from "../../api/graphql.ts";

// One page of each editing list (newest changes first), with what the table shows.

export const CONTACT_POINT_LIST = graphql(`
  query EditableContactPointList($first: Int!, $after: String, $filter: EditableFilter) {
    editableContactPoints(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo { endCursor hasNextPage }
      edges {
        node {
          id name status city lastVerifiedAt updatedAt
          district { name }
          partner { name }
          openReports { id }
          pendingChanges { id }
        }
      }
    }
  }
`);

export const PARTNER_LIST = graphql(`
  query EditablePartnerList($first: Int!, $after: String, $filter: EditableFilter) {
    editablePartners(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo { endCursor hasNextPage }
      edges {
        node {
          id name status type lastVerifiedAt updatedAt
          openReports { id }
          pendingChanges { id }
        }
      }
    }
  }
`);

export const OFFER_LIST = graphql(`
  query EditableOfferList($first: Int!, $after: String, $filter: EditableFilter) {
    editableOffers(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo { endCursor hasNextPage }
      edges {
        node {
          id status kind lastVerifiedAt updatedAt
          title(locale: "de") { text }
          partner { name }
          openReports { id }
          pendingChanges { id }
        }
      }
    }
  }
`);

export const NETWORK_LIST = graphql(`
  query EditableNetworkList($first: Int!, $after: String, $filter: EditableFilter) {
    editableNetworks(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo { endCursor hasNextPage }
      edges {
        node {
          id name status kind lastVerifiedAt updatedAt
          region { name }
          openReports { id }
          pendingChanges { id }
        }
      }
    }
  }
`);

// The cursors are row ids, not offsets: to open page N directly (a link, a reload) the rows
// before it are skipped by asking only for the cursor after them.

export const CONTACT_POINT_CURSOR = graphql(`
  query EditableContactPointCursor($first: Int!, $after: String, $filter: EditableFilter) {
    editableContactPoints(first: $first, after: $after, filter: $filter) { pageInfo { endCursor hasNextPage } }
  }
`);

export const PARTNER_CURSOR = graphql(`
  query EditablePartnerCursor($first: Int!, $after: String, $filter: EditableFilter) {
    editablePartners(first: $first, after: $after, filter: $filter) { pageInfo { endCursor hasNextPage } }
  }
`);

export const OFFER_CURSOR = graphql(`
  query EditableOfferCursor($first: Int!, $after: String, $filter: EditableFilter) {
    editableOffers(first: $first, after: $after, filter: $filter) { pageInfo { endCursor hasNextPage } }
  }
`);

export const NETWORK_CURSOR = graphql(`
  query EditableNetworkCursor($first: Int!, $after: String, $filter: EditableFilter) {
    editableNetworks(first: $first, after: $after, filter: $filter) { pageInfo { endCursor hasNextPage } }
  }
`);

/** The choices of the district filter. */
export const DISTRICT_OPTIONS = graphql(`
  query DistrictOptions { districts { key name } }
`);

/** The choices of the partner filter (staff see every partner; read in pages of 100). */
export const PARTNER_OPTIONS = graphql(`
  query PartnerOptions($after: String) {
    editablePartners(first: 100, after: $after) {
      pageInfo { endCursor hasNextPage }
      edges { node { id name } }
    }
  }
`);
