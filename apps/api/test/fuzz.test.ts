import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import {
  collectGarbage,
  expectHonestAnswer,
  flushDocumentCaches,
  heapAfterGc,
} from "./support/fuzz-check.ts";
import { type FuzzOperation, fuzzOperation } from "./support/fuzz-documents.ts";
import { type FuzzRequest, fuzzRequest } from "./support/fuzz-http.ts";
import { useTestApp } from "./support/test-app.ts";

/**
 * Hostile GraphQL documents, variables and HTTP requests, generated from the real schema, against
 * the app on the seeded test database. FUZZ_RUNS sets the total number of cases (default 2,000,
 * sized for CI on both databases); a failure prints fast-check's seed and path, and
 * FUZZ_SEED=<seed> FUZZ_PATH=<path> replays exactly that case.
 */
const RUNS = Number(process.env.FUZZ_RUNS || 2000);
const SEED = Number(process.env.FUZZ_SEED || Date.now() % 2 ** 31);
const PATH = process.env.FUZZ_PATH || undefined;
// Heap growth allowed over a run, once Yoga's document caches are refilled with tiny documents:
// 2 MB plus 1.5 KB per case. Measured: runs of 2,000 cases without leaks grow 1.5–2 MB; with each
// finished execution kept alive (a few KB a request: abort listeners on an AbortSignal.any of the
// request's signal and a deadline) about 7 MB.
const MAX_HEAP_GROWTH_MB = 2 + RUNS * 0.0015;
// Longer than the default request deadline (10 s), whose timers may still hold finished requests.
const HEAP_SETTLE_MS = 15_000;

const settings = (share: number): fc.Parameters<unknown> => ({
  numRuns: Math.max(1, Math.round(RUNS * share)),
  seed: SEED,
  path: PATH,
  // Shrinking re-runs requests; a short budget still gets to a small counterexample.
  interruptAfterTimeLimit: 120_000,
});

const { ctx } = useTestApp();

let gc: () => void;
let baselineMb = 0;
const statuses = { graphql: new Map<number, number>(), http: new Map<number, number>() };
const count = (map: Map<number, number>, status: number) => map.set(status, (map.get(status) ?? 0) + 1);
// The documented 503 (database outage) passes the checks but should not happen here: say so.
const outages: string[] = [];
const noteOutage = (response: Response, request: FuzzRequest) => {
  if (response.status === 503 && outages.length < 5) outages.push(JSON.stringify(request).slice(0, 300));
};

/** A GraphQL operation as a JSON POST (variables as generated: possibly not an object, or broken). */
function asRequest(op: FuzzOperation): FuzzRequest {
  const variables = op.variables === undefined ? "" : `,"variables":${op.variables}`;
  const operationName =
    op.operationName === undefined ? "" : `,"operationName":${JSON.stringify(op.operationName)}`;
  return {
    method: "POST",
    path: "/graphql",
    headers: { "content-type": "application/json", accept: "application/graphql-response+json" },
    body: `{"query":${JSON.stringify(op.query)}${variables}${operationName}}`,
  };
}

async function send(request: FuzzRequest): Promise<Response> {
  return ctx.yoga.fetch(`http://localhost${request.path}`, {
    method: request.method,
    headers: request.headers,
    body: request.body,
  });
}

beforeAll(async () => {
  gc = collectGarbage();
  // Warm up what allocates once and stays (compiled code, schema and SQL caches, the widget
  // files) with a short fuzz run of another seed, so the heap check below measures only growth.
  const warmUp = fc.sample(fc.oneof(fuzzOperation.map(asRequest), fuzzRequest), {
    numRuns: 400,
    seed: SEED + 1,
  });
  for (const request of warmUp) await (await send(request)).arrayBuffer();
  await flushDocumentCaches((request) => ctx.yoga.fetch(request));
  baselineMb = heapAfterGc(gc);
  console.info(`[fuzz] seed ${SEED}, ${RUNS} cases; replay with FUZZ_SEED=${SEED}`);
});

describe("fuzz: hostile input never gets a 5xx, a stack trace or a leak", () => {
  it("GraphQL documents and variables derived from the schema", { timeout: 240_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(fuzzOperation, async (op: FuzzOperation) => {
        const request = asRequest(op);
        const response = await send(request);
        count(statuses.graphql, response.status);
        noteOutage(response, request);
        await expectHonestAnswer(response, op);
      }),
      settings(0.6),
    );
    // Not vacuous: a fair share of the generated documents were valid and executed.
    const total = [...statuses.graphql.values()].reduce((a, b) => a + b, 0);
    expect(total).toBeGreaterThanOrEqual(settings(0.6).numRuns ?? 1);
    expect(statuses.graphql.get(200) ?? 0).toBeGreaterThan(total * 0.05);
    expect(statuses.graphql.get(400) ?? 0).toBeGreaterThan(total * 0.2);
  });

  it("HTTP requests: methods, paths, headers, bodies, the map layer's parameters", {
    timeout: 240_000,
  }, async () => {
    await fc.assert(
      fc.asyncProperty(fuzzRequest, async (request) => {
        const response = await send(request);
        count(statuses.http, response.status);
        noteOutage(response, request);
        await expectHonestAnswer(response, request);
      }),
      settings(0.4),
    );
    const total = [...statuses.http.values()].reduce((a, b) => a + b, 0);
    expect(total).toBeGreaterThanOrEqual(settings(0.4).numRuns ?? 1);
    expect(statuses.http.get(200) ?? 0).toBeGreaterThan(total * 0.05);
  });

  it("leaves the heap near where it started", { timeout: 60_000 }, async () => {
    const cases = [...statuses.graphql.values(), ...statuses.http.values()].reduce((a, b) => a + b, 0);
    expect(cases).toBeGreaterThan(0);
    await flushDocumentCaches((request) => ctx.yoga.fetch(request));
    // Memory held until a request's timers have fired is not a leak: wait for it, up to a bound.
    const until = Date.now() + HEAP_SETTLE_MS;
    let afterMb = heapAfterGc(gc);
    while (afterMb - baselineMb >= MAX_HEAP_GROWTH_MB && Date.now() < until) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      afterMb = heapAfterGc(gc);
    }
    console.info(
      `[fuzz] heap ${baselineMb.toFixed(1)} → ${afterMb.toFixed(1)} MB; statuses`,
      Object.fromEntries(statuses.graphql),
      Object.fromEntries(statuses.http),
    );
    if (outages.length) console.warn("[fuzz] 503 answers (database outage?) for:", outages);
    expect(afterMb - baselineMb).toBeLessThan(MAX_HEAP_GROWTH_MB);
  });
});
