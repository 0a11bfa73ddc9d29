import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.join(import.meta.dirname, "../..");

describe("the admin app's typed GraphQL documents", () => {
  it("are typed from the current schema.graphql (run `pnpm schema:write` after a schema change)", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "kausa-admin-tada-"));
    try {
      const fresh = path.join(dir, "graphql-env.d.ts");
      execFileSync("pnpm", ["exec", "gql-tada", "generate", "output", "--output", fresh], { cwd: root });
      expect(readFileSync(fresh, "utf8")).toBe(
        readFileSync(path.join(root, "src/api/generated/graphql-env.d.ts"), "utf8"),
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    // Starting gql.tada's CLI takes seconds on a busy machine.
  }, 60_000);
});
