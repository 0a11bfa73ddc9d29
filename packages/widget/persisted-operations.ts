// The widget's trusted documents for the API server: hash → query text, written by the build
// (scripts/persisted-operations.ts). Empty until the widget is built.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const file = fileURLToPath(new URL("./dist/persisted-operations.json", import.meta.url));

export function loadPersistedOperations(): Record<string, string> {
  try {
    return JSON.parse(readFileSync(file, "utf8")) as Record<string, string>;
  } catch {
    return {};
  }
}
