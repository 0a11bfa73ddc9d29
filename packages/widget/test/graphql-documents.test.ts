import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { OFFER_KINDS, SERVICES, TARGET_GROUPS } from "../src/i18n/enum-options.ts";

const root = path.join(import.meta.dirname, "..");
const schemaText = readFileSync(path.join(root, "../../schema.graphql"), "utf8");

describe("typed GraphQL documents", () => {
  it("are typed from the current schema.graphql (run `pnpm graphql:generate` after a schema change)", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "kausa-tada-"));
    try {
      const fresh = path.join(dir, "graphql-env.d.ts");
      execFileSync("pnpm", ["exec", "gql-tada", "generate", "output", "--output", fresh], { cwd: root });
      expect(readFileSync(fresh, "utf8")).toBe(
        readFileSync(path.join(root, "src/api/generated/graphql-env.d.ts"), "utf8"),
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("offer exactly the schema's enum values in the filter form", () => {
    // An enum in the SDL: `enum Name {` then one value per line (descriptions in quotes).
    const values = (name: string) =>
      (new RegExp(`^enum ${name} \\{([^}]*)\\}`, "m").exec(schemaText)?.[1] ?? "")
        .split("\n")
        .map((line) => line.trim())
        .filter((line) => /^[A-Z][A-Z0-9_]*$/.test(line))
        .sort();
    expect(values("Service").length).toBeGreaterThan(5);
    expect([...SERVICES].sort()).toEqual(values("Service"));
    expect([...TARGET_GROUPS].sort()).toEqual(values("TargetGroup"));
    expect([...OFFER_KINDS].sort()).toEqual(values("OfferKind"));
  });
});
