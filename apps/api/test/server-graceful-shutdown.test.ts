import type { IncomingMessage } from "node:http";
import { connect } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { closeGracefully } from "../src/node/graceful-shutdown.ts";
import type { NodeFetchApp } from "../src/node/request-handler.ts";
import { type ListeningServer, listenInProcess } from "./support/server-in-process.ts";
import { openSocket, parseRawResponse, readUntilClosed } from "./support/server-raw-http.ts";

// Each step of the graceful shutdown, in one process with real sockets. The app is a stand-in
// whose /slow request finishes only when the test says so: "in flight" without timing guesses.
// (server-start-paths.test.ts does the same to the real server processes under load.)

function gatedApp() {
  let release!: () => void;
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  let entered!: () => void;
  const slowEntered = new Promise<void>((resolve) => {
    entered = resolve;
  });
  const app: NodeFetchApp = {
    async handleNodeRequestAndResponse(req: IncomingMessage) {
      if (req.url === "/slow") {
        entered();
        await released;
        return new Response("done");
      }
      return new Response(req.url === "/ready" ? "ready" : "ok");
    },
  };
  return { app, release, slowEntered };
}

let server: ListeningServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const never = new Promise<void>(() => {});
const noLog = { warn: () => {} };

async function until(condition: () => boolean | Promise<boolean>, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error("condition not met in time");
    await new Promise((r) => setTimeout(r, 10));
  }
}

const connectionCount = (s: ListeningServer) =>
  new Promise<number>((resolve, reject) => s.server.getConnections((e, n) => (e ? reject(e) : resolve(n))));

/** Resolves with the error code once a new connection is refused. */
const connectError = (url: string) =>
  new Promise<string | undefined>((resolve) => {
    const { hostname, port } = new URL(url);
    const socket = connect(Number(port), hostname);
    socket.once("connect", () => {
      socket.destroy();
      resolve(undefined);
    });
    socket.once("error", (e: NodeJS.ErrnoException) => resolve(e.code));
  });

describe("graceful shutdown of the HTTP server", () => {
  it("closes idle and silent connections at once, refuses new ones, answers /ready 503 and lets in-flight requests finish with Connection: close", async () => {
    const { app, release, slowEntered } = gatedApp();
    server = await listenInProcess(app, {});

    // An idle keep-alive connection (one request answered), one that has sent nothing, one with a
    // request in flight, and one with /ready headers half sent.
    const idle = await openSocket(server.url);
    const idleClosed = readUntilClosed(idle);
    let idleAnswer = "";
    idle.on("data", (chunk: string) => {
      idleAnswer += chunk;
    });
    idle.write("GET /fast HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    await until(() => idleAnswer.includes("ok"));
    expect(parseRawResponse(idleAnswer).headers.connection).toBe("keep-alive");

    const silent = await openSocket(server.url);
    const silentClosed = readUntilClosed(silent);
    const slow = await openSocket(server.url);
    const slowAnswer = readUntilClosed(slow);
    slow.write("GET /slow HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    await slowEntered;
    const ready = await openSocket(server.url);
    const readyAnswer = readUntilClosed(ready);
    ready.write("GET /ready HTTP/1.1\r\nHost: 127.0.0.1\r\n");
    await until(async () => (await connectionCount(server!)) === 4);

    const stopping = closeGracefully(server, 10_000, never, noLog);
    const startedAt = Date.now();

    // Idle and silent connections close at once, without a byte more.
    const [idleResult, silentResult] = await Promise.all([idleClosed, silentClosed]);
    expect(idleResult.closedAt - startedAt).toBeLessThan(1_000);
    expect(idleResult.raw).toBe(idleAnswer);
    expect(silentResult.raw).toBe("");
    // No new connections.
    await until(async () => (await connectError(server!.url)) === "ECONNREFUSED");

    // A request arriving on a connection that was already sending it: /ready says 503.
    ready.write("\r\n");
    const readyResponse = parseRawResponse((await readyAnswer).raw);
    expect(readyResponse.status).toBe(503);
    expect(readyResponse.headers.connection).toBe("close");

    // The request in flight finishes, and its connection closes after it.
    release();
    const slowResponse = parseRawResponse((await slowAnswer).raw);
    expect(slowResponse.status).toBe(200);
    expect(slowResponse.body).toBe("done");
    expect(slowResponse.headers.connection).toBe("close");

    expect(await stopping).toEqual({ forced: false });
  });

  it("cuts requests still running after the timeout, and says so", async () => {
    const { app, slowEntered } = gatedApp();
    server = await listenInProcess(app, {});
    const slow = await openSocket(server.url);
    const slowAnswer = readUntilClosed(slow);
    slow.write("GET /slow HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    await slowEntered;

    const warnings: string[] = [];
    const startedAt = Date.now();
    const result = await closeGracefully(server, 300, never, { warn: (m) => warnings.push(m) });
    expect(result).toEqual({ forced: true });
    expect(Date.now() - startedAt).toBeGreaterThanOrEqual(290);
    expect((await slowAnswer).raw).toBe("");
    expect(warnings).toEqual([expect.stringContaining("1 request(s) unfinished")]);
  });

  it("cuts at once on a second signal", async () => {
    const { app, slowEntered } = gatedApp();
    server = await listenInProcess(app, {});
    const slow = await openSocket(server.url);
    const slowAnswer = readUntilClosed(slow);
    slow.write("GET /slow HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    await slowEntered;

    const startedAt = Date.now();
    const result = await closeGracefully(server, 60_000, Promise.resolve(), noLog);
    expect(result).toEqual({ forced: true });
    expect(Date.now() - startedAt).toBeLessThan(5_000);
    expect((await slowAnswer).raw).toBe("");
  });
});
