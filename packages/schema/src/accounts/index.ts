// Account services shared by the GraphQL resolvers (types/user.ts, session.ts, api-token.ts) and
// the `pnpm users:create` command line.

export {
  hashPassword,
  MIN_PASSWORD_LENGTH,
  passwordProblem,
  prepareDummyHash,
  verifyPassword,
} from "../auth/passwords.ts";
export { normalizeEmail, partnerIdFromInput, validEmail } from "./account-input.ts";
export { issueApiToken, type NewApiTokenInput, revokeApiToken } from "./api-tokens.ts";
export { verifyLogin } from "./login.ts";
export { assertPasswordAllowed, PASSWORD_LINK_HOURS, redeemPasswordToken } from "./password-links.ts";
export {
  createUserAccount,
  type NewUserInput,
  newPasswordToken,
  setUserDisabled,
  updateUserAccount,
} from "./users.ts";
