import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { smtpMailer } from "../src/mail/smtp-mailer.ts";
import { appOnTestDatabase, createAccount, graphql, login, ME, uniqueEmail } from "./accounts-fixtures.ts";
import { startSmtpServer } from "./support/smtp-server.ts";

const CREATE_USER = `mutation ($input: CreateUserInput!) {
  createUser(input: $input) { user { id email role name partner { name } disabled } setPasswordLink emailSent }
}`;
const SET_PASSWORD = `mutation ($token: String!, $password: String!) {
  setPassword(token: $token, password: $password) { user { id email } }
}`;
const tokenOf = (link: string) => decodeURIComponent(/#token=([^&]+)/.exec(link)![1]!);

describe("invitations with e-mail (real SMTP server)", () => {
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
  let env: Awaited<ReturnType<typeof appOnTestDatabase>>;
  let adminCookie: string;
  let partner: { id: string; name: string };

  beforeAll(async () => {
    smtp = await startSmtpServer();
    env = await appOnTestDatabase({
      mailer: smtpMailer({ url: smtp.url, from: "KAUSA Thüringen <finder@kausa.example>" }),
      adminOrigin: "http://localhost:4000",
    });
    const admin = await createAccount(env.db, "ADMIN");
    adminCookie = await login(env.app, admin.email);
    partner = (await env.db.prisma.partner.findFirst({ select: { id: true, name: true } }))!;
  });
  afterAll(async () => {
    await env.dispose();
    await smtp.close();
  });

  it("invites a partner editor: the link is returned and e-mailed, and sets the password once", async () => {
    const email = uniqueEmail("partner");
    const created = await graphql(
      env.app,
      CREATE_USER,
      {
        input: {
          email: ` ${email.toUpperCase()} `,
          role: "PARTNER_EDITOR",
          partnerId: partner.id,
          name: "Maria",
        },
      },
      { cookie: adminCookie },
    );
    expect(created.status).toBe(200);
    const result = created.data.createUser;
    expect(result.user).toMatchObject({
      email,
      role: "PARTNER_EDITOR",
      name: "Maria",
      partner: { name: partner.name },
      disabled: false,
    });
    expect(result.emailSent).toBe(true);
    expect(result.setPasswordLink).toMatch(/^http:\/\/localhost:4000\/admin\/set-password#token=kausa_pw_/);

    const mail = await smtp.mailTo(email);
    expect(mail.from).toBe("finder@kausa.example");
    expect(mail.body.replace(/=\r\n/g, "")).toContain(
      result.setPasswordLink.split("#token=")[1]!.slice(0, 20),
    );

    const token = tokenOf(result.setPasswordLink);
    // Only the hash is stored.
    const stored = await env.db.prisma.passwordToken.findMany({ where: { userId: result.user.id } });
    expect(stored).toHaveLength(1);
    expect(stored[0]!.tokenHash).not.toBe(token);
    expect(stored[0]!.expiresAt.getTime() - stored[0]!.createdAt.getTime()).toBeCloseTo(72 * 3_600_000, -4);

    const weak = await graphql(env.app, SET_PASSWORD, { token, password: "hallo1234567" });
    expect(weak.status).toBe(400);
    expect(weak.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");

    const set = await graphql(env.app, SET_PASSWORD, { token, password: "Erfurter Dom im Nebel" });
    expect(set.status).toBe(200);
    expect(set.data.setPassword.user.email).toBe(email);
    expect(set.cookie).toMatch(/^[\w-]{43}$/);
    expect((await graphql(env.app, ME, {}, { cookie: set.cookie })).data.me.email).toBe(email);

    const again = await graphql(env.app, SET_PASSWORD, { token, password: "Erfurter Dom im Nebel 2" });
    expect(again.status).toBe(400);
    expect(again.errors?.[0]?.message).toMatch(/not valid/);
    await login(env.app, email, "Erfurter Dom im Nebel");

    // The history names the invitation and the new password, but holds no secret.
    const audit = await env.db.prisma.auditEntry.findMany({
      where: { entityId: result.user.id },
      orderBy: { id: "asc" },
    });
    expect(audit.map((a) => a.action)).toEqual(["INVITE", "SET_PASSWORD", "LOGIN"]);
    const text = JSON.stringify(audit);
    expect(text).not.toContain(token);
    expect(text).not.toContain("$argon2");
    expect(text).not.toContain("Erfurter");
  });

  it("refuses expired links", async () => {
    const email = uniqueEmail("late");
    const created = await graphql(
      env.app,
      CREATE_USER,
      { input: { email, role: "EDITOR" } },
      { cookie: adminCookie },
    );
    const token = tokenOf(created.data.createUser.setPasswordLink);
    await env.db.prisma.passwordToken.updateMany({
      where: { userId: created.data.createUser.user.id },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    expect((await graphql(env.app, SET_PASSWORD, { token, password: "Erfurter Dom im Nebel" })).status).toBe(
      400,
    );
    expect(
      (await graphql(env.app, SET_PASSWORD, { token: "kausa_pw_guessed", password: "Erfurter Dom im Nebel" }))
        .status,
    ).toBe(400);
  });

  it("returns the link with emailSent: false when the mail server refuses the message", async () => {
    const email = uniqueEmail("refused");
    const created = await graphql(
      env.app,
      CREATE_USER,
      { input: { email, role: "EDITOR" } },
      { cookie: adminCookie },
    );
    expect(created.status).toBe(200);
    expect(created.data.createUser.emailSent).toBe(false);
    expect(created.data.createUser.setPasswordLink).toContain("#token=");
  });

  it("createPasswordLink resets a password; setting it ends the account's old sessions", async () => {
    const user = await createAccount(env.db, "EDITOR");
    const oldSession = await login(env.app, user.email);
    const reset = await graphql(
      env.app,
      `mutation ($id: ID!) { createPasswordLink(userId: $id) { setPasswordLink emailSent } }`,
      { id: user.id },
      { cookie: adminCookie },
    );
    expect(reset.data.createPasswordLink.emailSent).toBe(true);
    const mail = await smtp.mailTo(user.email);
    expect(mail.body).toMatch(/Passwort setzen/);
    const set = await graphql(env.app, SET_PASSWORD, {
      token: tokenOf(reset.data.createPasswordLink.setPasswordLink),
      password: "Wartburg über Eisenach",
    });
    expect(set.status).toBe(200);
    expect((await graphql(env.app, ME, {}, { cookie: oldSession })).data.me).toBeNull();
    expect((await graphql(env.app, ME, {}, { cookie: set.cookie })).data.me.id).toBe(user.id);
  });

  it("validates new accounts: role and partner, duplicates, addresses", async () => {
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ email: uniqueEmail(), role: "PARTNER_EDITOR" }, /needs a "partnerId"/],
      [{ email: uniqueEmail(), role: "EDITOR", partnerId: partner.id }, /not tied to a partner/],
      [{ email: uniqueEmail(), role: "PARTNER_EDITOR", partnerId: "no-such-partner" }, /No partner/],
      [{ email: "not an address", role: "EDITOR" }, /not an e-mail/],
    ];
    for (const [input, message] of cases) {
      const result = await graphql(env.app, CREATE_USER, { input }, { cookie: adminCookie });
      expect(result.status, JSON.stringify(input)).toBe(400);
      expect(result.errors?.[0]?.message).toMatch(message);
    }
    const email = uniqueEmail();
    expect(
      (await graphql(env.app, CREATE_USER, { input: { email, role: "EDITOR" } }, { cookie: adminCookie }))
        .status,
    ).toBe(200);
    const duplicate = await graphql(
      env.app,
      CREATE_USER,
      { input: { email, role: "EDITOR" } },
      { cookie: adminCookie },
    );
    expect(duplicate.status).toBe(400);
    expect(duplicate.errors?.[0]?.message).toMatch(/exists already/);
  });

  it("accepts the partner's global ID as well", async () => {
    const globalId = Buffer.from(`Partner:${partner.id}`).toString("base64");
    const result = await graphql(
      env.app,
      CREATE_USER,
      { input: { email: uniqueEmail(), role: "PARTNER_EDITOR", partnerId: globalId } },
      { cookie: adminCookie },
    );
    expect(result.data.createUser.user.partner.name).toBe(partner.name);
  });

  it("only administrators manage accounts (401 anonymous, 403 editors)", async () => {
    const input = { email: uniqueEmail(), role: "EDITOR" };
    expect((await graphql(env.app, CREATE_USER, { input })).status).toBe(401);
    const editor = await createAccount(env.db, "EDITOR");
    const editorCookie = await login(env.app, editor.email);
    expect((await graphql(env.app, CREATE_USER, { input }, { cookie: editorCookie })).status).toBe(403);
    expect(await env.db.prisma.user.findUnique({ where: { email: input.email } })).toBeNull();
  });
});

describe("invitations without SMTP", () => {
  let env: Awaited<ReturnType<typeof appOnTestDatabase>>;
  beforeAll(async () => {
    env = await appOnTestDatabase({ adminOrigin: "https://admin.kausa.example" });
  });
  afterAll(() => env.dispose());

  it("returns the link (pointing at ADMIN_ORIGIN) with emailSent: false", async () => {
    const admin = await createAccount(env.db, "ADMIN");
    const origin = "https://admin.kausa.example";
    const cookie = (
      await graphql(
        env.app,
        `mutation ($e: String!, $p: String!) { login(email: $e, password: $p) { user { id } } }`,
        { e: admin.email, p: "korrekt Pferd Batterie Heftklammer" },
        { origin },
      )
    ).cookie!;
    const result = await graphql(
      env.app,
      CREATE_USER,
      { input: { email: uniqueEmail(), role: "EDITOR" } },
      { cookie, origin },
    );
    expect(result.data.createUser.emailSent).toBe(false);
    expect(result.data.createUser.setPasswordLink).toMatch(
      /^https:\/\/admin\.kausa\.example\/admin\/set-password#token=/,
    );
  });
});
