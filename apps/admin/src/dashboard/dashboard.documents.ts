import { graphql, type ResultOf } from "../api/graphql.ts";

/**
 * The week's work in one cheap request: only totals (first: 1), scoped by the API to what the
 * viewer may edit (a partner editor's own organisation). Stale counts only published entries:
 * drafts and archived ones are not in the directory, nobody needs to confirm them. The months
 * are said (12, as the card's label and the lists' stale switch say), not left to the server's
 * STALE_AFTER_MONTHS, so the count and the linked list agree.
 */
export const DASHBOARD_COUNTS = graphql(`
  query DashboardCounts {
    review: reviewQueue(first: 1) { totalCount }
    reports: outdatedReports(first: 1) { totalCount }
    staleContactPoints: editableContactPoints(first: 1, filter: { stale: true, staleAfterMonths: 12, status: [PUBLISHED] }) { totalCount }
    stalePartners: editablePartners(first: 1, filter: { stale: true, staleAfterMonths: 12, status: [PUBLISHED] }) { totalCount }
    staleOffers: editableOffers(first: 1, filter: { stale: true, staleAfterMonths: 12, status: [PUBLISHED] }) { totalCount }
    staleNetworks: editableNetworks(first: 1, filter: { stale: true, staleAfterMonths: 12, status: [PUBLISHED] }) { totalCount }
    draftContactPoints: editableContactPoints(first: 1, filter: { status: [DRAFT] }) { totalCount }
    draftPartners: editablePartners(first: 1, filter: { status: [DRAFT] }) { totalCount }
    draftOffers: editableOffers(first: 1, filter: { status: [DRAFT] }) { totalCount }
    draftNetworks: editableNetworks(first: 1, filter: { status: [DRAFT] }) { totalCount }
  }
`);
export type DashboardCounts = ResultOf<typeof DASHBOARD_COUNTS>;

/** The newest history entries (staff only: the API refuses the whole log to partner editors). */
export const RECENT_CHANGES = graphql(`
  query RecentChanges($first: Int!) {
    auditLog(first: $first) {
      edges { node { id at actorLabel action entityType entityId } }
    }
  }
`);
export type RecentChange = ResultOf<typeof RECENT_CHANGES>["auditLog"]["edges"][number]["node"];
