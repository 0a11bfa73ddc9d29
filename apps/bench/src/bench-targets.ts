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

export type TargetKey = "apiUncached" | "apiCached" | "pg" | "postgraphile";

export interface TargetSpec {
  key: TargetKey;
  label: string;
  file: string;
  env: Record<string, string>;
  urlPath: string;
  bodies: Record<QueryKind, unknown>;
  answerOf(body: unknown): Answer;
}

/** The four servers under test; the first is the reference the others must agree with. */
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
