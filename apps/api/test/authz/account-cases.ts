// Authorization cases of the accounts API. Account management is for administrators only;
// login, logout and setPassword answer everyone who presents valid credentials; changePassword
// and logoutEverywhere need a live session, which no caller of the matrix has (tokens have none).
import type { Database, Role } from "@kausa/db";
import { hashPassword, hashSecret, newSecret } from "@kausa/schema";
import { ACTORS, type ActorName, ADMIN_ONLY, type AuthzCase } from "./authz-case.ts";

const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
const PASSWORD = "Authz Matrix Passwort 2026";

/** Everyone whose request reaches the resolvers (a revoked token is refused before: 401). */
const ANYONE_WITH_VALID_CREDENTIALS: readonly ActorName[] = ACTORS.filter((a) => a !== "revokedToken");

async function freshUser(
  db: Database,
  options: { role?: Role; disabled?: boolean; password?: boolean } = {},
) {
  return db.prisma.user.create({
    data: {
      email: `authz-${unique()}@kausa.example`,
      role: options.role ?? "EDITOR",
      disabledAt: options.disabled ? new Date() : null,
      passwordHash: options.password ? await hashPassword(PASSWORD) : null,
    },
  });
}

async function freshApiToken(db: Database) {
  const secret = newSecret("kausa_at_");
  const row = await db.prisma.apiToken.create({
    data: {
      name: `authz ${unique()}`,
      tokenHash: hashSecret(secret),
      prefix: secret.slice(0, 12),
      role: "EDITOR",
    },
  });
  return row.id;
}

export const accountCases: AuthzCase[] = [
  {
    field: "createUser",
    kind: "mutation",
    allowed: ADMIN_ONLY,
    run: (w, actor) =>
      w.gql(
        actor,
        `mutation ($input: CreateUserInput!) { createUser(input: $input) { user { id } setPasswordLink } }`,
        {
          input: { email: `authz-new-${unique()}@kausa.example`, role: "EDITOR" },
        },
      ),
  },
  {
    field: "updateUser",
    kind: "mutation",
    allowed: ADMIN_ONLY,
    run: async (w, actor) => {
      const user = await freshUser(w.db);
      return w.gql(
        actor,
        `mutation ($id: ID!) { updateUser(id: $id, input: { name: "Renamed" }) { id name } }`,
        { id: user.id },
      );
    },
  },
  {
    field: "disableUser",
    kind: "mutation",
    allowed: ADMIN_ONLY,
    run: async (w, actor) => {
      const user = await freshUser(w.db);
      return w.gql(actor, `mutation ($id: ID!) { disableUser(id: $id) { id disabled } }`, { id: user.id });
    },
  },
  {
    field: "enableUser",
    kind: "mutation",
    allowed: ADMIN_ONLY,
    run: async (w, actor) => {
      const user = await freshUser(w.db, { disabled: true });
      return w.gql(actor, `mutation ($id: ID!) { enableUser(id: $id) { id disabled } }`, { id: user.id });
    },
  },
  {
    field: "createPasswordLink",
    kind: "mutation",
    allowed: ADMIN_ONLY,
    run: async (w, actor) => {
      const user = await freshUser(w.db);
      return w.gql(
        actor,
        `mutation ($id: ID!) { createPasswordLink(userId: $id) { setPasswordLink emailSent } }`,
        { id: user.id },
      );
    },
  },
  {
    field: "createApiToken",
    kind: "mutation",
    allowed: ADMIN_ONLY,
    run: (w, actor) =>
      w.gql(
        actor,
        `mutation { createApiToken(input: { name: "authz", role: EDITOR }) { token apiToken { id } } }`,
      ),
  },
  {
    field: "revokeApiToken",
    kind: "mutation",
    allowed: ADMIN_ONLY,
    run: async (w, actor) => {
      const id = await freshApiToken(w.db);
      return w.gql(actor, `mutation ($id: ID!) { revokeApiToken(id: $id) { id revokedAt } }`, { id });
    },
  },
  {
    field: "users",
    kind: "query",
    allowed: ADMIN_ONLY,
    run: async (w, actor) => {
      await freshUser(w.db);
      return w.gql(actor, "{ users(first: 5) { totalCount edges { node { id email } } } }");
    },
  },
  {
    field: "user",
    kind: "query",
    allowed: ADMIN_ONLY,
    run: async (w, actor) => {
      const user = await freshUser(w.db);
      return w.gql(actor, `query ($id: ID!) { user(id: $id) { id email } }`, { id: user.id });
    },
  },
  {
    field: "apiTokens",
    kind: "query",
    allowed: ADMIN_ONLY,
    run: async (w, actor) => {
      await freshApiToken(w.db);
      return w.gql(actor, "{ apiTokens { id prefix lastUsedAt } }");
    },
  },
  {
    // Needs a session and the current password: tokens are refused (403), the rest are anonymous (401).
    field: "changePassword",
    kind: "mutation",
    allowed: [],
    run: (w, actor) =>
      w.gql(
        actor,
        `mutation { changePassword(currentPassword: "${PASSWORD}", newPassword: "Ein ganz neues Passwort") { otherSessionsEnded } }`,
      ),
  },
  {
    field: "logoutEverywhere",
    kind: "mutation",
    allowed: [],
    run: (w, actor) => w.gql(actor, "mutation { logoutEverywhere }"),
  },
  {
    // Without a session it answers false: nothing to end, nothing refused.
    field: "logout",
    kind: "mutation",
    allowed: ANYONE_WITH_VALID_CREDENTIALS,
    run: (w, actor) => w.gql(actor, "mutation { logout }"),
  },
  {
    // The e-mail and password are the credentials: whoever knows them logs in.
    field: "login",
    kind: "mutation",
    allowed: ANYONE_WITH_VALID_CREDENTIALS,
    run: async (w, actor) => {
      const user = await freshUser(w.db, { password: true });
      return w.gql(
        actor,
        `mutation ($e: String!, $p: String!) { login(email: $e, password: $p) { user { id } } }`,
        {
          e: user.email,
          p: PASSWORD,
        },
      );
    },
  },
  {
    // The link's token is the credential.
    field: "setPassword",
    kind: "mutation",
    allowed: ANYONE_WITH_VALID_CREDENTIALS,
    run: async (w, actor) => {
      const user = await freshUser(w.db);
      const token = newSecret("kausa_pw_");
      await w.db.prisma.passwordToken.create({
        data: { tokenHash: hashSecret(token), userId: user.id, expiresAt: new Date(Date.now() + 3_600_000) },
      });
      return w.gql(
        actor,
        `mutation ($t: String!, $p: String!) { setPassword(token: $t, password: $p) { user { id } } }`,
        {
          t: token,
          p: PASSWORD,
        },
      );
    },
  },
];
