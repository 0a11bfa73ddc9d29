import autocannon from "autocannon";
import { WIDGET_HEADERS } from "./widget-requests.ts";

export interface LoadResult {
  requests: number;
  rps: number;
  p50: number;
  p99: number;
  max: number;
  /** Status code → count, for every answer received. */
  statuses: Record<string, number>;
  non2xx: number;
  /** Connection errors, timeouts included. */
  errors: number;
  timeouts: number;
  /** 2xx answers that still carried GraphQL errors or no data. */
  graphqlErrors: number;
}

/**
 * `connections` connections for `seconds` from this process, each request the next of `paths`
 * (one shared counter, so the connections do not all ask for the same place at once). Bounded
 * in time, loopback only.
 */
export async function loadRun(origin: string, paths: string[], connections: number, seconds: number) {
  let next = 0;
  let graphqlErrors = 0;
  const result = await autocannon({
    url: origin,
    connections,
    duration: seconds,
    headers: WIDGET_HEADERS,
    requests: [
      {
        method: "GET",
        setupRequest: (request) => ({ ...request, path: paths[next++ % paths.length]! }),
        onResponse: (status, body) => {
          if (status >= 200 && status < 300 && (body.includes('"errors"') || !body.includes('"data"'))) {
            graphqlErrors++;
          }
        },
      },
    ],
  });
  const statuses: Record<string, number> = {};
  for (const [code, stats] of Object.entries(result.statusCodeStats ?? {}))
    statuses[code] = stats?.count ?? 0;
  return {
    requests: result.requests.total,
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    max: result.latency.max,
    statuses,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    graphqlErrors,
  } satisfies LoadResult;
}

/**
 * One request per path before the load, one at a time: each must be a 200 with data (a hash the
 * server does not know answers 200 with `PersistedQueryNotFound`, which would measure nothing).
 */
export async function checkPaths(origin: string, paths: string[]) {
  const totals: number[] = [];
  for (const path of paths) {
    const response = await fetch(`${origin}${path}`, { headers: WIDGET_HEADERS });
    const body = (await response.json()) as {
      data?: { contactPoints: { totalCount: number } };
      errors?: unknown;
    };
    if (response.status !== 200 || !body.data) {
      throw new Error(`${path}: ${response.status} ${JSON.stringify(body.errors ?? body)}`);
    }
    totals.push(body.data.contactPoints.totalCount);
  }
  return { min: Math.min(...totals), max: Math.max(...totals) };
}
