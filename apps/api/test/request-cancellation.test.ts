import { createServer, request as httpRequest } from "node:http";
import type { AddressInfo } from "node:net";
import { createTestDatabase, type TestDatabase } from "@kausa/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../src/app.ts";

// Work for a client that has gone stops: once the client disconnects, its request's database
// statements never start. To make "before the statement starts" deterministic, the database is
// held busy (one pooled connection, or PGlite's one-at-a-time line) while the client leaves.
let busy: TestDatabase;
beforeAll(async () => {
  busy = await createTestDatabase({ limits: { poolSize: 1 } });
});
afterAll(() => busy?.dispose());

const QUERY =
  '{ contactPoints(first: 50, filter: { search: "Beratung" }) { totalCount edges { node { name partner { name } offers { title { text } } } } } }';

async function waitFor(condition: () => boolean, what: string, timeoutMs = 10_000) {
  const until = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe("client disconnects", () => {
  it("never starts a statement for a client that has closed its connection", async () => {
    const server = createServer(createApp({ db: busy.db, rateLimit: false }));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    const statements: string[] = [];
    // The test's own statements are marked; every other one would be the request's.
    const OWN = "/* test */";
    const stop = busy.db.onQuery((sql) => {
      if (!sql.includes(OWN)) statements.push(sql);
    });
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    try {
      // Something else holds the database (outside any request: not bounded, not aborted).
      const holding = busy.db.transaction(async (tx) => {
        await tx.query(`SELECT 1 ${OWN}`);
        await held;
      });
      await waitFor(() => busy.db.load().active >= 1, "the holding transaction");

      let closed = false;
      const client = httpRequest({ host: "127.0.0.1", port, path: "/graphql", method: "POST" });
      client.setHeader("content-type", "application/json");
      client.on("error", () => {}); // destroyed on purpose
      client.on("close", () => {
        closed = true;
      });
      client.end(JSON.stringify({ query: QUERY }));
      await waitFor(() => busy.db.load().waiting >= 1, "the request's statement to wait its turn");
      client.destroy();
      await waitFor(() => closed, "the hang-up");
      // The server drops the abandoned statement from the line as soon as it notices.
      await waitFor(() => busy.db.load().waiting === 0, "the waiting statement to be dropped");
      release();
      await holding;
      // The database works on; nothing of the abandoned request ever ran.
      expect(await busy.db.query(`SELECT 1 AS one ${OWN}`)).toEqual([{ one: 1 }]);
      expect(statements).toEqual([]);

      // Control: the same request from a client that stays is answered in full.
      const full = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: QUERY }),
      });
      expect(full.status).toBe(200);
      expect(statements.length).toBeGreaterThanOrEqual(1);
    } finally {
      release();
      stop();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});
