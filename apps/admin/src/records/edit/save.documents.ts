import { graphql } from "../../api/graphql.ts";
import { OUTCOME_FRAGMENTS } from "../../api/outcome.ts";

// Every change answers a union (outcome.ts): the success carries the record's id and version.
// The page reloads the record after a success, so the answers select little.

export const CREATE_CONTACT_POINT = graphql(
  `
  mutation CreateContactPoint($input: ContactPointInput!) {
    result: createContactPoint(input: $input) {
      __typename ...ValidationFields ...ConflictFields ...StateFields
      ... on MutationCreateContactPointSuccess { data { id version } }
    }
  }
`,
  [...OUTCOME_FRAGMENTS],
);

export const UPDATE_CONTACT_POINT = graphql(
  `
  mutation UpdateContactPoint($id: ID!, $version: Int!, $input: ContactPointInput!, $reason: String) {
    result: updateContactPoint(id: $id, version: $version, input: $input, reason: $reason) {
      __typename ...ValidationFields ...ConflictFields ...StateFields
      ... on MutationUpdateContactPointSuccess { data { id version } }
    }
  }
`,
  [...OUTCOME_FRAGMENTS],
);

export const CREATE_PARTNER = graphql(
  `
  mutation CreatePartner($input: PartnerInput!) {
    result: createPartner(input: $input) {
      __typename ...ValidationFields ...ConflictFields ...StateFields
      ... on MutationCreatePartnerSuccess { data { id version } }
    }
  }
`,
  [...OUTCOME_FRAGMENTS],
);

export const UPDATE_PARTNER = graphql(
  `
  mutation UpdatePartner($id: ID!, $version: Int!, $input: PartnerInput!, $reason: String) {
    result: updatePartner(id: $id, version: $version, input: $input, reason: $reason) {
      __typename ...ValidationFields ...ConflictFields ...StateFields
      ... on MutationUpdatePartnerSuccess { data { id version } }
    }
  }
`,
  [...OUTCOME_FRAGMENTS],
);

export const CREATE_OFFER = graphql(
  `
  mutation CreateOffer($input: OfferInput!) {
    result: createOffer(input: $input) {
      __typename ...ValidationFields ...ConflictFields ...StateFields
      ... on MutationCreateOfferSuccess { data { id version } }
    }
  }
`,
  [...OUTCOME_FRAGMENTS],
);

export const UPDATE_OFFER = graphql(
  `
  mutation UpdateOffer($id: ID!, $version: Int!, $input: OfferInput!, $reason: String) {
    result: updateOffer(id: $id, version: $version, input: $input, reason: $reason) {
      __typename ...ValidationFields ...ConflictFields ...StateFields
      ... on MutationUpdateOfferSuccess { data { id version } }
    }
  }
`,
  [...OUTCOME_FRAGMENTS],
);

export const CREATE_NETWORK = graphql(
  `
  mutation CreateNetwork($input: NetworkInput!) {
    result: createNetwork(input: $input) {
      __typename ...ValidationFields ...ConflictFields ...StateFields
      ... on MutationCreateNetworkSuccess { data { id version } }
    }
  }
`,
  [...OUTCOME_FRAGMENTS],
);

export const UPDATE_NETWORK = graphql(
  `
  mutation UpdateNetwork($id: ID!, $version: Int!, $input: NetworkInput!, $reason: String) {
    result: updateNetwork(id: $id, version: $version, input: $input, reason: $reason) {
      __typename ...ValidationFields ...ConflictFields ...StateFields
      ... on MutationUpdateNetworkSuccess { data { id version } }
    }
  }
`,
  [...OUTCOME_FRAGMENTS],
);
