import autocannon from "autocannon";

export interface Measurement {
  rps: number;
  p50: number;
  p99: number;
  requests: number;
  /** Connection errors (timeouts included), non-2xx answers, answers other than the expected one. */
  errors: number;
  non2xx: number;
  mismatches: number;
}

export const CONNECTIONS = 10;
export const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const WARM_UP_SECONDS = 2;

function run(url: string, init: RequestInit, seconds: number, expectBody?: string) {
  return autocannon({
    url,
    method: init.method as "GET" | "POST",
    headers: init.headers as Record<string, string> | undefined,
    body: init.body as string | undefined,
    connections: CONNECTIONS,
    duration: seconds,
    // Every answer under load must be the one checked before measuring (same-answers.ts).
    ...(expectBody ? { expectBody } : {}),
  });
}

/**
 * autocannon, in this (the orchestrator's) process, never inside a server under test: a 2 s
 * warm-up (JIT, pools, plan and response caches) that is thrown away, then the measured run.
 * Any error, non-2xx or unexpected answer fails the benchmark: a fast wrong answer is no result.
 */
export async function measure(
  request: { url: string; init: RequestInit },
  expectBody?: string,
): Promise<Measurement> {
  await run(request.url, request.init, WARM_UP_SECONDS);
  const result = await run(request.url, request.init, SECONDS, expectBody);
  const measurement = {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests: result.requests.total,
    errors: result.errors,
    non2xx: result.non2xx,
    mismatches: result.mismatches,
  };
  if (measurement.errors || measurement.non2xx || measurement.mismatches) {
    throw new Error(`${request.url}: ${JSON.stringify(measurement)}`);
  }
  return measurement;
}
