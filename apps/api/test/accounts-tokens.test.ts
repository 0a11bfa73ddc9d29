import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appOnTestDatabase, createAccount, graphql, login, uniqueEmail } from "./accounts-fixtures.ts";

const CREATE_TOKEN = `mutation ($input: CreateApiTokenInput!) {
  createApiToken(input: $input) { token apiToken { id name prefix role partner { name } expiresAt lastUsedAt revokedAt createdAt } }
}`;
const TOKENS = "{ apiTokens { id name prefix role lastUsedAt revokedAt expiresAt createdAt } }";

describe("API tokens and account administration", () => {
  let env: Awaited<ReturnType<typeof appOnTestDatabase>>;
  let admin: string;
  let adminId: string;
  let partner: { id: string; name: string };
  beforeAll(async () => {
    env = await appOnTestDatabase();
    const user = await createAccount(env.db, "ADMIN");
    adminId = user.id;
    admin = await login(env.app, user.email);
    partner = (await env.db.prisma.partner.findFirst({ select: { id: true, name: true } }))!;
  });
  afterAll(() => env.dispose());

  const bearer = (token: string) => ({ origin: null, headers: { authorization: `Bearer ${token}` } });

  it("shows a token once, stores only its hash, lists it without the secret", async () => {
    const created = await graphql(
      env.app,
      CREATE_TOKEN,
      { input: { name: "Import script", role: "EDITOR" } },
      { cookie: admin },
    );
    expect(created.status).toBe(200);
    const { token, apiToken } = created.data.createApiToken;
    expect(token).toMatch(/^kausa_at_[\w-]{43}$/);
    expect(token.startsWith(apiToken.prefix)).toBe(true);
    expect(apiToken.prefix.length).toBeLessThan(20);
    expect(apiToken).toMatchObject({
      name: "Import script",
      role: "EDITOR",
      partner: null,
      lastUsedAt: null,
      revokedAt: null,
    });

    const row = await env.db.prisma.apiToken.findUnique({ where: { id: apiToken.id } });
    expect(row!.tokenHash).not.toContain(token);
    expect(row!.createdById).toBe(adminId);

    const listed = await graphql(env.app, TOKENS, {}, { cookie: admin });
    expect(JSON.stringify(listed.data)).not.toContain(token);
    expect(listed.data.apiTokens.find((t: { id: string }) => t.id === apiToken.id).prefix).toBe(
      apiToken.prefix,
    );

    // The token works and its last use is recorded.
    const used = await graphql(env.app, "{ contactPoints(first: 1) { totalCount } }", {}, bearer(token));
    expect(used.status).toBe(200);
    const after = await graphql(env.app, TOKENS, {}, { cookie: admin });
    expect(after.data.apiTokens.find((t: { id: string }) => t.id === apiToken.id).lastUsedAt).not.toBeNull();

    const audit = await env.db.prisma.auditEntry.findMany({ where: { entityId: apiToken.id } });
    expect(audit.map((a) => a.action)).toEqual(["CREATE_TOKEN"]);
    expect(JSON.stringify(audit)).not.toContain(token);
  });

  it("revokes a token at once (401 afterwards)", async () => {
    const created = await graphql(
      env.app,
      CREATE_TOKEN,
      { input: { name: "to revoke", role: "ADMIN" } },
      { cookie: admin },
    );
    const { token, apiToken } = created.data.createApiToken;
    expect((await graphql(env.app, TOKENS, {}, bearer(token))).status).toBe(200);
    const revoked = await graphql(
      env.app,
      `mutation ($id: ID!) { revokeApiToken(id: $id) { id revokedAt } }`,
      { id: apiToken.id },
      { cookie: admin },
    );
    expect(revoked.data.revokeApiToken.revokedAt).not.toBeNull();
    const refused = await graphql(env.app, TOKENS, {}, bearer(token));
    expect(refused.status).toBe(401);
    expect(refused.errors?.[0]?.message).toMatch(/revoked/);
    const missing = await graphql(
      env.app,
      `mutation { revokeApiToken(id: "nope") { id } }`,
      {},
      { cookie: admin },
    );
    expect(missing.status).toBe(404);
  });

  it("scopes partner tokens to a partner and checks expiry", async () => {
    const noPartner = await graphql(
      env.app,
      CREATE_TOKEN,
      { input: { name: "p", role: "PARTNER_EDITOR" } },
      { cookie: admin },
    );
    expect(noPartner.status).toBe(400);
    const past = await graphql(
      env.app,
      CREATE_TOKEN,
      { input: { name: "p", role: "EDITOR", expiresAt: "2020-01-01T00:00:00Z" } },
      { cookie: admin },
    );
    expect(past.status).toBe(400);
    const ok = await graphql(
      env.app,
      CREATE_TOKEN,
      {
        input: {
          name: "partner feed",
          role: "PARTNER_EDITOR",
          partnerId: partner.id,
          expiresAt: "2999-01-01T00:00:00Z",
        },
      },
      { cookie: admin },
    );
    expect(ok.data.createApiToken.apiToken.partner.name).toBe(partner.name);
    await env.db.prisma.apiToken.update({
      where: { id: ok.data.createApiToken.apiToken.id },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    const expired = await graphql(env.app, "{ me { id } }", {}, bearer(ok.data.createApiToken.token));
    expect(expired.status).toBe(401);
  });

  it("an EDITOR token may not manage tokens or accounts (403); me is null for tokens", async () => {
    const created = await graphql(
      env.app,
      CREATE_TOKEN,
      { input: { name: "editor", role: "EDITOR" } },
      { cookie: admin },
    );
    const token = created.data.createApiToken.token;
    expect((await graphql(env.app, TOKENS, {}, bearer(token))).status).toBe(403);
    expect(
      (await graphql(env.app, CREATE_TOKEN, { input: { name: "x", role: "ADMIN" } }, bearer(token))).status,
    ).toBe(403);
    expect((await graphql(env.app, "{ me { id } }", {}, bearer(token))).data.me).toBeNull();
    expect((await graphql(env.app, "mutation { logoutEverywhere }", {}, bearer(token))).status).toBe(403);
  });

  it("updates, disables and enables accounts; disabling ends the sessions", async () => {
    const user = await createAccount(env.db, "EDITOR");
    const cookie = await login(env.app, user.email);
    const update = `mutation ($id: ID!, $input: UpdateUserInput!) { updateUser(id: $id, input: $input) { role partner { name } name } }`;
    const changed = await graphql(
      env.app,
      update,
      { id: user.id, input: { role: "PARTNER_EDITOR", partnerId: partner.id, name: "Neu" } },
      { cookie: admin },
    );
    expect(changed.data.updateUser).toEqual({
      role: "PARTNER_EDITOR",
      partner: { name: partner.name },
      name: "Neu",
    });
    const invalid = await graphql(
      env.app,
      update,
      { id: user.id, input: { partnerId: null } },
      { cookie: admin },
    );
    expect(invalid.status).toBe(400);
    const ownRole = await graphql(
      env.app,
      update,
      { id: adminId, input: { role: "EDITOR" } },
      { cookie: admin },
    );
    expect(ownRole.status).toBe(400);

    const disabled = await graphql(
      env.app,
      `mutation ($id: ID!) { disableUser(id: $id) { disabled } }`,
      { id: user.id },
      { cookie: admin },
    );
    expect(disabled.data.disableUser.disabled).toBe(true);
    expect((await graphql(env.app, "{ me { id } }", {}, { cookie })).data.me).toBeNull();
    expect(await env.db.prisma.session.count({ where: { userId: user.id } })).toBe(0);
    const self = await graphql(
      env.app,
      `mutation ($id: ID!) { disableUser(id: $id) { id } }`,
      { id: adminId },
      { cookie: admin },
    );
    expect(self.status).toBe(400);

    const enabled = await graphql(
      env.app,
      `mutation ($id: ID!) { enableUser(id: $id) { disabled } }`,
      { id: user.id },
      { cookie: admin },
    );
    expect(enabled.data.enableUser.disabled).toBe(false);
    await login(env.app, user.email);
    const actions = (
      await env.db.prisma.auditEntry.findMany({ where: { entityId: user.id }, orderBy: { id: "asc" } })
    ).map((a) => a.action);
    expect(actions).toEqual(["CREATE", "LOGIN", "UPDATE", "DISABLE", "UPDATE", "LOGIN"]);
  });

  it("lists and finds accounts (filter by role, partner, search)", async () => {
    const marker = uniqueEmail("findme");
    const found = await createAccount(env.db, "PARTNER_EDITOR", { email: marker, partnerId: partner.id });
    const list = `query ($filter: UserFilter, $first: Int) {
      users(first: $first, filter: $filter) { totalCount edges { node { id email role } } pageInfo { hasNextPage } }
    }`;
    const bySearch = await graphql(
      env.app,
      list,
      { filter: { search: marker.slice(0, 20).toUpperCase() } },
      { cookie: admin },
    );
    expect(bySearch.data.users.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([found.id]);
    const byRole = await graphql(
      env.app,
      list,
      { filter: { role: "PARTNER_EDITOR", partnerId: partner.id } },
      { cookie: admin },
    );
    expect(byRole.data.users.totalCount).toBeGreaterThanOrEqual(1);
    expect(
      byRole.data.users.edges.every((e: { node: { role: string } }) => e.node.role === "PARTNER_EDITOR"),
    ).toBe(true);
    const paged = await graphql(env.app, list, { first: 1 }, { cookie: admin });
    expect(paged.data.users.edges).toHaveLength(1);
    expect(paged.data.users.pageInfo.hasNextPage).toBe(true);
    const one = await graphql(
      env.app,
      `query ($id: ID!) { user(id: $id) { email partner { name } } }`,
      { id: found.id },
      { cookie: admin },
    );
    expect(one.data.user).toEqual({ email: marker, partner: { name: partner.name } });
    expect((await graphql(env.app, list, {})).status).toBe(401);
  });
});
