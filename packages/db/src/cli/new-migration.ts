// Writes prisma/migrations/<timestamp>_<name>/migration.sql with the SQL that takes the
// committed schema (git HEAD) to the working copy's. `prisma migrate dev` and
// `migrate diff --from-migrations` need a shadow database, which the JS engine cannot provide,
// so the diff is between two datamodels. Hand-written SQL in earlier migrations (search
// indexes, triggers) is not part of either side and stays untouched.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { migrationsDir } from "../migrations/runner.ts";

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("usage: pnpm db:migration:new <snake_case_name>");
  process.exit(2);
}
const committed = path.join(mkdtempSync(path.join(tmpdir(), "kausa-schema-")), "schema.prisma");
writeFileSync(
  committed,
  execFileSync("git", ["show", "HEAD:prisma/schema.prisma"], { encoding: "utf8", cwd: "../.." }),
);
const sql = execFileSync(
  "prisma",
  [
    "migrate",
    "diff",
    "--from-schema-datamodel",
    committed,
    "--to-schema-datamodel",
    "../../prisma/schema.prisma",
    "--script",
  ],
  { encoding: "utf8", env: { ...process.env, PGLITE_DATA_DIR: "memory://", DATABASE_URL: "" } },
);
if (!/\b(CREATE|ALTER|DROP)\b/.test(sql)) {
  console.log("The schema matches the migrations: nothing to write.");
  process.exit(0);
}
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const dir = path.join(migrationsDir, `${stamp}_${name}`);
mkdirSync(dir, { recursive: true });
writeFileSync(path.join(dir, "migration.sql"), sql);
console.log(`wrote ${path.relative(process.cwd(), dir)}/migration.sql`);
