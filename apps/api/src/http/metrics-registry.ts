import type { DatabaseLoad } from "@kausa/db";
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from "prom-client";

/** Which part of the API a path belongs to: a handful of values, never the raw path (cardinality). */
export type RouteLabel = "graphql" | "map" | "widget" | "export" | "other";

export function routeOf(pathname: string): RouteLabel {
  if (pathname === "/graphql") return "graphql";
  if (pathname.startsWith("/map/")) return "map";
  if (pathname.startsWith("/widget/") || pathname === "/embed") return "widget";
  if (pathname.startsWith("/export/")) return "export";
  return "other";
}

/** "2xx" … "5xx": the class is what alerts look at, and it keeps the label small. */
export function statusClass(status: number): string {
  return `${Math.floor(status / 100)}xx`;
}

/** A name a client chose becomes a label only if it looks like an operation name. */
const OPERATION_NAME = /^[A-Za-z][A-Za-z0-9_]{0,63}$/;
export const MAX_OPERATION_NAMES = 200;

/**
 * One registry per app (tests create many apps; prom-client's global registry would refuse the
 * second set of metric names and mix their counts). Default Node metrics are collected at scrape
 * time into the same registry.
 */
export function createApiMetrics(
  load: () => DatabaseLoad,
  cacheStats?: () => { hits: number; misses: number },
  compiledOperations?: () => number,
) {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: "kausa_" });

  const requestDuration = new Histogram({
    name: "kausa_http_request_duration_seconds",
    help: "Time from the request reaching the API to its response being ready, by route and status class.",
    labelNames: ["route", "status"] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const operations = new Counter({
    name: "kausa_graphql_operations_total",
    help: `GraphQL operations executed, by operation name (at most ${MAX_OPERATION_NAMES} names, then "other") and type.`,
    labelNames: ["operation", "type"] as const,
    registers: [registry],
  });
  const rateLimited = new Counter({
    name: "kausa_rate_limited_total",
    help: "Requests refused with 429 (a per-client budget was spent).",
    registers: [registry],
  });
  const errors = new Counter({
    name: "kausa_errors_total",
    help: "Responses with a 5xx status.",
    registers: [registry],
  });
  new Gauge({
    name: "kausa_db_active",
    help: "Database work running right now (PostgreSQL connections checked out; PGlite 0 or 1).",
    registers: [registry],
    collect() {
      this.set(load().active);
    },
  });
  new Gauge({
    name: "kausa_db_waiting",
    help: "Request work waiting for the database (PGlite's line, or a free PostgreSQL connection).",
    registers: [registry],
    collect() {
      this.set(load().waiting);
    },
  });

  if (cacheStats) {
    new Counter({
      name: "kausa_response_cache_lookups_total",
      help: "Lookups of anonymous queries in the response cache, by result (hit or miss).",
      labelNames: ["result"] as const,
      registers: [registry],
      collect() {
        // The store counts; the counter shows its totals at scrape time.
        const { hits, misses } = cacheStats();
        this.reset();
        this.inc({ result: "hit" }, hits);
        this.inc({ result: "miss" }, misses);
      },
    });
  }

  if (compiledOperations) {
    new Counter({
      name: "kausa_graphql_compiled_operations_total",
      help: "List queries answered on the compiled path, without the GraphQL executor (part of kausa_graphql_operations_total).",
      registers: [registry],
      collect() {
        this.reset();
        this.inc(compiledOperations());
      },
    });
  }

  // Any client can invent operation names: only the first ones seen get their own label value.
  const knownNames = new Set<string>();
  function operationLabel(name: string | undefined): string {
    if (!name) return "anonymous";
    if (!OPERATION_NAME.test(name)) return "other";
    if (knownNames.has(name)) return name;
    if (knownNames.size >= MAX_OPERATION_NAMES) return "other";
    knownNames.add(name);
    return name;
  }

  return {
    registry,
    observeResponse(pathname: string, status: number, seconds: number | undefined) {
      if (seconds !== undefined) {
        requestDuration.observe({ route: routeOf(pathname), status: statusClass(status) }, seconds);
      }
      if (status === 429) rateLimited.inc();
      if (status >= 500) errors.inc();
    },
    countOperation(name: string | undefined, type: string) {
      operations.inc({ operation: operationLabel(name), type });
    },
  };
}

export type ApiMetrics = ReturnType<typeof createApiMetrics>;
