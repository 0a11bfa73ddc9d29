// kill -9 during an import leaves no partial import: the CLI writes everything in one
// transaction, and PostgreSQL rolls back the transaction of a connection whose process died.
import { spawn } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { createTestDatabase, type TestDatabase } from "@kausa/db/testing";
import { toCsv } from "@kausa/schema";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BENCH_COLUMNS, syntheticContactPoints } from "../support/synthetic-import-rows.ts";

const ROWS = 20_000;
const CLI = path.resolve(import.meta.dirname, "../../src/cli/data-import.ts");

let test: TestDatabase;
let dir: string;
let file: string;

beforeAll(async () => {
  test = await createTestDatabase({ kind: "postgres" });
  dir = await mkdtemp(path.join(tmpdir(), "kausa-import-"));
  file = path.join(dir, "contact-points-big.csv");
  const partners = await test.db.prisma.partner.findMany({ select: { id: true }, take: 10 });
  await writeFile(
    file,
    toCsv(
      BENCH_COLUMNS,
      syntheticContactPoints(
        ROWS,
        partners.map((p) => p.id),
        "KILL",
      ),
    ),
  );
}, 60_000);

afterAll(async () => {
  await test?.dispose();
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** Runs the CLI; `onStderr` sees its progress as it comes. */
function runCli(onStderr: (text: string, kill: () => void) => void = () => {}) {
  const url = test.db.config.kind === "postgres" ? test.db.config.url : "";
  const child = spawn(process.execPath, ["--import", "tsx", CLI, file], {
    cwd: path.resolve(import.meta.dirname, "../.."),
    env: { ...process.env, DATABASE_URL: url, INIT_CWD: dir },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk) => {
    stdout += chunk;
  });
  child.stderr.on("data", (chunk) => {
    stderr += chunk;
    onStderr(stderr, () => child.kill("SIGKILL"));
  });
  return new Promise<{ code: number | null; signal: string | null; stdout: string; stderr: string }>(
    (resolve) => child.on("exit", (code, signal) => resolve({ code, signal, stdout, stderr })),
  );
}

const imported = () => test.db.prisma.contactPoint.count({ where: { externalKey: { startsWith: "KILL-" } } });
const importAudits = () => test.db.prisma.auditEntry.count({ where: { action: "IMPORT" } });

/** The killed process's connections, until PostgreSQL has noticed and ended them. */
async function waitForOtherSessionsToEnd() {
  for (;;) {
    const rows = await test.db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND state <> 'idle'",
    );
    if (rows[0]?.n === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe("an interrupted import (PostgreSQL)", () => {
  it("kill -9 while rows are being written leaves no row and no history entry", async () => {
    let killedWhileWriting = false;
    const result = await runCli((stderr, kill) => {
      if (!killedWhileWriting && /^writing \d+%/m.test(stderr)) {
        killedWhileWriting = true;
        kill();
      }
    });
    expect(result.signal).toBe("SIGKILL");
    expect(killedWhileWriting).toBe(true);
    expect(result.stdout).not.toContain("imported:"); // it had not finished
    await waitForOtherSessionsToEnd();
    expect(await imported()).toBe(0);
    expect(await importAudits()).toBe(0);
  }, 120_000);

  it("the same import run to the end writes every row (the file is valid)", async () => {
    const result = await runCli();
    expect(result.stdout).toContain(`imported: ${ROWS} rows — ${ROWS} new`);
    expect(result.code).toBe(0);
    expect(await imported()).toBe(ROWS);
    expect(await importAudits()).toBe(ROWS);
  }, 180_000);
});
