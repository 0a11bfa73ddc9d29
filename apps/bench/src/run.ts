/**
 * pnpm bench: this API (uncached and cached), a hand-written `pg` endpoint and PostGraphile v5,
 * each in its own process, on one scratch PostgreSQL database with 10,000 synthetic contact
 * points and then 100,000; autocannon on loopback from this process. Checks that all return the
 * same rows before measuring, writes the comparison section of docs/benchmarks.md. Uses
 * BENCH_DATABASE_URL or TEST_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres)
 * to create and drop the scratch database; BENCH_SECONDS per measurement (default 10).
 */
import { apiStatementsToExplain } from "./api-statements.ts";
import { type BenchDatabase, createBenchDatabase } from "./bench-database.ts";
import { type RunningTarget, startTargets, stopTargets, type TargetKey } from "./bench-targets.ts";
import { explain } from "./explain.ts";
import { CONNECTIONS, type Measurement, measure, SECONDS } from "./measure.ts";
import { pgBaselineStatement } from "./pg-statements.ts";
import { POSTGRAPHILE_FUNCTIONS_SQL } from "./postgraphile-functions.ts";
import { BBOX, NEAR, type QueryKind } from "./queries.ts";
import { comparisonSection, type SizeResult } from "./report/comparison-section.ts";
import { writeSection } from "./report/docs-sections.ts";
import { checkSameAnswers } from "./same-answers.ts";

const SIZES = [10_000, 100_000];
const KINDS: QueryKind[] = ["bbox", "near"];

/** Starts the targets, checks their answers, measures each target on each query, stops them. */
async function measureSize(bench: BenchDatabase): Promise<SizeResult> {
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
        const m = await measure(target.url, target.spec.bodies[kind], answers[target.spec.key]!.body);
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

console.log(`preparing a scratch database with ${SIZES[0]} synthetic contact points…`);
const bench = await createBenchDatabase("kausa_bench", SIZES[0]!);
try {
  // PostGraphile's query fields. No index is added for it: ContactPoint.partnerId has its own,
  // and the relations followed (contact point → partner, → district) are primary-key lookups.
  await bench.db.exec(POSTGRAPHILE_FUNCTIONS_SQL);
  const sizes: SizeResult[] = [await measureSize(bench)];
  const started = performance.now();
  console.log(`growing the database to ${SIZES[1]} synthetic contact points…`);
  await bench.grow(SIZES[1]!);
  const growthSeconds = (performance.now() - started) / 1000;
  console.log(`  took ${growthSeconds.toFixed(0)} s`);
  // Fresh processes: no pool, plan or response cache from the smaller database.
  sizes.push(await measureSize(bench));

  const plans = await explain(bench.url, [
    { label: "`pg` baseline, bbox", ...pgBaselineStatement({ kind: "bbox", params: BBOX }) },
    { label: "`pg` baseline, near", ...pgBaselineStatement({ kind: "near", params: NEAR }) },
    ...apiStatementsToExplain(),
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
