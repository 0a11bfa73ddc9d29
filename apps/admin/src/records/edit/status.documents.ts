import { graphql } from "../../api/graphql.ts";
import { OUTCOME_FRAGMENTS } from "../../api/outcome.ts";

// The state changes of one record: one document per type, the action chosen by its flag
// (@include), so the four types need four documents instead of twenty.

export const CONTACT_POINT_STATUS = graphql(
  `
  mutation ContactPointStatus(
    $id: ID!
    $reason: String
    $submit: Boolean! = false
    $publish: Boolean! = false
    $archive: Boolean! = false
    $restore: Boolean! = false
    $verify: Boolean! = false
  ) {
    submit: submitContactPointForReview(id: $id, reason: $reason) @include(if: $submit) { __typename ...ValidationFields ...ConflictFields ...StateFields }
    publish: publishContactPoint(id: $id, reason: $reason) @include(if: $publish) { __typename ...ValidationFields ...ConflictFields ...StateFields }
    archive: archiveContactPoint(id: $id, reason: $reason) @include(if: $archive) { __typename ...ValidationFields ...ConflictFields ...StateFields }
    restore: restoreContactPoint(id: $id, reason: $reason) @include(if: $restore) { __typename ...ValidationFields ...ConflictFields ...StateFields }
    verify: verifyContactPoint(id: $id, reason: $reason) @include(if: $verify) { __typename ...ValidationFields ...ConflictFields ...StateFields }
  }
`,
  [...OUTCOME_FRAGMENTS],
);

export const PARTNER_STATUS = graphql(
  `
  mutation PartnerStatus(
    $id: ID!
    $reason: String
    $submit: Boolean! = false
    $publish: Boolean! = false
    $archive: Boolean! = false
    $restore: Boolean! = false
    $verify: Boolean! = false
  ) {
    submit: submitPartnerForReview(id: $id, reason: $reason) @include(if: $submit) { __typename ...ValidationFields ...ConflictFields ...StateFields }
    publish: publishPartner(id: $id, reason: $reason) @include(if: $publish) { __typename ...ValidationFields ...ConflictFields ...StateFields }
    archive: archivePartner(id: $id, reason: $reason) @include(if: $archive) { __typename ...ValidationFields ...ConflictFields ...StateFields }
    restore: restorePartner(id: $id, reason: $reason) @include(if: $restore) { __typename ...ValidationFields ...ConflictFields ...StateFields }
    verify: verifyPartner(id: $id, reason: $reason) @include(if: $verify) { __typename ...ValidationFields ...ConflictFields ...StateFields }
  }
`,
  [...OUTCOME_FRAGMENTS],
);

export const OFFER_STATUS = graphql(
  `
  mutation OfferStatus(
    $id: ID!
    $reason: String
    $submit: Boolean! = false
    $publish: Boolean! = false
    $archive: Boolean! = false
    $restore: Boolean! = false
    $verify: Boolean! = false
  ) {
    submit: submitOfferForReview(id: $id, reason: $reason) @include(if: $submit) { __typename ...ValidationFields ...ConflictFields ...StateFields }
    publish: publishOffer(id: $id, reason: $reason) @include(if: $publish) { __typename ...ValidationFields ...ConflictFields ...StateFields }
    archive: archiveOffer(id: $id, reason: $reason) @include(if: $archive) { __typename ...ValidationFields ...ConflictFields ...StateFields }
    restore: restoreOffer(id: $id, reason: $reason) @include(if: $restore) { __typename ...ValidationFields ...ConflictFields ...StateFields }
    verify: verifyOffer(id: $id, reason: $reason) @include(if: $verify) { __typename ...ValidationFields ...ConflictFields ...StateFields }
  }
`,
  [...OUTCOME_FRAGMENTS],
);

export const NETWORK_STATUS = graphql(
  `
  mutation NetworkStatus(
    $id: ID!
    $reason: String
    $submit: Boolean! = false
    $publish: Boolean! = false
    $archive: Boolean! = false
    $restore: Boolean! = false
    $verify: Boolean! = false
  ) {
    submit: submitNetworkForReview(id: $id, reason: $reason) @include(if: $submit) { __typename ...ValidationFields ...ConflictFields ...StateFields }
    publish: publishNetwork(id: $id, reason: $reason) @include(if: $publish) { __typename ...ValidationFields ...ConflictFields ...StateFields }
    archive: archiveNetwork(id: $id, reason: $reason) @include(if: $archive) { __typename ...ValidationFields ...ConflictFields ...StateFields }
    restore: restoreNetwork(id: $id, reason: $reason) @include(if: $restore) { __typename ...ValidationFields ...ConflictFields ...StateFields }
    verify: verifyNetwork(id: $id, reason: $reason) @include(if: $verify) { __typename ...ValidationFields ...ConflictFields ...StateFields }
  }
`,
  [...OUTCOME_FRAGMENTS],
);
