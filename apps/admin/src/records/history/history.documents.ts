import { graphql } from "../../api/graphql.ts";
import { OUTCOME_FRAGMENTS } from "../../api/outcome.ts";

// A record's history (newest first) with what the page shows of the record itself, and the
// four "restore this version" mutations (a REVERT: a new version with the old values).

export const HistoryFields = graphql(`
  fragment HistoryFields on AuditEntry { id at action actorLabel changes reason }
`);

export const CONTACT_POINT_HISTORY = graphql(
  `
  query ContactPointHistory($id: ID!) {
    editableContactPoint(id: $id) { id name version status history(first: 50) { ...HistoryFields } }
  }
`,
  [HistoryFields],
);

export const PARTNER_HISTORY = graphql(
  `
  query PartnerHistory($id: ID!) {
    editablePartner(id: $id) { id name version status history(first: 50) { ...HistoryFields } }
  }
`,
  [HistoryFields],
);

export const OFFER_HISTORY = graphql(
  `
  query OfferHistory($id: ID!) {
    editableOffer(id: $id) {
      id version status
      title(locale: "de") { text }
      history(first: 50) { ...HistoryFields }
    }
  }
`,
  [HistoryFields],
);

export const NETWORK_HISTORY = graphql(
  `
  query NetworkHistory($id: ID!) {
    editableNetwork(id: $id) { id name version status history(first: 50) { ...HistoryFields } }
  }
`,
  [HistoryFields],
);

export const RESTORE_CONTACT_POINT_VERSION = graphql(
  `
  mutation RestoreContactPointVersion($id: ID!, $version: Int!, $auditEntryId: Int!, $reason: String) {
    restoreContactPointVersion(id: $id, version: $version, auditEntryId: $auditEntryId, reason: $reason) {
      __typename ...ValidationFields ...ConflictFields ...StateFields
      ... on MutationRestoreContactPointVersionSuccess { data { id version } }
    }
  }
`,
  [...OUTCOME_FRAGMENTS],
);

export const RESTORE_PARTNER_VERSION = graphql(
  `
  mutation RestorePartnerVersion($id: ID!, $version: Int!, $auditEntryId: Int!, $reason: String) {
    restorePartnerVersion(id: $id, version: $version, auditEntryId: $auditEntryId, reason: $reason) {
      __typename ...ValidationFields ...ConflictFields ...StateFields
      ... on MutationRestorePartnerVersionSuccess { data { id version } }
    }
  }
`,
  [...OUTCOME_FRAGMENTS],
);

export const RESTORE_OFFER_VERSION = graphql(
  `
  mutation RestoreOfferVersion($id: ID!, $version: Int!, $auditEntryId: Int!, $reason: String) {
    restoreOfferVersion(id: $id, version: $version, auditEntryId: $auditEntryId, reason: $reason) {
      __typename ...ValidationFields ...ConflictFields ...StateFields
      ... on MutationRestoreOfferVersionSuccess { data { id version } }
    }
  }
`,
  [...OUTCOME_FRAGMENTS],
);

export const RESTORE_NETWORK_VERSION = graphql(
  `
  mutation RestoreNetworkVersion($id: ID!, $version: Int!, $auditEntryId: Int!, $reason: String) {
    restoreNetworkVersion(id: $id, version: $version, auditEntryId: $auditEntryId, reason: $reason) {
      __typename ...ValidationFields ...ConflictFields ...StateFields
      ... on MutationRestoreNetworkVersionSuccess { data { id version } }
    }
  }
`,
  [...OUTCOME_FRAGMENTS],
);

/** The regions, to name the region ids a history entry records. */
export const HISTORY_REGIONS = graphql(`
  query HistoryRegions { regions { id key name } }
`);
