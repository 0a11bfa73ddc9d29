import { statSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createServerDatabase, inspectDatabase, type ServerDatabase } from "./support/server-database.ts";
import { RETRYABLE_REFUSALS, type RequestOutcome, startKeepAliveLoad } from "./support/server-load.ts";
import {
  buildServer,
  builtServer,
  killLeftoverServers,
  repositoryRoot,
  type ServerProcess,
  startServerProcess,
} from "./support/server-process.ts";
import { openSocket, parseRawResponse, readUntilClosed } from "./support/server-raw-http.ts";

// Each documented way to start the server, as a real process on a real database (PGlite in a
// temporary folder, or a fresh PostgreSQL database in the postgres run), stopped with SIGTERM
// under keep-alive load. The three starts share the database: the first one migrates and seeds.

let database: ServerDatabase;
beforeAll(async () => {
  [database] = await Promise.all([createServerDatabase(), buildServer()]);
}, 120_000);
afterAll(async () => {
  killLeftoverServers();
  await database?.dispose();
});

// Generous enough never to be the reason a slow CI machine passes or fails: the shutdown must
// not need its timeout, and the half-sent /ready must not meet the header timeout.
const env = () => ({
  ...database.env,
  SHUTDOWN_TIMEOUT_MS: "30000",
  HEADERS_TIMEOUT_MS: "120000",
  REQUEST_TIMEOUT_MS: "120000",
});

async function until(condition: () => boolean, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error("condition not met in time");
    await new Promise((r) => setTimeout(r, 10));
  }
}

const completed = (o: RequestOutcome) =>
  o.error === undefined && o.status === 200 && o.completedAt !== undefined && answered(o.body);

function answered(body: string): boolean {
  try {
    return JSON.parse(body).data.contactPoints.totalCount > 0;
  } catch {
    return false;
  }
}

const describeOutcome = (o: RequestOutcome) =>
  `status ${o.status} error ${o.error} headers ${o.gotHeaders} reused ${o.reusedSocket} body ${o.body.slice(0, 80)}`;

/**
 * SIGTERM to `server.pid` (node, or pnpm in front of it) while keep-alive load runs; asserts
 * nothing that reached the server was lost and that it left cleanly.
 */
async function stopUnderLoad(server: ServerProcess) {
  // A /ready request whose headers are half sent, completed only once draining has begun. It goes
  // on a connection the server has answered once, so it has surely been accepted.
  const readySocket = await openSocket(server.url);
  const readyAnswer = readUntilClosed(readySocket);
  let received = "";
  readySocket.on("data", (chunk: string) => {
    received += chunk;
  });
  readySocket.write("GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
  await until(() => received.includes("\r\n\r\n"));
  readySocket.write("GET /ready HTTP/1.1\r\nHost: 127.0.0.1\r\n");

  const load = startKeepAliveLoad(server.url, 12, 500);
  await load.warmedUp(30);
  const signalAt = performance.now();
  const signalledAt = Date.now();
  process.kill(server.pid, "SIGTERM");

  await server.waitForOutput(/SIGTERM: draining/);
  const drainSeenAt = performance.now();
  readySocket.write("\r\n");
  const answers = (await readyAnswer).raw;
  const ready = parseRawResponse(answers.slice(answers.indexOf("HTTP/1.1", 1)));
  const outcomes = await load.done;
  const { code } = await server.exited;
  const stoppedAfterMs = Date.now() - signalledAt;

  // The load was really in flight: sent before the signal, not yet answered.
  const writtenBefore = outcomes.filter((o) => o.writtenAt !== undefined && o.writtenAt < signalAt);
  const inFlight = writtenBefore.filter((o) => !(o.completedAt !== undefined && o.completedAt < signalAt));
  expect(inFlight.length, `${outcomes.length} requests`).toBeGreaterThanOrEqual(3);
  // Every request that reached the server before the signal got its complete answer…
  expect(writtenBefore.filter((o) => !completed(o)).map(describeOutcome)).toEqual([]);
  // …and every later one was either answered or refused before the app saw it (a client may
  // retry those), never cut off in the middle of a response.
  const later = outcomes.filter((o) => !writtenBefore.includes(o));
  const unclean = later.filter(
    (o) => !completed(o) && !(o.error && RETRYABLE_REFUSALS.includes(o.error) && !o.gotHeaders),
  );
  expect(unclean.map(describeOutcome)).toEqual([]);
  // Once draining, no connection is kept alive for another request (the half-sent /ready
  // below shows it on a request that surely arrived while draining).
  const sentWhileDraining = outcomes.filter((o) => o.writtenAt !== undefined && o.writtenAt > drainSeenAt);
  expect(sentWhileDraining.filter((o) => completed(o) && !o.connectionClose).map(describeOutcome)).toEqual(
    [],
  );

  expect(ready.status).toBe(503);
  expect(JSON.parse(ready.body)).toEqual({ status: "unavailable", reason: "shutting down" });
  expect(ready.headers.connection).toBe("close");

  expect(code, server.output()).toBe(0);
  expect(server.output()).toContain("[api] stopped");
  expect(server.output()).not.toContain("unfinished");
  // Neither the shutdown timeout nor a keep-alive timeout had to end it.
  expect(stoppedAfterMs).toBeLessThan(15_000);

  // Nothing listens any more, and the database was closed cleanly: opened again, it needs no
  // migration and has all its data.
  await expect(fetch(`${server.url}/health`)).rejects.toThrow();
  const after = await inspectDatabase(database.config);
  expect(after.pendingMigrations).toEqual([]);
  expect(after.contactPoints).toBeGreaterThan(150);
}

describe("server start paths: SIGTERM under keep-alive load loses no request", () => {
  it("node apps/api/dist/server.js (production), from another working directory", async () => {
    const server = await startServerProcess("node", [builtServer], { cwd: "/", env: env() });
    // The bundle finds what it reads at run time: migrations, the widget, the demo page.
    expect((await fetch(`${server.url}/ready`)).status).toBe(200);
    const widget = await fetch(`${server.url}/widget/kausa-widget.js`);
    expect(widget.status).toBe(200);
    expect(widget.headers.get("content-type")).toContain("javascript");
    const demo = await fetch(`${server.url}/`);
    expect(demo.status).toBe(200);
    expect(await demo.text()).toContain("<kausa-finder");

    await stopUnderLoad(server);
  }, 120_000);

  it("pnpm --filter @kausa/api dev (development: node --import tsx, one process), SIGTERM sent to pnpm", async () => {
    const server = await startServerProcess("pnpm", ["--filter", "@kausa/api", "dev"], {
      cwd: repositoryRoot,
      env: env(),
    });
    expect(server.output()).toContain("[api] database:");
    await stopUnderLoad(server);
  }, 180_000);

  it("pnpm start (builds, then runs dist/server.js), SIGTERM sent to pnpm", async () => {
    const before = Date.now();
    const server = await startServerProcess("pnpm", ["start"], {
      cwd: repositoryRoot,
      env: env(),
      startTimeoutMs: 170_000,
    });
    // It ran what it had just built.
    expect(statSync(builtServer).mtimeMs).toBeGreaterThanOrEqual(before);
    // The README's start command serves the finder's demo and the admin app.
    for (const path of ["/", "/admin"]) {
      const page = await fetch(`${server.url}${path}`);
      expect(page.status, path).toBe(200);
      expect(page.headers.get("content-type"), path).toContain("text/html");
    }
    expect(await (await fetch(`${server.url}/admin/login`)).text()).toContain("<kausa-admin-app>");
    await stopUnderLoad(server);
  }, 240_000);
});
