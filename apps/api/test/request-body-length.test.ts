import { createTestDatabase, type TestDatabase } from "@kausa/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../src/app.ts";
import { LIMITS } from "../src/security/limits.ts";
import { type ListeningServer, listenInProcess } from "./support/server-in-process.ts";
import { openSocket, readUntilClosed } from "./support/server-raw-http.ts";

// A body with a Content-Length on the real Node server: the body ends at that length, whatever
// follows on the socket is the next request, and a length over the limit is refused unread.

let database: TestDatabase;
let server: ListeningServer;
beforeAll(async () => {
  database = await createTestDatabase({ seed: false });
  server = await listenInProcess(createApp({ db: database.db, rateLimit: false }), {});
});
afterAll(async () => {
  await server?.close();
  await database?.dispose();
});

// Pipelined responses follow each other without a line break: status lines anywhere in the text.
const statuses = (raw: string) => [...raw.matchAll(/HTTP\/1\.1 (\d{3}) /g)].map((m) => Number(m[1]));

describe("a body with a Content-Length", () => {
  it("is read to that length only: what follows on the socket is the next request", async () => {
    const body = '{"query":"{ __typename }"}';
    const socket = await openSocket(server.url);
    const closed = readUntilClosed(socket);
    // Pipelined: had the server read past the announced length, the second request's bytes
    // would have become part of the first body (a JSON error) and the second never answered.
    socket.write(
      `POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}` +
        `GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`,
    );
    const { raw } = await closed;
    expect(statuses(raw)).toEqual([200, 200]);
    expect(raw).toContain('{"data":{"__typename":"Query"}}');
  });

  it("over the limit is refused before it is read (413)", async () => {
    const socket = await openSocket(server.url);
    const closed = readUntilClosed(socket);
    socket.end(
      `POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nConnection: close\r\n` +
        `Content-Length: ${LIMITS.maxBodyBytes + 1}\r\n\r\n{}`,
    );
    const { raw } = await closed;
    expect(statuses(raw)[0]).toBe(413);
  });
});
