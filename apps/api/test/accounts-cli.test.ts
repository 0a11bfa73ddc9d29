import { spawn } from "node:child_process";
import path from "node:path";
import { openDatabase } from "@kausa/db";
import { verifyLogin } from "@kausa/schema";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createServerDatabase, type ServerDatabase } from "./support/server-database.ts";

const apiDir = path.resolve(import.meta.dirname, "..");
const cli = path.join(apiDir, "src/cli/users-create.ts");
const PASSWORD = "Thüringer Wald im Herbst";

/** Runs the command as `pnpm users:create` does (tsx, in apps/api), with stdin and the test database. */
function usersCreate(args: string[], env: Record<string, string>, stdin?: string) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", cli, ...args], {
      cwd: apiDir,
      env: { ...process.env, ...env },
      stdio: ["pipe", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => {
      stdout += d;
    });
    child.stderr.on("data", (d) => {
      stderr += d;
    });
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
    if (stdin !== undefined) child.stdin.end(stdin);
    else child.stdin.end();
  });
}

describe("pnpm users:create", () => {
  let database: ServerDatabase;
  beforeAll(async () => {
    database = await createServerDatabase();
  });
  afterAll(() => database.dispose());

  it("creates the first admin on a fresh database (migrations applied), password from stdin", async () => {
    const result = await usersCreate(
      [
        "--email",
        "Erste.Admin@KAUSA.example",
        "--role",
        "admin",
        "--name",
        "Erste Admin",
        "--password-stdin",
      ],
      database.env,
      `${PASSWORD}\n`,
    );
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Created ADMIN account erste\.admin@kausa\.example/);
    expect(result.stdout).not.toContain(PASSWORD);

    const db = await openDatabase(database.config);
    try {
      const user = await verifyLogin(db, "erste.admin@kausa.example", PASSWORD);
      expect(user).toMatchObject({ role: "ADMIN", name: "Erste Admin" });
      expect(user!.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
      const audit = await db.prisma.auditEntry.findMany({ where: { entityId: user!.id } });
      expect(audit.map((a) => [a.action, a.actorLabel])).toEqual([["CREATE", "cli:users:create"]]);
      expect(JSON.stringify(audit)).not.toContain(PASSWORD);
    } finally {
      await db.close();
    }
  });

  it("refuses a taken address, a weak password, a partner editor without partner (exit 2)", async () => {
    const taken = await usersCreate(
      ["--email", "erste.admin@kausa.example", "--role", "EDITOR", "--password-stdin"],
      database.env,
      PASSWORD,
    );
    expect(taken.code).toBe(2);
    expect(taken.stderr).toMatch(/exists already/);

    const weak = await usersCreate(
      ["--email", "zwei@kausa.example", "--role", "EDITOR", "--password-stdin"],
      database.env,
      "passwort1234",
    );
    expect(weak.code).toBe(2);
    expect(weak.stderr).toMatch(/common/);

    const partnerless = await usersCreate(
      ["--email", "drei@kausa.example", "--role", "PARTNER_EDITOR", "--password-stdin"],
      database.env,
      PASSWORD,
    );
    expect(partnerless.code).toBe(2);
    expect(partnerless.stderr).toMatch(/partnerId/);
  });

  it("creates a partner editor for an existing partner", async () => {
    const db = await openDatabase(database.config);
    const partner = await db.prisma.partner.findFirst({ select: { id: true } });
    await db.close();
    const result = await usersCreate(
      [
        "--",
        "--email",
        "partner@kausa.example",
        "--role",
        "PARTNER_EDITOR",
        "--partner",
        partner!.id,
        "--password-stdin",
      ],
      database.env,
      PASSWORD,
    );
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
  });

  it("explains its usage: missing options, unknown options, no terminal for the prompt (exit 2)", async () => {
    const missing = await usersCreate(["--role", "ADMIN", "--password-stdin"], database.env, PASSWORD);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/--email is required[\s\S]*Usage: pnpm users:create/);
    const badRole = await usersCreate(["--email", "x@kausa.example", "--role", "BOSS"], database.env);
    expect(badRole.code).toBe(2);
    expect(badRole.stderr).toMatch(/--role must be/);
    const unknown = await usersCreate(
      ["--email", "x@kausa.example", "--role", "ADMIN", "--pasword", "x"],
      database.env,
    );
    expect(unknown.code).toBe(2);
    const noTerminal = await usersCreate(["--email", "x@kausa.example", "--role", "ADMIN"], database.env);
    expect(noTerminal.code).toBe(2);
    expect(noTerminal.stderr).toMatch(/--password-stdin/);
    const help = await usersCreate(["--help"], database.env);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/Usage/);
  });

  it("exits 1 with one line when the database cannot be opened", async () => {
    const result = await usersCreate(
      ["--email", "x@kausa.example", "--role", "ADMIN", "--password-stdin"],
      { DATABASE_URL: "postgres://postgres@127.0.0.1:1/nothing" },
      PASSWORD,
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^users:create failed: /);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});
