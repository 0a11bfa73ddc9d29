// Writes the SDL to schema.graphql at the repository root; with --check, fails when the
// committed file differs from the code (CI runs the check, so the public contract is reviewed).
import { readFileSync, writeFileSync } from "node:fs";
import { repositoryRoot } from "@kausa/db";
import { lexicographicSortSchema, printSchema } from "graphql";
import { schema } from "../schema.ts";

const file = `${repositoryRoot}/schema.graphql`;
const sdl = `${printSchema(lexicographicSortSchema(schema))}\n`;
if (process.argv.includes("--check")) {
  let committed = "";
  try {
    committed = readFileSync(file, "utf8");
  } catch {}
  if (committed !== sdl) {
    console.error("schema.graphql is out of date with the code. Run `pnpm schema:write` and commit it.");
    process.exit(1);
  }
  console.log("schema.graphql is up to date.");
} else {
  writeFileSync(file, sdl);
  console.log(`wrote ${file}`);
}
