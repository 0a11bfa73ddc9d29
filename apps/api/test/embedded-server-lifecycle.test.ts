import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { applyMigrations, openDatabase } from "@kausa/db";
import { afterAll, describe, expect, it } from "vitest";

// Runs the real server process (src/server.ts) on the embedded default, on an ephemeral port.
const dataDir = mkdtempSync(path.join(tmpdir(), "kausa-server-"));
let server: ChildProcess | undefined;
afterAll(() => {
  server?.kill("SIGKILL");
  rmSync(dataDir, { recursive: true, force: true });
});

function start(): Promise<{ url: string; output: () => string }> {
  const tsx = path.join(import.meta.dirname, "../node_modules/.bin/tsx");
  server = spawn(tsx, ["src/server.ts"], {
    cwd: path.join(import.meta.dirname, ".."),
    env: {
      ...process.env,
      PORT: "0",
      HOST: "127.0.0.1",
      PGLITE_DATA_DIR: dataDir,
      DATABASE_URL: "",
      SAMPLE_DATA: "true",
    },
  });
  let output = "";
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 90_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /on (http:\/\/[^\s]+)\/graphql/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({ url: match[1] as string, output: () => output });
      }
    };
    server?.stdout?.on("data", onData);
    server?.stderr?.on("data", onData);
    server?.on("exit", (code) => reject(new Error(`server exited with ${code}:\n${output}`)));
  });
}

describe("server process", () => {
  it("starts on the embedded default, finishes in-flight requests on SIGTERM and closes the database", async () => {
    const { url, output } = await start();
    expect(output()).toContain("loaded SAMPLE data");
    expect((await fetch(`${url}/ready`)).status).toBe(200);

    // A request provably in flight: headers and half the body are sent before SIGTERM.
    const body = JSON.stringify({
      query: '{ contactPoints(first: 100, filter: { search: "Beratung" }) { totalCount } }',
    });
    const req = request(`${url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body) },
    });
    const response = new Promise<{ status: number; text: string }>((resolve, reject) => {
      req.on("response", (res) => {
        let text = "";
        res.on("data", (c) => {
          text += c;
        });
        res.on("end", () => resolve({ status: res.statusCode ?? 0, text }));
      });
      req.on("error", reject);
    });
    req.write(body.slice(0, 20));
    await new Promise((r) => setTimeout(r, 300));
    const exited = new Promise<number | null>((resolve) => server?.on("exit", resolve));
    server?.kill("SIGTERM");
    await new Promise((r) => setTimeout(r, 300));
    req.end(body.slice(20));
    const { status, text } = await response;
    expect(status).toBe(200);
    expect(JSON.parse(text).data.contactPoints.totalCount).toBeGreaterThan(0);
    expect(await exited).toBe(0);
    expect(output()).toContain("[api] stopped");

    // The data directory was closed cleanly: it opens again, migrated and seeded.
    const db = await openDatabase({ kind: "pglite", dataDir });
    expect(await applyMigrations(db)).toEqual([]);
    expect(await db.prisma.contactPoint.count()).toBeGreaterThan(150);
    await db.close();
  }, 120_000);
});
