import { randomBytes } from "node:crypto";
import { openDatabase } from "@kausa/db";
import { API_TOKEN_PREFIX, hashSecret, newSecret } from "@kausa/schema";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  buildServer,
  builtServer,
  killLeftoverServers,
  repositoryRoot,
  type ServerProcess,
  startServerProcess,
} from "./support/server-process.ts";

// The deployment of docs/deployment.md, for real: two API processes on one PostgreSQL database and
// one Redis. A *.pg-test.ts: it runs in the PostgreSQL pass of `pnpm test` only (TEST_DATABASE_URL,
// set by CI; see the root vitest.config.ts).
const SERVER_URL = process.env.TEST_DATABASE_URL || "postgres://postgres@127.0.0.1:5432/postgres";
const REDIS_URL = process.env.TEST_REDIS_URL || "redis://127.0.0.1:6379";
const RUN = randomBytes(4).toString("hex");

async function admin(sql: string) {
  const client = new pg.Client({ connectionString: SERVER_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** A fake client address per purpose: the proxy in front (TRUSTED_PROXIES=1) names it. */
let clients = 0;
const clientAddress = () => `198.51.100.${++clients % 250}`;

async function graphql(
  server: ServerProcess,
  query: string,
  variables: object = {},
  headers: Record<string, string> = {},
) {
  const response = await fetch(`${server.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-forwarded-for": clientAddress(), ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return {
    status: response.status,
    // biome-ignore lint/suspicious/noExplicitAny: answers of every shape.
    body: (await response.json()) as { data?: any; errors?: { message: string }[] },
  };
}

describe("two API instances on one PostgreSQL and one Redis", () => {
  const name = `kausa_test_two_${RUN}`;
  const url = new URL(SERVER_URL);
  url.pathname = `/${name}`;
  let a: ServerProcess;
  let b: ServerProcess;
  let staff: Record<string, string>;

  beforeAll(async () => {
    await admin(`CREATE DATABASE ${name}`);
    await buildServer();
    const env = {
      DATABASE_URL: url.toString(),
      REDIS_URL,
      TRUSTED_PROXIES: "1",
      RATE_LIMIT: "true",
      RATE_LIMIT_REQUESTS: "40",
      RATE_LIMIT_REDIS_PREFIX: `kausa:test-two:${RUN}`,
      RESPONSE_CACHE_REDIS_KEY: `kausa:test-two:${RUN}:response-cache`,
      LOG_REQUESTS: "false",
      SAMPLE_DATA: "true",
    };
    // Both start at once: migrations and the seed take turns under an advisory lock.
    [a, b] = await Promise.all([
      startServerProcess("node", [builtServer], { cwd: repositoryRoot, env }),
      startServerProcess("node", [builtServer], { cwd: repositoryRoot, env }),
    ]);
    const db = await openDatabase({ kind: "postgres", url: url.toString() });
    const token = newSecret(API_TOKEN_PREFIX);
    await db.prisma.apiToken.create({
      data: { name: "two", tokenHash: hashSecret(token), prefix: token.slice(0, 12), role: "EDITOR" },
    });
    await db.close();
    staff = { authorization: `Bearer ${token}` };
  }, 240_000);

  afterAll(async () => {
    killLeftoverServers();
    await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  });

  it("shows a change made through instance A through instance B's cache at once", async () => {
    const list = "{ contactPoints(first: 3) { edges { node { id name } } } }";
    const before = (await graphql(b, list)).body.data.contactPoints.edges.map(
      (e: { node: unknown }) => e.node,
    );
    expect(
      (await graphql(b, list)).body.data.contactPoints.edges.map((e: { node: unknown }) => e.node),
    ).toEqual(before);
    const target = before[0];
    const row = (
      await graphql(
        a,
        `query($id: ID!) { editableContactPoint(id: $id) { version } }`,
        { id: target.id },
        staff,
      )
    ).body;
    const renamed = `${target.name} (${RUN})`;
    const update = await graphql(
      a,
      `mutation($id: ID!, $v: Int!, $name: String) { updateContactPoint(id: $id, version: $v, input: { name: $name }) { __typename } }`,
      { id: target.id, v: row.data.editableContactPoint.version, name: renamed },
      staff,
    );
    expect(update.body.data.updateContactPoint.__typename).toBe("MutationUpdateContactPointSuccess");
    await expect
      .poll(async () => (await graphql(b, list)).body.data.contactPoints.edges[0].node.name, {
        timeout: 1_000,
        interval: 50,
      })
      .toBe(renamed);
  });

  it("enforces one request budget per client across both instances", async () => {
    const client = "203.0.113.99";
    const statuses: number[] = [];
    for (let i = 0; i < 30; i++) {
      for (const server of [a, b]) {
        statuses.push(
          (await graphql(server, "{ regions { key } }", {}, { "x-forwarded-for": client })).status,
        );
      }
    }
    // 40 a minute in all, not 40 per instance.
    expect(statuses.filter((s) => s === 200)).toHaveLength(40);
    expect(statuses.slice(40).every((s) => s === 429)).toBe(true);
    expect(statuses.slice(40)).toHaveLength(20);
  });

  it("loses no acknowledged write when one instance is killed mid-load, and the other keeps serving", async () => {
    const ids = (await graphql(b, "{ contactPoints(first: 1) { edges { node { id } } } }")).body.data
      .contactPoints.edges;
    const id = ids[0].node.id;
    const report = `mutation($id: ID!, $m: String) { reportOutdated(id: $id, reason: PHONE, message: $m) { __typename ... on MutationReportOutdatedSuccess { data { received } } } }`;
    const acknowledged: string[] = [];
    const bFailures: string[] = [];
    let killed = false;
    async function writer(server: ServerProcess, label: string, count: number) {
      for (let i = 0; i < count; i++) {
        if (server === a && i === 15 && !killed) {
          killed = true;
          process.kill(a.pid, "SIGKILL");
        }
        const message = `${RUN} ${label} ${i}`;
        try {
          const result = await graphql(server, report, { id, m: message });
          if (result.body.data?.reportOutdated?.data?.received === true) acknowledged.push(message);
          else if (server === b) bFailures.push(JSON.stringify(result.body));
        } catch (error) {
          if (server === b) bFailures.push(String(error));
        }
      }
    }
    await Promise.all([writer(a, "a", 40), writer(b, "b", 40)]);
    await a.exited;
    expect(killed).toBe(true);
    expect(bFailures).toEqual([]);
    expect(acknowledged.length).toBeGreaterThanOrEqual(55);
    const db = await openDatabase({ kind: "postgres", url: url.toString() });
    try {
      const stored = await db.prisma.outdatedReport.findMany({
        where: { message: { in: acknowledged } },
        select: { message: true },
      });
      expect(stored.map((r) => r.message).sort()).toEqual([...acknowledged].sort());
    } finally {
      await db.close();
    }
    expect((await graphql(b, "{ regions { key } }")).status).toBe(200);
  });
});
