import { hashSecret } from "@kausa/schema";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  appOnTestDatabase,
  createAccount,
  graphql,
  LOGIN,
  login,
  ME,
  PASSWORD,
} from "./accounts-fixtures.ts";

describe("sessions (database)", () => {
  let env: Awaited<ReturnType<typeof appOnTestDatabase>>;
  beforeAll(async () => {
    env = await appOnTestDatabase({ auth: { sessionIdleMinutes: 30, sessionMaxHours: 8 } });
  });
  afterAll(() => env.dispose());

  const sessionRow = (cookie: string) =>
    env.db.prisma.session.findUnique({ where: { id: hashSecret(cookie) } });

  it("stores idle and absolute limits and touches lastSeenAt at most once a minute", async () => {
    const user = await createAccount(env.db, "EDITOR");
    const cookie = await login(env.app, user.email);
    const row = (await sessionRow(cookie))!;
    expect(row.expiresAt.getTime() - row.createdAt.getTime()).toBe(8 * 3_600_000);
    // Within the minute: no write.
    await graphql(env.app, ME, {}, { cookie });
    expect((await sessionRow(cookie))!.lastSeenAt).toEqual(row.lastSeenAt);
    // Two minutes later (moved back in the database): the request writes the time.
    const twoMinutesAgo = new Date(Date.now() - 120_000);
    await env.db.prisma.session.update({ where: { id: row.id }, data: { lastSeenAt: twoMinutesAgo } });
    expect((await graphql(env.app, ME, {}, { cookie })).data.me.id).toBe(user.id);
    expect((await sessionRow(cookie))!.lastSeenAt.getTime()).toBeGreaterThan(
      twoMinutesAgo.getTime() + 60_000,
    );
  });

  it("ends a session idle for longer than SESSION_IDLE_MINUTES and deletes it", async () => {
    const user = await createAccount(env.db, "EDITOR");
    const cookie = await login(env.app, user.email);
    await env.db.prisma.session.update({
      where: { id: hashSecret(cookie) },
      data: { lastSeenAt: new Date(Date.now() - 31 * 60_000) },
    });
    const result = await graphql(env.app, ME, {}, { cookie });
    expect(result.data.me).toBeNull();
    expect(result.cookie).toBe("");
    expect(await sessionRow(cookie)).toBeNull();
  });

  it("ends a session at its absolute end, however active", async () => {
    const user = await createAccount(env.db, "EDITOR");
    const cookie = await login(env.app, user.email);
    await env.db.prisma.session.update({
      where: { id: hashSecret(cookie) },
      data: { expiresAt: new Date(Date.now() - 1) },
    });
    expect((await graphql(env.app, ME, {}, { cookie })).data.me).toBeNull();
    expect(await sessionRow(cookie)).toBeNull();
  });

  it("rotates the id on login: the browser's old session is deleted", async () => {
    const user = await createAccount(env.db, "EDITOR");
    const first = await login(env.app, user.email);
    const second = await login(env.app, user.email, PASSWORD, first);
    expect(second).not.toBe(first);
    expect(await sessionRow(first)).toBeNull();
    expect(await sessionRow(second)).not.toBeNull();
    expect((await graphql(env.app, ME, {}, { cookie: first })).data.me).toBeNull();
  });

  it("logout ends the session and clears the cookie; the old cookie opens nothing", async () => {
    const user = await createAccount(env.db, "EDITOR");
    const cookie = await login(env.app, user.email);
    const result = await graphql(env.app, "mutation { logout }", {}, { cookie });
    expect(result.data.logout).toBe(true);
    expect(result.cookie).toBe("");
    expect(result.setCookie.find((c) => c.startsWith("kausa_session="))).toMatch(/Max-Age=0/);
    expect(await sessionRow(cookie)).toBeNull();
    expect((await graphql(env.app, ME, {}, { cookie })).data.me).toBeNull();
    expect((await graphql(env.app, "mutation { logout }")).data.logout).toBe(false);
  });

  it("logoutEverywhere ends every session of the account and counts them", async () => {
    const user = await createAccount(env.db, "EDITOR");
    const other = await createAccount(env.db, "EDITOR");
    const browsers = [
      await login(env.app, user.email),
      await login(env.app, user.email),
      await login(env.app, user.email),
    ];
    const othersCookie = await login(env.app, other.email);
    const result = await graphql(env.app, "mutation { logoutEverywhere }", {}, { cookie: browsers[0] });
    expect(result.data.logoutEverywhere).toBe(3);
    expect(result.cookie).toBe("");
    for (const cookie of browsers) expect((await graphql(env.app, ME, {}, { cookie })).data.me).toBeNull();
    expect((await graphql(env.app, ME, {}, { cookie: othersCookie })).data.me.id).toBe(other.id);
    const anonymous = await graphql(env.app, "mutation { logoutEverywhere }");
    expect(anonymous.status).toBe(401);
  });

  it("changePassword needs the current password and ends the other sessions only", async () => {
    const user = await createAccount(env.db, "EDITOR");
    const here = await login(env.app, user.email);
    const elsewhere = await login(env.app, user.email);
    const change = `mutation ($current: String!, $next: String!) {
      changePassword(currentPassword: $current, newPassword: $next) { user { id } otherSessionsEnded }
    }`;
    const wrong = await graphql(
      env.app,
      change,
      { current: "not my password", next: "ein neues langes Passwort" },
      { cookie: here },
    );
    expect(wrong.status).toBe(400);
    const weak = await graphql(
      env.app,
      change,
      { current: PASSWORD, next: "passwort1234" },
      { cookie: here },
    );
    expect(weak.status).toBe(400);
    expect(weak.errors?.[0]?.message).toMatch(/common/);
    // A stable reason for clients that say it in their own language, and the field it is about.
    expect(weak.errors?.[0]?.extensions).toMatchObject({
      reason: "PASSWORD_COMMON",
      argument: "newPassword",
    });
    const ok = await graphql(
      env.app,
      change,
      { current: PASSWORD, next: "ein neues langes Passwort" },
      { cookie: here },
    );
    expect(ok.data.changePassword).toEqual({ user: { id: user.id }, otherSessionsEnded: 1 });
    expect((await graphql(env.app, ME, {}, { cookie: here })).data.me.id).toBe(user.id);
    expect((await graphql(env.app, ME, {}, { cookie: elsewhere })).data.me).toBeNull();
    expect((await graphql(env.app, LOGIN, { email: user.email, password: PASSWORD })).status).toBe(401);
    await login(env.app, user.email, "ein neues langes Passwort");
  });

  it("a disabled account's sessions stop working at once", async () => {
    const user = await createAccount(env.db, "EDITOR");
    const cookie = await login(env.app, user.email);
    await env.db.prisma.user.update({ where: { id: user.id }, data: { disabledAt: new Date() } });
    expect((await graphql(env.app, ME, {}, { cookie })).data.me).toBeNull();
    expect(await sessionRow(cookie)).toBeNull();
  });

  it("a role change counts on the next request", async () => {
    const user = await createAccount(env.db, "ADMIN");
    const cookie = await login(env.app, user.email);
    expect((await graphql(env.app, "{ apiTokens { id } }", {}, { cookie })).status).toBe(200);
    await env.db.prisma.user.update({ where: { id: user.id }, data: { role: "EDITOR" } });
    expect((await graphql(env.app, "{ apiTokens { id } }", {}, { cookie })).status).toBe(403);
  });

  it("sweeps expired rows of other sessions", async () => {
    const user = await createAccount(env.db, "EDITOR");
    await env.db.prisma.session.create({
      data: { id: "stale-session", userId: user.id, expiresAt: new Date(Date.now() - 1000) },
    });
    // A fresh app: its first session write sweeps (afterwards at most every few minutes).
    const { createApp } = await import("../src/app.ts");
    const app = createApp({ db: env.db, rateLimit: false });
    await login(app, user.email);
    expect(await env.db.prisma.session.findUnique({ where: { id: "stale-session" } })).toBeNull();
  });
});
