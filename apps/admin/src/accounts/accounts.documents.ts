import { graphql } from "../api/graphql.ts";

export const UserFields = graphql(`
  fragment UserFields on User {
    id email name role disabled hasPassword lastLoginAt createdAt
    partner { id name }
  }
`);

export const USERS = graphql(
  `
  query Users($first: Int!, $after: String) {
    users(first: $first, after: $after) {
      totalCount
      pageInfo { endCursor }
      edges { node { ...UserFields } }
    }
  }
`,
  [UserFields],
);

export const CREATE_USER = graphql(
  `
  mutation CreateUser($input: CreateUserInput!) {
    createUser(input: $input) { emailSent setPasswordLink user { ...UserFields } }
  }
`,
  [UserFields],
);

export const UPDATE_USER = graphql(
  `
  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {
    updateUser(id: $id, input: $input) { ...UserFields }
  }
`,
  [UserFields],
);

export const DISABLE_USER = graphql(
  `
  mutation DisableUser($id: ID!) { disableUser(id: $id) { ...UserFields } }
`,
  [UserFields],
);

export const ENABLE_USER = graphql(
  `
  mutation EnableUser($id: ID!) { enableUser(id: $id) { ...UserFields } }
`,
  [UserFields],
);

export const CREATE_PASSWORD_LINK = graphql(`
  mutation CreatePasswordLink($userId: ID!) { createPasswordLink(userId: $userId) { emailSent setPasswordLink } }
`);

/** The partners a partner editor (or a token for one) can be tied to; archived ones are left out. */
export const PARTNER_CHOICES = graphql(`
  query PartnerChoices($after: String) {
    editablePartners(first: 100, after: $after, filter: { status: [DRAFT, IN_REVIEW, PUBLISHED] }) {
      pageInfo { hasNextPage endCursor }
      edges { node { id name } }
    }
  }
`);

export const TokenFields = graphql(`
  fragment TokenFields on ApiToken {
    id name prefix role createdAt expiresAt lastUsedAt revokedAt
    partner { id name }
  }
`);

export const API_TOKENS = graphql(
  `
  query ApiTokens { apiTokens { ...TokenFields } }
`,
  [TokenFields],
);

export const CREATE_API_TOKEN = graphql(
  `
  mutation CreateApiToken($input: CreateApiTokenInput!) {
    createApiToken(input: $input) { token apiToken { ...TokenFields } }
  }
`,
  [TokenFields],
);

export const REVOKE_API_TOKEN = graphql(
  `
  mutation RevokeApiToken($id: ID!) { revokeApiToken(id: $id) { ...TokenFields } }
`,
  [TokenFields],
);

export const CHANGE_PASSWORD = graphql(`
  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) { otherSessionsEnded }
  }
`);

export const LOGOUT_EVERYWHERE = graphql(`
  mutation LogoutEverywhere { logoutEverywhere }
`);
