import { createTestDatabase, type TestDatabase } from "@kausa/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../src/app.ts";
import { type ListeningServer, listenInProcess } from "./support/server-in-process.ts";
import { openSocket, parseRawResponse, rawRequest, readUntilClosed } from "./support/server-raw-http.ts";

// The Node HTTP server of the real app, over real sockets, with small limits from the same
// environment variables the server reads: slow and greedy clients are cut off in time.
const LIMITS = {
  HEADERS_TIMEOUT_MS: "400",
  REQUEST_TIMEOUT_MS: "1000",
  KEEP_ALIVE_TIMEOUT_MS: "400",
  MAX_CONNECTIONS_PER_CLIENT: "4",
};

let database: TestDatabase;
let app: ReturnType<typeof createApp>;
let server: ListeningServer;
beforeAll(async () => {
  // No query reaches the database here: an empty one is enough.
  database = await createTestDatabase({ seed: false });
  app = createApp({ db: database.db, rateLimit: false });
  server = await listenInProcess(app, LIMITS);
});
afterAll(async () => {
  await server?.close();
  await database?.dispose();
});

/** Polls until `condition` holds (no fixed sleeps), failing after `timeoutMs`. */
async function until(condition: () => boolean | Promise<boolean>, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error("condition not met in time");
    await new Promise((r) => setTimeout(r, 10));
  }
}

const connections = (s: ListeningServer) =>
  new Promise<number>((resolve, reject) => s.server.getConnections((e, n) => (e ? reject(e) : resolve(n))));

describe("slow clients", () => {
  it("closes a connection that sends only half its headers after HEADERS_TIMEOUT_MS (408)", async () => {
    const socket = await openSocket(server.url);
    const closed = readUntilClosed(socket);
    const start = Date.now();
    socket.write("GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ");
    const { raw, closedAt } = await closed;
    expect(closedAt - start).toBeGreaterThanOrEqual(350);
    expect(closedAt - start).toBeLessThan(3_000);
    expect(parseRawResponse(raw).status).toBe(408);
  });

  it("closes a connection that never sends a byte after HEADERS_TIMEOUT_MS", async () => {
    const start = Date.now();
    const { closedAt } = await readUntilClosed(await openSocket(server.url));
    expect(closedAt - start).toBeGreaterThanOrEqual(350);
    expect(closedAt - start).toBeLessThan(3_000);
  });

  it("cuts a body trickled one byte at a time after REQUEST_TIMEOUT_MS", async () => {
    const socket = await openSocket(server.url);
    const closed = readUntilClosed(socket);
    const start = Date.now();
    socket.write(
      "POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 200\r\n\r\n",
    );
    let trickled = 0;
    const trickle = setInterval(() => {
      if (!socket.destroyed && trickled < 200) {
        socket.write("{");
        trickled += 1;
      }
    }, 100);
    const { raw, closedAt } = await closed;
    clearInterval(trickle);
    expect(closedAt - start).toBeGreaterThanOrEqual(950);
    expect(closedAt - start).toBeLessThan(4_000);
    expect(trickled).toBeLessThan(200);
    expect(parseRawResponse(raw).status).toBe(408);
    // The server carries on.
    expect((await fetch(`${server.url}/health`)).status).toBe(200);
  });

  it("closes an idle keep-alive connection after KEEP_ALIVE_TIMEOUT_MS (plus Node's 1 s grace)", async () => {
    const socket = await openSocket(server.url);
    const closed = readUntilClosed(socket);
    let answeredAt = 0;
    socket.on("data", () => {
      answeredAt ||= Date.now();
    });
    socket.write("GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    const { raw, closedAt } = await closed;
    expect(parseRawResponse(raw).status).toBe(200);
    expect(parseRawResponse(raw).headers.connection).toBe("keep-alive");
    // Node waits keepAliveTimeout + 1 s, so a client reusing the connection at the advertised
    // deadline does not meet a closing socket.
    expect(closedAt - answeredAt).toBeGreaterThanOrEqual(350);
    expect(closedAt - answeredAt).toBeLessThan(4_000);
  });
});

describe("connections per client", () => {
  it("refuses the connection above MAX_CONNECTIONS_PER_CLIENT at once, and takes one again when one closes", async () => {
    // Default timeouts here, so that the held connections stay open for the whole test.
    const capped = await listenInProcess(app, { MAX_CONNECTIONS_PER_CLIENT: "4" });
    try {
      const held = await Promise.all([1, 2, 3, 4].map(() => openSocket(capped.url)));
      await until(async () => (await connections(capped)) === 4);

      const excess = await openSocket(capped.url);
      const refused = await readUntilClosed(excess);
      expect(refused.raw).toBe("");
      expect(await connections(capped)).toBe(4);
      expect(capped.logged.filter((line) => line.includes("refusing more"))).toHaveLength(1);

      // The held connections still work…
      const first = held[0]!;
      const answer = readUntilClosed(first);
      first.write("GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
      expect(parseRawResponse((await answer).raw).status).toBe(200);
      // …and once one is gone, a new connection is served.
      await until(async () => (await connections(capped)) === 3);
      const response = await rawRequest(
        capped.url,
        "GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n",
      );
      expect(response.status).toBe(200);
      for (const socket of held) socket.destroy();
    } finally {
      await capped.close();
    }
  });
});

describe("Host header and request target", () => {
  const leaks = /\bat [\w.<]|node_modules|\.[cm]?[jt]s\b|yoga|whatwg|graphql-|node:/i;

  it.each(["[::1", "a:b:c", "exa%mple", "x y", "", "host:99999"])(
    "answers Host %j with 400 and a short JSON body, no stack trace",
    async (host) => {
      const response = await rawRequest(
        server.url,
        `GET /graphql?query={__typename} HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`,
      );
      expect(response.status).toBe(400);
      expect(response.headers["content-type"]).toContain("application/json");
      expect(JSON.parse(response.body).errors[0].extensions.code).toBe("BAD_REQUEST");
      expect(response.raw).not.toMatch(leaks);
    },
  );

  it.each(["GET http://example.org/health HTTP/1.1", "OPTIONS * HTTP/1.1"])(
    "answers a target that is not a path (%s) with 400",
    async (requestLine) => {
      const response = await rawRequest(
        server.url,
        `${requestLine}\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`,
      );
      expect(response.status).toBe(400);
      expect(response.raw).not.toMatch(leaks);
    },
  );

  it.each(["127.0.0.1", "localhost:4000", "[::1]:4000", "api.kausa.example.org", "api_internal"])(
    "serves a valid Host %j",
    async (host) => {
      const response = await rawRequest(
        server.url,
        `GET /graphql?query={__typename} HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`,
      );
      expect(response.status).toBe(200);
      expect(JSON.parse(response.body)).toEqual({ data: { __typename: "Query" } });
    },
  );
});
