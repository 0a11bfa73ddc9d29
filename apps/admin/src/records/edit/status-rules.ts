import type { PublicationStatus } from "../../api/graphql.ts";
import type { StatusAction } from "./record-api.ts";

/**
 * The transitions the API allows (docs/editing.md, editing/status-changes.ts): partner editors
 * submit drafts (and their proposals for published entries), confirm and archive their drafts;
 * staff publish, archive, restore and confirm. Verifying is offered for public entries.
 */
export function allowedActions(
  status: PublicationStatus,
  staff: boolean,
  hasDraftProposal: boolean,
): StatusAction[] {
  switch (status) {
    case "DRAFT":
      return staff ? ["publish", "archive"] : ["submit", "archive"];
    case "IN_REVIEW":
      return staff ? ["publish", "archive"] : [];
    case "PUBLISHED":
      return staff ? ["verify", "archive"] : hasDraftProposal ? ["submit", "verify"] : ["verify"];
    case "ARCHIVED":
      return staff ? ["restore"] : [];
    default:
      return [];
  }
}
