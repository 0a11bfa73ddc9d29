import { passwordProblem } from "@kausa/schema";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  ADMIN_ORIGIN,
  appOnTestDatabase,
  createAccount,
  graphql,
  LOGIN,
  login,
  ME,
  PASSWORD,
  uniqueEmail,
} from "./accounts-fixtures.ts";

describe("password policy", () => {
  it.each([
    ["short1!", "at least 12"],
    ["aaaaaaaaaaaaaaaa", "repeat"],
    ["abababababababab", "repeat"],
    ["passwort1234", "common"],
    ["Passwort2024!!", "common"],
    ["hallo123456789", "common"],
    ["hallohallohallo", "common"],
    ["ichliebedich!!", "common"],
    ["qwertzuiopü12", "common|row of keys"],
    ["1234567890ß1", "row of keys"],
    ["asdfghjklöä!", "common|row of keys"],
    ["0987654321098", "row of keys"],
    ["mnbvcxy!lkjhg", "row of keys"],
    ["maria.schmidt", "e-mail"],
  ])("refuses %j", (password, reason) => {
    expect(passwordProblem(password, "maria.schmidt@example.org")).toMatch(new RegExp(reason, "i"));
  });

  it.each(["korrekt Pferd Batterie", "Nordhausen liegt am Harz 7", "g7#Kp2!vQz9@"])(
    "accepts %j",
    (password) => {
      expect(passwordProblem(password, "maria.schmidt@example.org")).toBeNull();
    },
  );
});

describe("login", () => {
  let env: Awaited<ReturnType<typeof appOnTestDatabase>>;
  beforeAll(async () => {
    env = await appOnTestDatabase({ auth: { loginFailuresPerAccount: 3, loginFailuresPerAddress: 50 } });
  });
  afterAll(() => env.dispose());

  it("sets an HttpOnly, SameSite=Strict session cookie and `me` answers with it", async () => {
    const user = await createAccount(env.db, "EDITOR");
    const result = await graphql(env.app, LOGIN, { email: user.email.toUpperCase(), password: PASSWORD });
    expect(result.status).toBe(200);
    expect(result.data.login.user).toEqual({ id: user.id, email: user.email, role: "EDITOR" });
    const cookie = result.setCookie.find((c) => c.startsWith("kausa_session="))!;
    expect(cookie).toMatch(/^kausa_session=[\w-]{43}; Path=\/; HttpOnly; SameSite=Strict$/);
    expect(result.headers.get("cache-control")).toBe("no-store");
    const me = await graphql(env.app, ME, {}, { cookie: result.cookie! });
    expect(me.data.me).toEqual({ id: user.id, email: user.email, role: "EDITOR" });
    // The database holds the cookie's hash, never the value.
    const rows = await env.db.prisma.session.findMany({ where: { userId: user.id } });
    expect(rows).toHaveLength(1);
    expect(rows[0]!.id).not.toContain(result.cookie!);
    expect((await env.db.prisma.user.findUnique({ where: { id: user.id } }))!.lastLoginAt).not.toBeNull();
    const audit = await env.db.prisma.auditEntry.findMany({ where: { entityId: user.id, action: "LOGIN" } });
    expect(audit).toHaveLength(1);
  });

  it("gives the same 401 answer for a wrong password, an unknown address and an account without password", async () => {
    const user = await createAccount(env.db, "EDITOR");
    const invited = await env.db.prisma.user.create({
      data: { email: uniqueEmail("invited"), role: "EDITOR" },
    });
    const answers = await Promise.all([
      graphql(env.app, LOGIN, { email: user.email, password: "wrong password 123" }),
      graphql(env.app, LOGIN, { email: uniqueEmail("nobody"), password: PASSWORD }),
      graphql(env.app, LOGIN, { email: invited.email, password: PASSWORD }),
    ]);
    for (const result of answers) {
      expect(result.status).toBe(401);
      expect(result.errors?.[0]?.message).toBe("E-mail or password is wrong.");
      expect(result.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
      expect(result.cookie).toBeUndefined();
    }
    expect(answers).toHaveLength(3);
  });

  it("does not log in a disabled account, with the same message", async () => {
    const user = await createAccount(env.db, "EDITOR");
    await env.db.prisma.user.update({ where: { id: user.id }, data: { disabledAt: new Date() } });
    const result = await graphql(env.app, LOGIN, { email: user.email, password: PASSWORD });
    expect(result.status).toBe(401);
    expect(result.errors?.[0]?.message).toBe("E-mail or password is wrong.");
  });

  it("locks an account after too many failures (429 with Retry-After), even for the right password", async () => {
    const user = await createAccount(env.db, "EDITOR");
    for (let i = 0; i < 3; i++) {
      const wrong = await graphql(env.app, LOGIN, { email: user.email, password: `wrong password ${i}` });
      expect(wrong.status).toBe(401);
    }
    const locked = await graphql(env.app, LOGIN, { email: user.email, password: PASSWORD });
    expect(locked.status).toBe(429);
    expect(locked.errors?.[0]?.extensions?.code).toBe("TOO_MANY_REQUESTS");
    expect(Number(locked.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(locked.cookie).toBeUndefined();
    // An unknown address is throttled the same way: the lock tells nothing about accounts.
    const unknown = uniqueEmail("unknown");
    for (let i = 0; i < 3; i++)
      await graphql(env.app, LOGIN, { email: unknown, password: "wrong password x" });
    expect((await graphql(env.app, LOGIN, { email: unknown, password: "wrong password x" })).status).toBe(
      429,
    );
  });

  it("locks a client address after too many failures across accounts", async () => {
    const { app, db, dispose } = await appOnTestDatabase({
      auth: { loginFailuresPerAccount: 100, loginFailuresPerAddress: 4 },
    });
    try {
      const user = await createAccount(db, "EDITOR");
      for (let i = 0; i < 4; i++) {
        const result = await graphql(app, LOGIN, {
          email: uniqueEmail("guess"),
          password: "wrong password x",
        });
        expect(result.status).toBe(401);
      }
      const refused = await graphql(app, LOGIN, { email: user.email, password: PASSWORD });
      expect(refused.status).toBe(429);
      expect(refused.headers.get("retry-after")).toMatch(/^\d+$/);
    } finally {
      await dispose();
    }
  });

  it("forgets an account's failures after a successful login", async () => {
    const user = await createAccount(env.db, "EDITOR");
    for (let i = 0; i < 2; i++)
      await graphql(env.app, LOGIN, { email: user.email, password: "wrong password x" });
    await login(env.app, user.email);
    for (let i = 0; i < 2; i++)
      await graphql(env.app, LOGIN, { email: user.email, password: "wrong password x" });
    expect((await graphql(env.app, LOGIN, { email: user.email, password: PASSWORD })).status).toBe(200);
  });

  it("refuses a login a browser sends from another site (login CSRF)", async () => {
    const user = await createAccount(env.db, "EDITOR");
    const result = await graphql(
      env.app,
      LOGIN,
      { email: user.email, password: PASSWORD },
      { origin: "https://evil.example" },
    );
    expect(result.status).toBe(403);
    expect(result.cookie).toBeUndefined();
    const crossSite = await graphql(
      env.app,
      LOGIN,
      { email: user.email, password: PASSWORD },
      { origin: null, headers: { "sec-fetch-site": "cross-site" } },
    );
    expect(crossSite.status).toBe(403);
  });

  it("marks the cookie Secure unless the admin app is on http://localhost", async () => {
    const secure = await appOnTestDatabase({ adminOrigin: "https://admin.kausa.example" });
    try {
      const user = await createAccount(secure.db, "EDITOR");
      const result = await graphql(
        secure.app,
        LOGIN,
        { email: user.email, password: PASSWORD },
        { origin: "https://admin.kausa.example" },
      );
      expect(result.setCookie.find((c) => c.startsWith("kausa_session="))).toMatch(
        /; HttpOnly; Secure; SameSite=Strict$/,
      );
    } finally {
      await secure.dispose();
    }
  });

  it("leaves anonymous requests as they were: no cookie, no session", async () => {
    const response = await env.app.fetch("http://localhost/graphql", {
      method: "POST",
      headers: { "content-type": "application/json", origin: "https://somewhere.example" },
      body: JSON.stringify({ query: "{ contactPoints(first: 1) { totalCount } me { id } }" }),
    });
    const body = await response.json();
    expect(response.status).toBe(200);
    expect(body.data.me).toBeNull();
    expect(body.data.contactPoints.totalCount).toBeGreaterThan(0);
    expect(response.headers.getSetCookie()).toEqual([]);
    expect(response.headers.get("access-control-allow-credentials")).toBeNull();
    expect(ADMIN_ORIGIN).toBe("http://localhost:4000");
  });
});
