/**
 * pnpm bench: this API (uncached and cached), a hand-written `pg` endpoint and PostGraphile v5,
 * each in its own process, on one scratch PostgreSQL database with 10,000 synthetic contact
 * points, then 100,000 twice (the extra 90,000 outside both queries' areas, then spread like the
 * first); autocannon on loopback from this process. Checks that all return the
 * same rows before measuring, writes the comparison section of docs/benchmarks.md. Uses
 * BENCH_DATABASE_URL or TEST_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres)
 * to create and drop the scratch database; BENCH_SECONDS per measurement (default 10).
 */
import { apiStatementsToExplain } from "./api-statements.ts";
import { type BenchDatabase, createBenchDatabase } from "./bench-database.ts";
import {
  type RunningTarget,
  requestFor,
  startTargets,
  stopTargets,
  type TargetKey,
} from "./bench-targets.ts";
import { explain } from "./explain.ts";
import { CONNECTIONS, type Measurement, measure, SECONDS } from "./measure.ts";
import { pgBaselineStatement } from "./pg-statements.ts";
import { POSTGRAPHILE_FUNCTIONS_SQL } from "./postgraphile-functions.ts";
import { BBOX, NEAR, outsideBothQueries, type QueryKind } from "./queries.ts";
import { comparisonSection, type SizeResult } from "./report/comparison-section.ts";
import { writeSection } from "./report/docs-sections.ts";
import { checkSameAnswers } from "./same-answers.ts";

const SIZES = [10_000, 100_000];
const KINDS: QueryKind[] = ["bbox", "near"];

/** Starts the targets, checks their answers, measures each target on each query, stops them. */
async function measureSize(bench: BenchDatabase): Promise<Omit<SizeResult, "scenario">> {
  const targets: RunningTarget[] = await startTargets(bench.url);
  try {
    const totals = {} as SizeResult["totals"];
    const measurements = {} as SizeResult["measurements"];
    for (const kind of KINDS) {
      const answers = await checkSameAnswers(targets, kind);
      totals[kind] = answers.apiUncached!.answer.total;
      const byTarget = {} as Record<TargetKey, Measurement>;
      for (const target of targets) {
        console.log(`measuring ${kind} on ${target.spec.label} (${SECONDS} s)…`);
        const request = requestFor(target.spec, target.url, target.spec.bodies[kind]);
        const m = await measure(request, answers[target.spec.key]!.body);
        console.log(`  ${m.rps.toFixed(0)} req/s, p50 ${m.p50} ms, p99 ${m.p99} ms`);
        byTarget[target.spec.key] = m;
      }
      measurements[kind] = byTarget;
    }
    return {
      synthetic: bench.synthetic(),
      published: await bench.publishedContactPoints(),
      totals,
      measurements,
    };
  } finally {
    await stopTargets(targets);
  }
}

const OUTSIDE = "bench-out";
const [SMALL, LARGE] = SIZES as [number, number];

console.log(`preparing a scratch database with ${SMALL} synthetic contact points…`);
const bench = await createBenchDatabase("kausa_bench", SMALL);
try {
  // PostGraphile's query fields. No index is added for it: ContactPoint.partnerId has its own,
  // and the relations followed (contact point → partner, → district) are primary-key lookups.
  await bench.db.exec(POSTGRAPHILE_FUNCTIONS_SQL);
  const sizes: SizeResult[] = [{ ...(await measureSize(bench)), scenario: "base" }];

  // 1. Ten times the table, the same matches: what the table's size alone costs (indexes).
  let started = performance.now();
  console.log(`growing to ${LARGE} synthetic contact points outside both queries' areas…`);
  await bench.grow(LARGE, { prefix: OUTSIDE, where: outsideBothQueries });
  const growthSeconds = (performance.now() - started) / 1000;
  // Fresh processes: no pool, plan or response cache from the smaller database.
  sizes.push({ ...(await measureSize(bench)), scenario: "same matches" });

  // 2. Ten times the table spread like the first 10,000: every query also matches 10× the rows.
  console.log(`replacing them with ${LARGE - SMALL} points spread like the first ${SMALL}…`);
  started = performance.now();
  await bench.shrink(OUTSIDE, SMALL);
  await bench.grow(LARGE);
  console.log(`  took ${((performance.now() - started) / 1000).toFixed(0)} s`);
  sizes.push({ ...(await measureSize(bench)), scenario: "more matches" });

  const plans = await explain(bench.url, [
    { label: "`pg` baseline, bbox", ...pgBaselineStatement({ kind: "bbox", params: BBOX }) },
    { label: "`pg` baseline, near", ...pgBaselineStatement({ kind: "near", params: NEAR }) },
    ...(await apiStatementsToExplain(bench.url)),
  ]);
  const [version] = await bench.db.query<{ server_version: string }>("SHOW server_version");
  const section = comparisonSection({
    postgres: version?.server_version ?? "unknown",
    seconds: SECONDS,
    connections: CONNECTIONS,
    growthSeconds,
    sizes,
    plans,
  });
  writeSection("comparison", section);
  console.log(section);
} finally {
  await bench.drop();
}
