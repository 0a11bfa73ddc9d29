import {
  type Answer,
  API_BODIES,
  apiAnswer,
  PG_BODIES,
  POSTGRAPHILE_BODIES,
  pgAnswer,
  postgraphileAnswer,
  type QueryKind,
} from "./queries.ts";
import { startTarget, type Target } from "./targets.ts";

export type TargetKey = "apiUncached" | "apiCached" | "apiCachedGet" | "pg" | "postgraphile";

export interface TargetSpec {
  key: TargetKey;
  label: string;
  file: string;
  env: Record<string, string>;
  urlPath: string;
  bodies: Record<QueryKind, unknown>;
  /** POST with the body as JSON (default), or GET with it in the query string, as the widget asks. */
  method?: "GET";
  answerOf(body: unknown): Answer;
}

/**
 * The servers under test; the first is the reference the others must agree with. The cached API
 * is asked twice: by POST like the others, and by GET as the widget asks (its persisted queries),
 * which is what the hot-answer layer in front of the response cache serves.
 */
export const TARGETS: TargetSpec[] = [
  {
    key: "apiUncached",
    label: "this API, uncached",
    file: "servers/api-server.ts",
    env: { BENCH_RESPONSE_CACHE: "off" },
    urlPath: "/graphql",
    bodies: API_BODIES,
    answerOf: apiAnswer,
  },
  {
    key: "apiCached",
    label: "this API, response cache on",
    file: "servers/api-server.ts",
    env: { BENCH_RESPONSE_CACHE: "on" },
    urlPath: "/graphql",
    bodies: API_BODIES,
    answerOf: apiAnswer,
  },
  {
    key: "apiCachedGet",
    label: "this API, response cache on, GET",
    file: "servers/api-server.ts",
    env: { BENCH_RESPONSE_CACHE: "on" },
    urlPath: "/graphql",
    bodies: API_BODIES,
    method: "GET",
    answerOf: apiAnswer,
  },
  {
    key: "pg",
    label: "hand-written `pg`",
    file: "servers/pg-server.ts",
    env: {},
    urlPath: "/",
    bodies: PG_BODIES,
    answerOf: pgAnswer,
  },
  {
    key: "postgraphile",
    label: "PostGraphile v5",
    file: "servers/postgraphile-server.ts",
    // Production mode on purpose (and without grafast's notice that it was not chosen).
    env: { GRAPHILE_ENV: "production" },
    urlPath: "/graphql",
    bodies: POSTGRAPHILE_BODIES,
    answerOf: postgraphileAnswer,
  },
];

export interface RunningTarget extends Target {
  spec: TargetSpec;
}

/** Starts every target on `databaseUrl`, one after the other (start-up competes for the 2 cores). */
export async function startTargets(databaseUrl: string): Promise<RunningTarget[]> {
  const running: RunningTarget[] = [];
  try {
    for (const spec of TARGETS) {
      const target = await startTarget(spec.label, spec.file, {
        env: { ...spec.env, BENCH_TARGET_DATABASE_URL: databaseUrl },
        urlPath: spec.urlPath,
      });
      running.push({ ...target, spec });
    }
    return running;
  } catch (error) {
    await stopTargets(running);
    throw error;
  }
}

export async function stopTargets(targets: RunningTarget[]) {
  await Promise.all(targets.map((t) => t.stop()));
}

/** The request for `body` as `spec` sends it: a POST with JSON, or a GET with the query string. */
export function requestFor(spec: TargetSpec, url: string, body: unknown): { url: string; init: RequestInit } {
  if (spec.method !== "GET") {
    return {
      url,
      init: { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) },
    };
  }
  const { query, variables } = body as { query: string; variables?: unknown };
  const params = new URLSearchParams({
    query,
    ...(variables ? { variables: JSON.stringify(variables) } : {}),
  });
  return { url: `${url}?${params}`, init: { method: "GET" } };
}
