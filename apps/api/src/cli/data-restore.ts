// `pnpm data:restore FILE [--yes]`: replaces the whole database content with a backup from
// `pnpm data:export` — in one transaction, so a failure (or kill) leaves the database as it
// was. Every session ends. On a terminal it asks first unless --yes is given. Stop the server
// first when it uses PGlite (one process per data directory).
//
// Exit codes: 0 restored; 2 wrong usage, not a backup, or not confirmed; 1 anything else.
import { readFile } from "node:fs/promises";
import { createInterface } from "node:readline/promises";
import { parseArgs } from "node:util";
import { parseBackup, restoreBackup } from "@kausa/schema";
import { callerPath, openCliDatabase, runCli, UsageError } from "./data-cli.ts";

const USAGE = `Usage: pnpm data:restore FILE [--yes]

Replaces ALL data (content, accounts, tokens, history) with the backup's. Sessions end.`;

async function confirmed(): Promise<boolean> {
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  try {
    const answer = await rl.question('This replaces all data in the database. Type "yes" to go on: ');
    return answer.trim().toLowerCase() === "yes";
  } finally {
    rl.close();
  }
}

async function main(): Promise<number> {
  let parsed: { values: { yes?: boolean }; positionals: string[] };
  try {
    parsed = parseArgs({
      args: process.argv.slice(2).filter((arg, i) => !(arg === "--" && i === 0)),
      options: { yes: { type: "boolean" } },
      allowPositionals: true,
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (parsed.positionals.length !== 1) throw new UsageError("Name one FILE.");
  const file = callerPath(parsed.positionals[0]!);
  const text = await readFile(file, "utf8").catch(() => {
    throw new UsageError(`Cannot read "${file}".`);
  });
  try {
    parseBackup(text);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (!parsed.values.yes && process.stdin.isTTY && !(await confirmed())) {
    console.error("Not restored.");
    return 2;
  }
  const db = await openCliDatabase({ referenceData: false });
  try {
    const { tables, rows } = await restoreBackup(db, text);
    console.log(`restored ${rows} rows in ${tables} tables from ${file}`);
    return 0;
  } finally {
    await db.close();
  }
}

runCli(USAGE, main);
