// Writes dist/persisted-operations.json: { "<sha256 of the query text>": "<query text>" } for every
// operation in src/api/documents.ts, printed exactly as the widget prints them at run time
// (src/api/persisted.ts). The API loads the file and runs these operations by hash (GET, cacheable).
import { writeFileSync } from "node:fs";
import path from "node:path";
import * as documents from "../src/api/documents.ts";
import { persisted } from "../src/api/persisted.ts";

const manifest: Record<string, string> = {};
for (const value of Object.values(documents)) {
  if (!value || typeof value !== "object" || !("definitions" in value)) continue;
  const { text, hash } = persisted(value);
  manifest[await hash] = text;
}
const file = path.join(import.meta.dirname, "../dist/persisted-operations.json");
writeFileSync(file, `${JSON.stringify(manifest, null, 2)}\n`);
console.log(
  `[persisted-operations] ${Object.keys(manifest).length} operations → ${path.relative(process.cwd(), file)}`,
);
