import { API_TOKEN_PREFIX } from "@kausa/schema";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  ADMIN_ORIGIN,
  answer,
  appOnTestDatabase,
  createAccount,
  graphql,
  login,
  ME,
} from "./accounts-fixtures.ts";

describe("session cookie: CSRF and origin", () => {
  let env: Awaited<ReturnType<typeof appOnTestDatabase>>;
  let cookie: string;
  let userId: string;
  beforeAll(async () => {
    env = await appOnTestDatabase();
    const user = await createAccount(env.db, "ADMIN");
    userId = user.id;
    cookie = await login(env.app, user.email);
  });
  afterAll(() => env.dispose());

  const get = async (headers: Record<string, string>) =>
    answer(
      await env.app.fetch(`http://localhost/graphql?query=${encodeURIComponent(ME)}`, {
        headers: { accept: "application/json", ...headers },
      }),
    );

  it("honours the cookie from the admin origin", async () => {
    expect((await graphql(env.app, ME, {}, { cookie })).data.me.id).toBe(userId);
  });

  it("ignores the cookie from another origin (anonymous, not an error)", async () => {
    const result = await graphql(env.app, ME, {}, { cookie, origin: "https://evil.example" });
    expect(result.status).toBe(200);
    expect(result.data.me).toBeNull();
    // …and does not delete the session: it is still valid for the admin app.
    expect((await graphql(env.app, ME, {}, { cookie })).data.me.id).toBe(userId);
  });

  it("without Origin, honours the cookie only with Sec-Fetch-Site: same-origin", async () => {
    expect((await graphql(env.app, ME, {}, { cookie, origin: null })).data.me).toBeNull();
    const sameSite = await graphql(
      env.app,
      ME,
      {},
      { cookie, origin: null, headers: { "sec-fetch-site": "same-site" } },
    );
    expect(sameSite.data.me).toBeNull();
    const same = await graphql(
      env.app,
      ME,
      {},
      { cookie, origin: null, headers: { "sec-fetch-site": "same-origin" } },
    );
    expect(same.data.me.id).toBe(userId);
  });

  it("refuses a simple GET with the cookie (403), accepts it with the CSRF header", async () => {
    const simple = await get({ cookie: `kausa_session=${cookie}`, "sec-fetch-site": "same-origin" });
    expect(simple.status).toBe(403);
    const withHeader = await get({
      cookie: `kausa_session=${cookie}`,
      "sec-fetch-site": "same-origin",
      "x-graphql-yoga-csrf": "1",
    });
    expect(withHeader.status).toBe(200);
    expect(withHeader.data.me.id).toBe(userId);
  });

  it("refuses a form-typed POST with the cookie (403)", async () => {
    for (const type of [
      "text/plain",
      "application/x-www-form-urlencoded",
      "multipart/form-data; boundary=x",
    ]) {
      const response = await env.app.fetch("http://localhost/graphql", {
        method: "POST",
        headers: { "content-type": type, cookie: `kausa_session=${cookie}`, origin: ADMIN_ORIGIN },
        body: JSON.stringify({ query: ME }),
      });
      expect(response.status, type).toBe(403);
    }
  });

  it("leaves simple requests without the cookie alone (the public API)", async () => {
    const simple = await get({});
    expect(simple.status).toBe(200);
    expect(simple.data.me).toBeNull();
    const otherCookies = await get({ cookie: "theme=dark; _pk_id=123" });
    expect(otherCookies.status).toBe(200);
  });

  it("lets a bearer token win over the cookie", async () => {
    const created = await graphql(
      env.app,
      `mutation { createApiToken(input: { name: "csrf test", role: EDITOR }) { token } }`,
      {},
      { cookie },
    );
    const token = created.data.createApiToken.token as string;
    expect(token.startsWith(API_TOKEN_PREFIX)).toBe(true);
    const both = await graphql(
      env.app,
      "{ me { id } apiTokens { id } }",
      {},
      { cookie, headers: { authorization: `Bearer ${token}` } },
    );
    // The EDITOR token, not the ADMIN session: me is null and the admin list refused.
    expect(both.status).toBe(403);
    const onlyMe = await graphql(env.app, ME, {}, { cookie, headers: { authorization: `Bearer ${token}` } });
    expect(onlyMe.data.me).toBeNull();
  });

  it("treats a garbled cookie as none and tells the browser to drop it", async () => {
    const result = await graphql(env.app, ME, {}, { cookie: "not a real session value at all!" });
    expect(result.status).toBe(200);
    expect(result.data.me).toBeNull();
    const unknown = await graphql(env.app, ME, {}, { cookie: "A".repeat(43) });
    expect(unknown.data.me).toBeNull();
    expect(unknown.cookie).toBe("");
  });
});
