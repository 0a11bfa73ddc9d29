import { Writable } from "node:stream";
import { createTestDatabase, type TestDatabase } from "@kausa/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../src/app.ts";
import { createLogger } from "../src/logging/logger.ts";

/** A log destination that keeps every line, parsed. */
function memoryLog() {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split("\n").filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  return { lines, logger: createLogger("info", stream) };
}

describe("structured request logs", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => database?.dispose());

  it("writes one JSON line per request with id, operation, status and duration, and no personal data", async () => {
    const { lines, logger } = memoryLog();
    const app = createApp({ db: database.db, rateLimit: false, logger, logRequests: true });
    const response = await app.fetch("http://localhost/graphql?debug=person@example.org", {
      method: "POST",
      headers: {
        "content-type": "application/json",
        cookie: "kausa_session=very-secret-cookie",
        "x-forwarded-for": "203.0.113.7",
      },
      body: JSON.stringify({
        query: "query Login2($email: String!) { places(search: $email) { name } }",
        operationName: "Login2",
        variables: { email: "person@example.org" },
      }),
    });
    expect(response.status).toBe(200);
    await expect.poll(() => lines.filter((l) => l.msg === "request").length).toBe(1);
    const line = lines.find((l) => l.msg === "request")!;
    expect(line).toMatchObject({
      level: "info",
      service: "kausa-api",
      requestId: response.headers.get("x-request-id"),
      method: "POST",
      path: "/graphql",
      operation: "Login2",
      status: 200,
    });
    expect(typeof line.durationMs).toBe("number");
    expect(typeof line.time).toBe("string");
    const text = JSON.stringify(lines);
    for (const secret of ["person@example.org", "very-secret-cookie", "203.0.113.7"])
      expect(text).not.toContain(secret);
    await app.dispose();
  });

  it("logs a made-up operation name as 'other', and nothing per request unless asked to", async () => {
    const { lines, logger } = memoryLog();
    const app = createApp({ db: database.db, rateLimit: false, logger, logRequests: true });
    await app.fetch("http://localhost/graphql", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "{ regions { key } }", operationName: "free text; DROP" }),
    });
    await expect.poll(() => lines.length).toBeGreaterThan(0);
    expect(lines.at(-1)).toMatchObject({ msg: "request", operation: "other", status: 400 });
    await app.dispose();

    const quiet = memoryLog();
    const plain = createApp({ db: database.db, rateLimit: false, logger: quiet.logger });
    expect((await plain.fetch("http://localhost/health")).status).toBe(200);
    expect(quiet.lines).toEqual([]);
    await plain.dispose();
  });
});
