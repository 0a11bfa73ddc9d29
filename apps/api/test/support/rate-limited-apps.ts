import { createTestDatabase, type TestDatabase } from "@kausa/db/testing";
import { afterAll, afterEach, beforeAll, expect } from "vitest";
import { createApp } from "../../src/app.ts";
import type { RateLimitConfig } from "../../src/security/rate-limit.ts";

// The rate-limit suites' apps and requests: per-client budgets in memory (one instance), with
// budgets small enough to run out in a test.

export type App = ReturnType<typeof createApp>;

export const BIG = { points: 1_000_000, windowSeconds: 60 };

/**
 * One seeded database for the file; `app` makes an app on it with every budget BIG but those
 * given. Apps made by `app`, or pushed to `apps`, are disposed after each test.
 */
export function useRateLimitedApps() {
  const t = {} as TestDatabase;
  beforeAll(async () => {
    Object.assign(t, await createTestDatabase());
  });
  afterAll(() => t.dispose());

  const apps: App[] = [];
  afterEach(async () => {
    await Promise.all(apps.splice(0).map((app) => app.dispose()));
  });

  function app(rateLimit: Omit<RateLimitConfig, "enabled">): App {
    const yoga = createApp({
      db: t.db,
      rateLimit: { enabled: true, requests: BIG, cost: BIG, expensive: BIG, ...rateLimit },
    });
    apps.push(yoga);
    return yoga;
  }

  return { t, apps, app };
}

export interface From {
  /** The socket's peer address (the Node adapter's `req.socket.remoteAddress`). */
  ip?: string;
  headers?: Record<string, string>;
}
/** As from a socket at `ip` (the Node adapter's server context), or with no server context at all. */
export async function fetchFrom(yoga: App, url: string, init: RequestInit, ip?: string) {
  if (!ip) return yoga.fetch(url, init);
  const context = { req: { socket: { remoteAddress: ip } } };
  // The app declares no server context type of its own.
  return yoga.fetch(url, init, context as unknown as Record<string, never>);
}

export function post(yoga: App, query: string, { ip, headers = {} }: From = {}, variables?: object) {
  const body = JSON.stringify({ query, variables });
  const init = { method: "POST", headers: { "content-type": "application/json", ...headers }, body };
  return fetchFrom(yoga, "http://localhost/graphql", init, ip);
}

export function get(yoga: App, path: string, { ip, headers = {} }: From = {}) {
  return fetchFrom(yoga, `http://localhost${path}`, { headers }, ip);
}

/** Sends one request after the other (budgets count in order) and collects the statuses. */
export async function statuses(sends: (() => Promise<Response>)[]) {
  const all: number[] = [];
  for (const send of sends) all.push((await send()).status);
  return all;
}

export const repeat = (n: number, send: () => Promise<Response>) => statuses(new Array(n).fill(send));

export const TYPENAME = "{ __typename }";
export const QUERY = "{ regions { key name districts { key name } } }";

export async function expectRateLimited(response: Response) {
  expect(response.status).toBe(429);
  const seconds = Number(response.headers.get("retry-after"));
  expect(Number.isInteger(seconds) && seconds >= 1 && seconds <= 60).toBe(true);
  expect(response.headers.get("ratelimit-remaining")).toBe("0");
  expect(await response.json()).toEqual({
    errors: [
      {
        message: `Too many requests: try again in ${seconds} s.`,
        extensions: { code: "RATE_LIMITED", retryAfterSeconds: seconds },
      },
    ],
  });
  return seconds;
}
