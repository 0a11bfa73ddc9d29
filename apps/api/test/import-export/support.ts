import { readFile } from "node:fs/promises";
import path from "node:path";
import type { Database } from "@kausa/db";
import { type ImportFormat, type ImportType, readTable, runImport } from "@kausa/schema";

export const fixture = (name: string) => readFile(path.join(import.meta.dirname, "fixtures", name));

export const CLI_ACTOR = { userId: null, tokenId: null, label: "cli" };

/** Reads `data` and imports it as the command line would. */
export async function importFile(
  db: Database,
  type: ImportType,
  data: Buffer | string,
  options: { format?: ImportFormat; dryRun?: boolean; publish?: boolean } = {},
) {
  const table = await readTable(Buffer.from(data), options.format ?? "csv", type);
  const { report } = await runImport(db.prisma, {
    type,
    table,
    dryRun: options.dryRun ?? false,
    publish: options.publish,
    actor: CLI_ACTOR,
  });
  return report;
}

export const importAudits = (db: Database) => db.prisma.auditEntry.count({ where: { action: "IMPORT" } });
