// `pnpm data:import FILE [--dry-run] [--type contact-points|partners|offers] [--publish]`:
// imports a CSV or XLSX list (docs/import-export.md) as the command line ("cli" in the history).
// All rows are written in one transaction, or none: with any problem, or when the process is
// stopped (even kill -9), the database is as before.
//
// Exit codes: 0 imported (or dry run without problems); 1 problems found, nothing applied, or
// the database failed; 2 wrong usage or unreadable file.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import {
  IMPORT_TYPES,
  ImportFileError,
  type ImportFormat,
  type ImportReport,
  type ImportType,
  readTable,
  runImport,
} from "@kausa/schema";
import { callerPath, openCliDatabase, runCli, UsageError } from "./data-cli.ts";
import { progressBar } from "./progress-bar.ts";

const USAGE = `Usage: pnpm data:import FILE [--dry-run] [--type contact-points|partners|offers] [--publish]

FILE is .csv or .xlsx in the template's columns (GET /export/templates/<type>.xlsx).
The type comes from --type or the file name (contact-points…, partners…, offers…).
--dry-run   validate and report, write nothing
--publish   new rows (and stored drafts) become PUBLISHED instead of DRAFT`;

const CLI_ACTOR = { userId: null, tokenId: null, label: "cli" };

/** "Anlaufstellen-2026.xlsx" → contact-points; checked in this order (no name holds two). */
const TYPE_NAMES: [RegExp, ImportType][] = [
  [/contact[-_ ]?points?|anlaufstellen|kontaktstellen/i, "contact-points"],
  [/offers?|angebote/i, "offers"],
  [/partners?/i, "partners"],
];

function typeOf(file: string, flag: string | undefined): ImportType {
  if (flag) {
    if (!(IMPORT_TYPES as readonly string[]).includes(flag))
      throw new UsageError(`Unknown --type "${flag}".`);
    return flag as ImportType;
  }
  const found = TYPE_NAMES.find(([pattern]) => pattern.test(path.basename(file)));
  if (!found) throw new UsageError(`Cannot tell the list type from "${path.basename(file)}": add --type.`);
  return found[1];
}

function formatOf(file: string): ImportFormat {
  const extension = path.extname(file).toLowerCase();
  if (extension === ".csv") return "csv";
  if (extension === ".xlsx") return "xlsx";
  throw new UsageError(`"${path.basename(file)}" is neither .csv nor .xlsx.`);
}

function printReport(report: ImportReport) {
  const verb = report.applied ? "imported" : report.dryRun ? "dry run" : "NOT applied";
  console.log(
    `${verb}: ${report.rows} rows — ${report.created} new, ${report.updated} updated, ${report.unchanged} unchanged, ${report.problems.length} problems`,
  );
  for (const p of report.problems) {
    console.log(`  row ${p.row ?? "-"}${p.column ? `, ${p.column}` : ""}: ${p.code} — ${p.message}`);
  }
}

async function main(): Promise<number> {
  let parsed: ReturnType<typeof parse>;
  const parse = () =>
    parseArgs({
      args: process.argv.slice(2).filter((arg, i) => !(arg === "--" && i === 0)),
      options: { "dry-run": { type: "boolean" }, type: { type: "string" }, publish: { type: "boolean" } },
      allowPositionals: true,
    });
  try {
    parsed = parse();
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (parsed.positionals.length !== 1) throw new UsageError("Name one FILE.");
  const file = callerPath(parsed.positionals[0]!);
  const type = typeOf(file, parsed.values.type);
  const format = formatOf(file);
  const data = await readFile(file).catch(() => {
    throw new UsageError(`Cannot read "${file}".`);
  });
  console.error(`reading ${path.basename(file)} (${type}, ${format.toUpperCase()}) …`);
  let table: Awaited<ReturnType<typeof readTable>>;
  try {
    table = await readTable(data, format, type);
  } catch (error) {
    if (error instanceof ImportFileError) throw new UsageError(error.message);
    throw error;
  }
  const db = await openCliDatabase();
  const bar = progressBar();
  try {
    const { report } = await runImport(db.prisma, {
      type,
      table,
      dryRun: parsed.values["dry-run"] === true,
      publish: parsed.values.publish === true,
      actor: CLI_ACTOR,
      onProgress: (progress) => bar.update(progress),
    });
    bar.finish();
    printReport(report);
    return report.problems.length ? 1 : 0;
  } finally {
    await db.close();
  }
}

runCli(USAGE, main);
