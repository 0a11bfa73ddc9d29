import type { Database } from "@kausa/db";
import type { Plugin } from "graphql-yoga";

/** Open-data downloads of the public directory (filled in by the import/export work). */
export function openDataExport(_db: Database): Plugin {
  return {};
}
