import { graphql } from "./graphql.ts";

// The widget's only mutation. It lives outside documents.ts on purpose: scripts/persisted-operations.ts
// registers every document exported there as a trusted (GET, cacheable) query, and a mutation must
// never be sent as a GET. mutate() in request.ts sends it by POST with the full text instead.

/** "Angaben veraltet?": an anonymous visitor report about a contact point; no personal data. */
export const REPORT_OUTDATED = graphql(`
  mutation ReportOutdated($id: ID!, $reason: ReportReason!, $message: String) {
    reportOutdated(id: $id, reason: $reason, message: $message) {
      __typename
      ... on MutationReportOutdatedSuccess {
        data {
          received
        }
      }
      ... on ValidationError {
        message
      }
    }
  }
`);

/** The reasons that fit a contact point (OFFER_ENDED is for offers), in the order the form lists them. */
export const CONTACT_POINT_REPORT_REASONS = [
  "PHONE",
  "EMAIL",
  "WEBSITE",
  "ADDRESS",
  "OPENING_HOURS",
  "CLOSED",
  "OTHER",
] as const;
export type ContactPointReportReason = (typeof CONTACT_POINT_REPORT_REASONS)[number];
