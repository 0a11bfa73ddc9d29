// The import report's row-by-row list: what happens to each data row, named by key and name so
// that a person can find it in the file. Bounded, because a file may hold 50,000 rows and the
// API's answers are limited in size (apps/api/src/security/limits.ts: maxResponseBytes).
import type { Snapshot } from "../editing/audit.ts";
import { cellText } from "./cells.ts";
import type { Cell, ImportProblem, ImportRowAction, ImportRowResult } from "./types.ts";

/** Rows listed in one report; `rows` and the counts cover them all. */
export const MAX_ROW_RESULTS = 2_000;
/**
 * The list's share of an answer (serialised JSON). 2,000 typical rows take about 250 KB; long
 * names in a script of three UTF-8 bytes per character, with many changed fields, could reach
 * 2 MB, so the list ends early instead. Problems (at most 1,000) and the counts take the rest.
 */
export const MAX_ROW_RESULT_BYTES = 1_000_000;
/** Keys and names are shown, not edited: longer ones are cut (a bad row's cell may be huge). */
const MAX_TEXT = 100;

export interface RowResultLimits {
  rows?: number;
  bytes?: number;
}

const clip = (text: string | null): string | null =>
  text !== null && text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT - 1)}…` : text;

/** The entry's name in stored or parsed values: `name`, or for offers the German `title`. */
export function nameOfValues(values: Snapshot | null): string | null {
  if (!values) return null;
  if (typeof values.name === "string") return values.name;
  const title = values.title as { de?: unknown } | null | undefined;
  return typeof title?.de === "string" ? title.de : null;
}

/** The entry's name as the file's row writes it (template columns `name` or `title_de`). */
export function nameOfCells(cells: Record<string, Cell>): string | null {
  return cellText(cells.name ?? null) ?? cellText(cells.title_de ?? null);
}

export function rowResult(
  row: number,
  key: string | null,
  name: string | null,
  action: ImportRowAction,
  changedFields: string[] = [],
): ImportRowResult {
  return { row, key: clip(key), name: clip(name), action, changedFields };
}

/**
 * Sorted by row; a row named by a problem (a conflict found while writing) becomes PROBLEM.
 * Then cut to the first rows that fit the limits.
 */
export function boundRowResults(
  results: readonly ImportRowResult[],
  problems: readonly ImportProblem[],
  limits: RowResultLimits = {},
): { rowResults: ImportRowResult[]; rowResultsTruncated: boolean } {
  const maxRows = limits.rows ?? MAX_ROW_RESULTS;
  const maxBytes = limits.bytes ?? MAX_ROW_RESULT_BYTES;
  const badRows = new Set(problems.map((p) => p.row));
  const sorted = [...results].sort((a, b) => a.row - b.row);
  const rowResults: ImportRowResult[] = [];
  let bytes = 0;
  for (const result of sorted) {
    if (rowResults.length >= maxRows) break;
    const shown: ImportRowResult =
      badRows.has(result.row) && result.action !== "PROBLEM"
        ? { ...result, action: "PROBLEM", changedFields: [] }
        : result;
    bytes += Buffer.byteLength(JSON.stringify(shown)) + 1;
    if (bytes > maxBytes) break;
    rowResults.push(shown);
  }
  return { rowResults, rowResultsTruncated: rowResults.length < sorted.length };
}
