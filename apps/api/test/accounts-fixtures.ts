// Shared by the accounts-*.test.ts files: an app on a seeded test database, requests with the
// admin origin and a cookie jar of one, and accounts created through the account services.
import type { Database, Role } from "@kausa/db";
import { createTestDatabase, type TestDatabase } from "@kausa/db/testing";
import { createUserAccount } from "@kausa/schema";
import { type AppOptions, createApp } from "../src/app.ts";

export const ADMIN_ORIGIN = "http://localhost:4000";
export const PASSWORD = "korrekt Pferd Batterie Heftklammer";

export interface Answer {
  status: number;
  headers: Headers;
  // biome-ignore lint/suspicious/noExplicitAny: tests walk arbitrary response shapes.
  data: any;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
  /** The session cookie's new value ("" when cleared), undefined when not set. */
  cookie: string | undefined;
  setCookie: string[];
}

export type App = ReturnType<typeof createApp>;

/** A request to /graphql as the admin app's browser sends it (JSON POST from ADMIN_ORIGIN). */
export async function graphql(
  app: App,
  query: string,
  variables: Record<string, unknown> = {},
  options: { cookie?: string; origin?: string | null; headers?: Record<string, string> } = {},
): Promise<Answer> {
  const headers: Record<string, string> = { "content-type": "application/json", ...options.headers };
  if (options.origin !== null) headers.origin = options.origin ?? ADMIN_ORIGIN;
  if (options.cookie) headers.cookie = `kausa_session=${options.cookie}`;
  const response = await app.fetch("http://localhost/graphql", {
    method: "POST",
    headers,
    body: JSON.stringify({ query, variables }),
  });
  return answer(response);
}

export async function answer(response: Response): Promise<Answer> {
  const text = await response.text();
  const body = text ? JSON.parse(text) : {};
  const setCookie = response.headers.getSetCookie();
  const session = setCookie.find((c) => c.startsWith("kausa_session="));
  return {
    status: response.status,
    headers: response.headers,
    data: body.data,
    errors: body.errors,
    cookie: session ? (/^kausa_session=([^;]*)/.exec(session)?.[1] ?? "") : undefined,
    setCookie,
  };
}

let counter = 0;
/** A fresh e-mail address per call: tests must not depend on each other's accounts. */
export const uniqueEmail = (name = "user") => `${name}.${Date.now().toString(36)}.${++counter}@example.org`;

/** An account with a password (as `pnpm users:create` makes it). */
export async function createAccount(
  db: Database,
  role: Role = "ADMIN",
  options: { email?: string; partnerId?: string | null; password?: string } = {},
) {
  const email = options.email ?? uniqueEmail(role.toLowerCase());
  const { user } = await createUserAccount(
    db,
    { userId: null, tokenId: null, label: "test" },
    { email, role, partnerId: options.partnerId ?? null, password: options.password ?? PASSWORD },
  );
  return user;
}

export const LOGIN = `mutation Login($email: String!, $password: String!) {
  login(email: $email, password: $password) { user { id email role } }
}`;
export const ME = "{ me { id email role } }";

/** Logs in and returns the session cookie's value. */
export async function login(app: App, email: string, password = PASSWORD, cookie?: string): Promise<string> {
  const result = await graphql(app, LOGIN, { email, password }, cookie ? { cookie } : {});
  if (result.status !== 200 || !result.cookie)
    throw new Error(`login failed: ${JSON.stringify(result.errors)}`);
  return result.cookie;
}

/** A test database and an app on it, with the given options. */
export async function appOnTestDatabase(options: Omit<AppOptions, "db"> = {}) {
  const database: TestDatabase = await createTestDatabase();
  const app = createApp({ db: database.db, rateLimit: false, ...options });
  return {
    db: database.db,
    app,
    async dispose() {
      await app.dispose();
      await database.dispose();
    },
  };
}
