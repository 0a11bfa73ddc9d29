import type { Page } from "playwright-core";
import { expect } from "vitest";
import { PASSWORD } from "./admin-servers.ts";

/** The set-password link in an e-mail body (quoted-printable: soft line breaks, "=3D" for "="). */
export function setPasswordLink(body: string): string {
  const decoded = body.replace(/=\r?\n/g, "").replace(/=3D/gi, "=");
  const link = /https?:\/\/[^\s"<>]+\/admin\/set-password#token=[\w%.~-]+/.exec(decoded)?.[0];
  if (!link) throw new Error(`No set-password link in the e-mail:\n${decoded}`);
  return link;
}

/**
 * GraphQL as the admin app's browser session sends it, from Node: login sets the session
 * cookie; every later request carries it with the admin origin and the CSRF header.
 */
export async function apiSession(api: string, email: string, password = PASSWORD) {
  const login = await fetch(`${api}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: api },
    body: JSON.stringify({
      query:
        "mutation($email: String!, $password: String!) { login(email: $email, password: $password) { user { id } } }",
      variables: { email, password },
    }),
  });
  const cookie = login.headers
    .getSetCookie()
    .find((c) => c.startsWith("kausa_session="))
    ?.split(";")[0];
  expect(cookie).toBeTruthy();
  return async (query: string, variables: Record<string, unknown> = {}) => {
    const response = await fetch(`${api}/graphql`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        origin: api,
        "x-graphql-yoga-csrf": "1",
        cookie: cookie!,
      },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as {
      data: Record<string, { __typename: string }>;
      errors?: unknown;
    };
    expect(body.errors).toBeUndefined();
    return body.data;
  };
}

/** Shoelace animates dialogs in and out: screenshots and checks wait until nothing runs. */
export async function animationsDone(page: Page) {
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== "running"));
}
