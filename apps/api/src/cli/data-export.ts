// `pnpm data:export [--format backup|csv|xlsx|geojson] [--type contact-points|partners|offers] [--out FILE]`
// backup (default): every table but sessions, for `pnpm data:restore` (docs/import-export.md).
// csv, xlsx, geojson: the open-data export of one list (default contact-points), as served
// under /export/. Without --out the file goes to stdout.
//
// Exit codes: 0 written; 2 wrong usage; 1 anything else.
import { writeFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import {
  buildExport,
  type ExportFormat,
  exportFormatsOf,
  IMPORT_TYPES,
  type ImportType,
  writeBackup,
} from "@kausa/schema";
import { callerPath, openCliDatabase, runCli, UsageError } from "./data-cli.ts";

const USAGE = `Usage: pnpm data:export [--format backup|csv|xlsx|geojson] [--type contact-points|partners|offers] [--out FILE]

backup (default)   all tables except sessions, as JSON, for pnpm data:restore
csv|xlsx|geojson   the open-data export of one list (--type, default contact-points; geojson: contact points only)
Without --out the file is written to stdout.`;

async function main(): Promise<number> {
  let values: { format?: string; type?: string; out?: string };
  try {
    ({ values } = parseArgs({
      args: process.argv.slice(2).filter((arg, i) => !(arg === "--" && i === 0)),
      options: { format: { type: "string" }, type: { type: "string" }, out: { type: "string" } },
    }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const format = values.format ?? "backup";
  const type = (values.type ?? "contact-points") as ImportType;
  if (!(IMPORT_TYPES as readonly string[]).includes(type))
    throw new UsageError(`Unknown --type "${values.type}".`);
  if (format !== "backup" && !(exportFormatsOf(type) as string[]).includes(format)) {
    throw new UsageError(`No ${format} export of ${type}.`);
  }
  const db = await openCliDatabase({ referenceData: format !== "backup" });
  let body: Buffer;
  try {
    body =
      format === "backup"
        ? Buffer.from(await writeBackup(db))
        : (await buildExport(db.prisma, type, format as ExportFormat)).body;
  } finally {
    await db.close();
  }
  if (values.out) {
    const out = callerPath(values.out);
    await writeFile(out, body);
    console.error(`wrote ${out} (${body.length} bytes)`);
  } else {
    await new Promise<void>((resolve, reject) =>
      process.stdout.write(body, (e) => (e ? reject(e) : resolve())),
    );
  }
  return 0;
}

runCli(USAGE, main);
