import { graphql, type ResultOf } from "../api/graphql.ts";
import { OUTCOME_FRAGMENTS, StateFields } from "../api/outcome.ts";

export const ChangeRequestFields = graphql(`
  fragment ChangeRequestFields on ChangeRequest {
    id kind entityType entityId baseVersion proposed status createdAt submittedAt decidedAt decisionComment
  }
`);
export type ChangeRequestItem = ResultOf<typeof ChangeRequestFields>;

/** One page of review items (staff: all; partner editors: their organisation's), oldest first. */
export const REVIEW_QUEUE = graphql(
  `
  query ReviewQueue($first: Int!, $after: String, $status: [ChangeStatus!]) {
    reviewQueue(first: $first, after: $after, status: $status) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { ...ChangeRequestFields } }
    }
  }
`,
  [ChangeRequestFields],
);

/** One review item (staff: any; partner editors: their organisation's; else null). */
export const CHANGE_REQUEST = graphql(
  `
  query ChangeRequest($id: ID!) { changeRequest(id: $id) { ...ChangeRequestFields } }
`,
  [ChangeRequestFields],
);

export const APPROVE_CHANGE = graphql(
  `
  mutation ApproveChange($id: ID!, $comment: String) {
    approveChange(id: $id, comment: $comment) {
      __typename
      ...ValidationFields
      ...ConflictFields
      ...StateFields
      ... on MutationApproveChangeSuccess { data { ...ChangeRequestFields } }
    }
  }
`,
  [...OUTCOME_FRAGMENTS, ChangeRequestFields],
);

export const REJECT_CHANGE = graphql(
  `
  mutation RejectChange($id: ID!, $comment: String!) {
    rejectChange(id: $id, comment: $comment) {
      __typename
      ...ValidationFields
      ...ConflictFields
      ...StateFields
      ... on MutationRejectChangeSuccess { data { ...ChangeRequestFields } }
    }
  }
`,
  [...OUTCOME_FRAGMENTS, ChangeRequestFields],
);

export const ReportFields = graphql(`
  fragment ReportFields on OutdatedReport {
    id entityType entityId reason message status createdAt resolvedAt resolution
  }
`);
export type ReportItem = ResultOf<typeof ReportFields>;

/** Visitor reports (default: the open ones), oldest first; partner editors see their organisation's. */
export const OUTDATED_REPORTS = graphql(
  `
  query OutdatedReports($first: Int!, $after: String, $status: [ReportStatus!]) {
    outdatedReports(first: $first, after: $after, status: $status) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { ...ReportFields } }
    }
  }
`,
  [ReportFields],
);

export const RESOLVE_REPORT = graphql(
  `
  mutation ResolveReport($id: ID!, $dismiss: Boolean, $note: String) {
    resolveReport(id: $id, dismiss: $dismiss, note: $note) {
      __typename
      ...StateFields
      ... on MutationResolveReportSuccess { data { ...ReportFields } }
    }
  }
`,
  [StateFields, ReportFields],
);

/** Names of published records, many at once (drafts come back null: see RECORD_NAME). */
export const RECORD_NAMES = graphql(`
  query RecordNames($ids: [ID!]!, $locale: String) {
    nodes(ids: $ids) {
      __typename
      id
      ... on ContactPoint { name }
      ... on Partner { name }
      ... on Network { name }
      ... on Offer { title(locale: $locale) { text } }
    }
  }
`);

/** The name of one record in any state the viewer may edit; only the field of its type answers. */
export const RECORD_NAME = graphql(`
  query RecordName($id: ID!, $locale: String) {
    contactPoint: editableContactPoint(id: $id) { id name }
    partner: editablePartner(id: $id) { id name }
    network: editableNetwork(id: $id) { id name }
    offer: editableOffer(id: $id) { id title(locale: $locale) { text } }
  }
`);
