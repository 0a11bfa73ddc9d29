import { createTestDatabase, type TestDatabase } from "@kausa/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type App, createApp } from "../src/app.ts";
import { appConfigFromEnv } from "../src/app-config.ts";
import { metricsTokenFromEnv } from "../src/http/metrics.ts";

const TOKEN = "test-metrics-token-0123456789";

let t: TestDatabase;
let yoga: App;
beforeAll(async () => {
  t = await createTestDatabase();
  yoga = createApp({ db: t.db, rateLimit: false, metricsToken: TOKEN });
});
afterAll(() => t.dispose());

async function scrape(app: App = yoga) {
  const response = await app.fetch("http://localhost/metrics", {
    headers: { authorization: `Bearer ${TOKEN}` },
  });
  expect(response.status).toBe(200);
  return parseExposition(await response.text());
}

interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

/** The Prometheus text format, as much of it as these tests read: `name{a="b",…} value`. */
function parseExposition(text: string): Sample[] {
  const samples: Sample[] = [];
  for (const line of text.split("\n")) {
    if (line === "" || line.startsWith("#")) continue;
    const match = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!match) throw new Error(`unparsable exposition line: ${line}`);
    const labels: Record<string, string> = {};
    for (const [, key, value] of (match[2] ?? "").matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)) {
      labels[key as string] = value as string;
    }
    samples.push({ name: match[1] as string, labels, value: Number(match[3]) });
  }
  return samples;
}

/** The value of one series (0 when it does not exist yet, as Prometheus treats a new counter). */
function value(samples: Sample[], name: string, labels: Record<string, string> = {}) {
  const found = samples.filter(
    (sample) =>
      sample.name === name &&
      Object.keys(sample.labels).length === Object.keys(labels).length &&
      Object.entries(labels).every(([key, v]) => sample.labels[key] === v),
  );
  expect(found.length).toBeLessThanOrEqual(1);
  return found[0]?.value ?? 0;
}

function graphql(app: App, query: string, variables?: Record<string, unknown>) {
  return app.fetch("http://localhost/graphql", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query, variables }),
  });
}

describe("access to /metrics", () => {
  it("is a 404 when no token is configured", async () => {
    const plain = createApp({ db: t.db, rateLimit: false });
    const response = await plain.fetch("http://localhost/metrics", {
      headers: { authorization: `Bearer ${TOKEN}` },
    });
    expect(response.status).toBe(404);
  });

  it("is a 401 without the right Bearer token", async () => {
    for (const authorization of [
      undefined,
      `Bearer ${TOKEN}x`,
      `Bearer ${TOKEN.slice(1)}`,
      TOKEN,
      "Basic abc",
    ]) {
      const response = await yoga.fetch("http://localhost/metrics", {
        headers: authorization ? { authorization } : {},
      });
      expect(response.status, String(authorization)).toBe(401);
      expect(await response.text()).not.toContain("kausa_");
    }
  });

  it("answers the metrics in the Prometheus text format with the right token", async () => {
    const response = await yoga.fetch("http://localhost/metrics", {
      headers: { authorization: `Bearer ${TOKEN}` },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/plain; version=0\.0\.4/);
    const samples = parseExposition(await response.text());
    // Default Node metrics, prefixed, and the database gauges (idle between requests).
    expect(samples.some((s) => s.name === "kausa_process_cpu_user_seconds_total")).toBe(true);
    expect(samples.some((s) => s.name === "kausa_nodejs_heap_size_used_bytes")).toBe(true);
    expect(value(samples, "kausa_db_active")).toBe(0);
    expect(value(samples, "kausa_db_waiting")).toBe(0);
  });
});

describe("counts", () => {
  it("counts GraphQL operations by name and type, and request durations by route and status class", async () => {
    const lookup = await graphql(yoga, "{ contactPoints(first: 1) { edges { node { id } } } }");
    const id = ((await lookup.json()) as { data: { contactPoints: { edges: { node: { id: string } }[] } } })
      .data.contactPoints.edges[0]?.node.id;
    expect(id).toBeTruthy();
    const before = await scrape();

    expect((await graphql(yoga, "query RegionKeys { regions { key } }")).status).toBe(200);
    expect((await graphql(yoga, "query RegionKeys { regions { key } }")).status).toBe(200);
    expect((await graphql(yoga, "{ regions { key } }")).status).toBe(200);
    const refused = await graphql(
      yoga,
      "mutation ArchiveIt($id: ID!) { archiveContactPoint(id: $id) { __typename } }",
      { id },
    );
    // A visitor may not archive: refused with a client error, after the operation was executed.
    expect(refused.status).toBeGreaterThanOrEqual(400);
    expect(refused.status).toBeLessThan(500);
    const refusedBody = (await refused.json()) as { errors?: unknown[] };
    expect(refusedBody.errors?.length).toBeGreaterThan(0);
    const map = await yoga.fetch("http://localhost/map/contact-points.geojson");
    expect(map.status).toBe(200);
    await map.text();

    const after = await scrape();
    const delta = (name: string, labels: Record<string, string> = {}) =>
      value(after, name, labels) - value(before, name, labels);
    const ops = "kausa_graphql_operations_total";
    expect(delta(ops, { operation: "RegionKeys", type: "query" })).toBe(2);
    expect(delta(ops, { operation: "anonymous", type: "query" })).toBe(1);
    expect(delta(ops, { operation: "ArchiveIt", type: "mutation" })).toBe(1);

    const durations = "kausa_http_request_duration_seconds_count";
    expect(delta(durations, { route: "graphql", status: "2xx" })).toBe(3);
    expect(delta(durations, { route: "graphql", status: "4xx" })).toBe(1);
    expect(delta(durations, { route: "map", status: "2xx" })).toBe(1);
    expect(delta("kausa_http_request_duration_seconds_sum", { route: "map", status: "2xx" })).toBeGreaterThan(
      0,
    );
    // Scrapes are not requests of the API: they do not appear under any route.
    expect(delta(durations, { route: "other", status: "2xx" })).toBe(0);
    expect(delta("kausa_rate_limited_total")).toBe(0);
    expect(delta("kausa_errors_total")).toBe(0);
  });

  it("counts list queries answered on the compiled path, as part of all operations", async () => {
    const before = await scrape();
    const list = "query Nearby { contactPoints(first: 2) { edges { node { name partner { name } } } } }";
    expect((await graphql(yoga, list)).status).toBe(200);
    // A list relation: the executor answers it.
    const withOffers = "query WithOffers { contactPoints(first: 2) { edges { node { offers { id } } } } }";
    expect((await graphql(yoga, withOffers)).status).toBe(200);
    const after = await scrape();
    const delta = (name: string, labels: Record<string, string> = {}) =>
      value(after, name, labels) - value(before, name, labels);
    expect(delta("kausa_graphql_compiled_operations_total")).toBe(1);
    expect(delta("kausa_graphql_operations_total", { operation: "Nearby", type: "query" })).toBe(1);
    expect(delta("kausa_graphql_operations_total", { operation: "WithOffers", type: "query" })).toBe(1);
  });

  it("keeps at most 200 client-chosen operation names, the rest count as other", async () => {
    const app = createApp({ db: t.db, rateLimit: false, metricsToken: TOKEN });
    for (let i = 0; i < 250; i++) {
      expect((await graphql(app, `query Op${i} { __typename }`)).status).toBe(200);
    }
    // Not a valid label-worthy name: an operation name may be long in GraphQL, not in a label.
    expect((await graphql(app, `query ${"L".repeat(80)} { __typename }`)).status).toBe(200);

    const samples = (await scrape(app)).filter((s) => s.name === "kausa_graphql_operations_total");
    const names = new Set(samples.map((s) => s.labels.operation));
    expect(names.size).toBe(201);
    expect(names.has("Op0")).toBe(true);
    expect(names.has("Op199")).toBe(true);
    expect(names.has("Op200")).toBe(false);
    expect(value(samples, "kausa_graphql_operations_total", { operation: "other", type: "query" })).toBe(51);
  });

  it("counts 429 refusals and 5xx answers, including those refused before timing starts", async () => {
    const limited = createApp({
      db: t.db,
      rateLimit: { enabled: true, requests: { points: 1, windowSeconds: 60 } },
      metricsToken: TOKEN,
    });
    expect((await graphql(limited, "{ __typename }")).status).toBe(200);
    expect((await graphql(limited, "{ __typename }")).status).toBe(429);
    const samples = await scrape(limited);
    expect(value(samples, "kausa_rate_limited_total")).toBe(1);
    expect(value(samples, "kausa_errors_total")).toBe(0);

    const down = await createTestDatabase({ seed: false });
    const broken = createApp({ db: down.db, rateLimit: false, metricsToken: TOKEN });
    await down.dispose();
    expect((await broken.fetch("http://localhost/map/contact-points.geojson")).status).toBe(503);
    const afterOutage = await scrape(broken);
    expect(value(afterOutage, "kausa_errors_total")).toBe(1);
    expect(
      value(afterOutage, "kausa_http_request_duration_seconds_count", { route: "map", status: "5xx" }),
    ).toBe(1);
  });
});

describe("METRICS_TOKEN", () => {
  it("is off when unset or empty, and refuses a token that is short or has spaces", () => {
    expect(metricsTokenFromEnv(undefined)).toBeNull();
    expect(metricsTokenFromEnv("  ")).toBeNull();
    expect(metricsTokenFromEnv(` ${TOKEN} `)).toBe(TOKEN);
    expect(() => metricsTokenFromEnv("short")).toThrow(/METRICS_TOKEN/);
    expect(() => metricsTokenFromEnv("sixteen chars but spaces")).toThrow(/METRICS_TOKEN/);
    expect(appConfigFromEnv({ METRICS_TOKEN: TOKEN }).metricsToken).toBe(TOKEN);
    expect(appConfigFromEnv({}).metricsToken).toBeNull();
  });
});
