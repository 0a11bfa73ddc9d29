import { createTestDatabase } from "@kausa/db/testing";
import { schema } from "@kausa/schema";
import { GraphQLError } from "graphql";
import { createSchema, createYoga } from "graphql-yoga";
import { describe, expect, it } from "vitest";
import { createApp } from "../src/app.ts";
import { maskError } from "../src/errors/mask-error.ts";
import { requestDeadline } from "../src/security/request-deadline.ts";
import { useTestApp } from "./support/test-app.ts";

// The response-status policy, one class at a time: 400 for the client's mistakes, 503 with
// Retry-After for outages and overload, 500 only for real bugs, and never internals in a body.
const { ctx } = useTestApp();

const post = (
  yoga: { fetch: (url: string, init: RequestInit) => Response | Promise<Response> },
  query: string,
) =>
  yoga.fetch("http://localhost/graphql", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query }),
  });

type Body = { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] };

describe("response status policy", () => {
  it("answers a client mistake with 400", async () => {
    const response = await post(ctx.yoga, "{ contactPoints(first: 0) { totalCount } }");
    expect(response.status).toBe(400);
    expect(((await response.json()) as Body).errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("answers a request past its deadline with 503 and Retry-After, and stops its work", async () => {
    const yoga = createApp({ db: ctx.db, rateLimit: false, requestTimeoutMs: 1 });
    const statements: string[] = [];
    const stop = ctx.db.onQuery((sql) => statements.push(sql));
    // A search runs several statements; with a 1 ms deadline at most the first one starts.
    const response = await post(
      yoga,
      '{ contactPoints(first: 100, filter: { search: "Beratung" }) { totalCount edges { node { name partner { name } offers { title { text } } } } } }',
    );
    stop();
    expect(response.status).toBe(503);
    expect(Number(response.headers.get("retry-after"))).toBeGreaterThan(0);
    const body = (await response.json()) as Body;
    expect(body.errors?.[0]?.message).toContain("took too long");
    expect(body.errors?.[0]?.extensions?.code).toBe("SERVICE_UNAVAILABLE");
    expect(statements.length).toBeLessThanOrEqual(1);
  });

  it.each([
    ["a subscription (the API has none)", "subscription { __typename }", "no subscription operations"],
    [
      "an ID of a type that is not a node",
      `{ node(id: "${Buffer.from("Query:1").toString("base64")}") { id } }`,
      "not an ID from this API",
    ],
    [
      "an ID of a place",
      `{ node(id: "${Buffer.from("Place:1").toString("base64")}") { id } }`,
      "not an ID from this API",
    ],
  ])("answers %s with 400", async (_name, query, message) => {
    const response = await post(ctx.yoga, query);
    expect(response.status).toBe(400);
    expect(((await response.json()) as Body).errors?.[0]?.message).toContain(message);
  });

  it("answers 503 when the deadline passes while the request waits or runs (GraphQL and the map layer)", async () => {
    // The database is held busy (one connection, or PGlite's one-at-a-time line) beyond a 200 ms deadline.
    const held = await createTestDatabase({ limits: { poolSize: 1 } });
    try {
      const yoga = createApp({ db: held.db, rateLimit: false, requestTimeoutMs: 200 });
      let release = () => {};
      const holding = held.db.transaction(async (tx) => {
        await tx.query("SELECT 1");
        await new Promise<void>((resolve) => {
          release = resolve;
        });
      });
      const started = Date.now();
      const [graphql, map] = await Promise.all([
        post(yoga, "{ contactPoints(first: 1) { totalCount } }"),
        yoga.fetch("http://localhost/map/contact-points.geojson"),
      ]);
      const elapsed = Date.now() - started;
      release();
      await holding;
      expect(graphql.status).toBe(503);
      expect(Number(graphql.headers.get("retry-after"))).toBeGreaterThan(0);
      expect(((await graphql.json()) as Body).errors?.[0]?.message).toContain("took too long");
      expect(map.status).toBe(503);
      expect(Number(map.headers.get("retry-after"))).toBeGreaterThan(0);
      // Answered at the deadline, not when the database became free.
      expect(elapsed).toBeLessThan(5_000);
    } finally {
      await held.dispose();
    }
  });

  it("answers 503 when the deadline passes in a resolver that is not waiting for the database", async () => {
    // Yoga drops DOMException aborts silently (a client that left); a deadline must not look like one.
    const yoga = createYoga({
      schema: createSchema({
        typeDefs: "type Query { slow: String }",
        resolvers: {
          Query: { slow: () => new Promise((resolve) => setTimeout(() => resolve("late"), 2_000)) },
        },
      }),
      maskedErrors: { maskError },
      plugins: [requestDeadline(100)],
    });
    const response = await post(yoga, "{ slow }");
    expect(response.status).toBe(503);
    expect(Number(response.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(((await response.json()) as Body).errors?.[0]?.message).toContain("took too long");
  });

  it("answers a database outage with 503 and Retry-After, not 200 or 500", async () => {
    const down = await createTestDatabase({ seed: false });
    const yoga = createApp({ db: down.db, rateLimit: false });
    await down.dispose();
    const response = await post(yoga, "{ regions { key } }");
    expect(response.status).toBe(503);
    expect(Number(response.headers.get("retry-after"))).toBeGreaterThan(0);
    const text = await response.text();
    expect(JSON.parse(text).errors[0].extensions.code).toBe("SERVICE_UNAVAILABLE");
    expect(text).not.toMatch(/prisma|postgres|pglite|closed|pool|\bat\s/i);
  });

  it("answers overload with a fast 503 and Retry-After, and serves what fits in the line", async () => {
    // One connection (PostgreSQL) or PGlite's one-at-a-time line, and room for two waiting statements.
    const small = await createTestDatabase({
      limits: { poolSize: 1, queue: { maxWaiting: 2, maxWaitMs: 10_000 } },
    });
    try {
      const yoga = createApp({ db: small.db, rateLimit: false });
      let release = () => {};
      const held = new Promise<void>((resolve) => {
        release = resolve;
      });
      const holding = small.db.transaction(async (tx) => {
        await tx.query("SELECT 1");
        await held;
      });
      const started = Date.now();
      const burst = Array.from({ length: 6 }, () => post(yoga, "{ regions { key } }"));
      // Those beyond the line are refused while the database is still held, not after.
      const until = Date.now() + 10_000;
      while (small.db.load().waiting < 2 && Date.now() < until) await new Promise((r) => setTimeout(r, 10));
      const refusedEarly = await Promise.race([
        Promise.any(burst.map(async (r) => ((await r).status === 503 ? "refused" : Promise.reject()))),
        new Promise((r) => setTimeout(() => r("none"), 5_000)),
      ]);
      expect(refusedEarly).toBe("refused");
      release();
      await holding;
      const responses = await Promise.all(burst);
      const statuses = responses.map((r) => r.status).sort();
      expect(statuses).toEqual([200, 200, 503, 503, 503, 503]);
      const refused = responses.find((r) => r.status === 503);
      expect(Number(refused?.headers.get("retry-after"))).toBeGreaterThan(0);
      expect(((await refused?.json()) as Body | undefined)?.errors?.[0]?.message).toContain("busy");
      expect(Date.now() - started).toBeLessThan(10_000);
    } finally {
      await small.dispose();
    }
  });

  it("answers a real bug with a masked 500 and logs it", async () => {
    const yoga = createYoga({
      schema,
      maskedErrors: { maskError },
      context: () => ({
        db: {
          ...ctx.db,
          // A bug in our code, not an outage: the policy must not call it a 503.
          prisma: new Proxy(ctx.db.prisma, {
            get: (target, key) =>
              key === "region"
                ? {
                    findMany: () => {
                      throw new TypeError("Cannot read properties of undefined (reading 'id')");
                    },
                  }
                : Reflect.get(target, key),
          }),
        },
        locale: "de",
      }),
    });
    const response = await post(yoga, "{ regions { key } }");
    expect(response.status).toBe(500);
    const body = (await response.json()) as Body;
    expect(body.errors?.[0]).toMatchObject({
      message: "Unexpected error.",
      extensions: { code: "INTERNAL_SERVER_ERROR" },
    });
    expect(JSON.stringify(body)).not.toContain("Cannot read properties");
  });

  it("lets the client's own GraphQL errors through unmasked", () => {
    const error = new GraphQLError("bad", { extensions: { code: "BAD_USER_INPUT" } });
    expect(maskError(error, "Unexpected error.")).toBe(error);
  });
});
