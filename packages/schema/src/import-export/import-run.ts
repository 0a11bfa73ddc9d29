// An import: read → validate every row (report) → if nothing is wrong and it is no dry run,
// write all rows with their history entries in one transaction (all or nothing).
import type { EntityType, PrismaClient } from "@kausa/db";
import type { Actor, Tx } from "../editing/audit.ts";
import type { EditableModel } from "../editing/entity-model.ts";
import { contactPointModel } from "../editing/models/contact-point.ts";
import { offerModel } from "../editing/models/offer.ts";
import { partnerModel } from "../editing/models/partner.ts";
import { cellText } from "./cells.ts";
import { checkHeader } from "./import-header.ts";
import { type KeyedRow, planImport } from "./import-plan.ts";
import { boundRowResults, nameOfCells, type RowResultLimits, rowResult } from "./import-row-results.ts";
import { ImportConflictError, writePlan } from "./import-write.ts";
import type {
  ImportProblem,
  ImportProgress,
  ImportReport,
  ImportRowList,
  ImportRowResult,
  ImportType,
  Table,
} from "./types.ts";

export const IMPORT_MODELS: Record<ImportType, EditableModel> = {
  "contact-points": contactPointModel,
  partners: partnerModel,
  offers: offerModel,
};

export interface ImportOptions {
  type: ImportType;
  table: Table;
  dryRun: boolean;
  /** New rows (and stored drafts) become PUBLISHED instead of DRAFT. */
  publish?: boolean;
  actor: Actor;
  onProgress?: (progress: ImportProgress) => void;
  /** How much of the row-by-row list the result keeps (defaults in import-row-results.ts). */
  rowResultLimits?: RowResultLimits;
}

export interface ImportResult extends ImportRowList {
  report: ImportReport;
  entityType: EntityType;
  /** Rows created or updated (for cache invalidation); empty unless applied. */
  changedIds: string[];
}

/** Long enough for 50,000 rows on a slow disk; the caller's deadline may end it earlier. */
const TRANSACTION_TIMEOUT_MS = 30 * 60_000;

const byRow = (a: ImportProblem, b: ImportProblem) => (a.row ?? 0) - (b.row ?? 0);

/** Each row's key; a missing or repeated key is a problem of that row. */
function keyRows(
  table: Table,
  headerOf: Map<string, string>,
  problems: ImportProblem[],
  rowResults: ImportRowResult[],
): KeyedRow[] {
  const firstRowOf = new Map<string, number>();
  const keyed: KeyedRow[] = [];
  for (const { row, cells } of table.rows) {
    const byColumn = Object.fromEntries(
      [...headerOf].map(([column, header]) => [column, cells[header] ?? null]),
    );
    const key = cellText(byColumn.externalKey ?? null);
    if (key === null || firstRowOf.has(key))
      rowResults.push(rowResult(row, key, nameOfCells(byColumn), "PROBLEM"));
    if (key === null) {
      problems.push({
        row,
        column: "externalKey",
        code: "REQUIRED",
        message: "Every row needs an externalKey.",
      });
      continue;
    }
    const first = firstRowOf.get(key);
    if (first !== undefined) {
      problems.push({
        row,
        column: "externalKey",
        code: "DUPLICATE_KEY",
        message: `Same externalKey as row ${first}.`,
      });
      continue;
    }
    firstRowOf.set(key, row);
    keyed.push({ row, key, cells: byColumn });
  }
  return keyed;
}

export async function runImport(prisma: PrismaClient, options: ImportOptions): Promise<ImportResult> {
  const model = IMPORT_MODELS[options.type];
  const result = (
    report: Partial<ImportReport>,
    changedIds: string[] = [],
    list: ImportRowList = { rowResults: [], rowResultsTruncated: false },
  ): ImportResult => ({
    entityType: model.entityType,
    changedIds,
    ...list,
    report: {
      dryRun: options.dryRun,
      applied: false,
      rows: options.table.rows.length,
      created: 0,
      updated: 0,
      unchanged: 0,
      problems: [],
      ...report,
    },
  });
  const header = checkHeader(options.type, options.table.header);
  if (header.problems.length) return result({ problems: header.problems });
  const problems: ImportProblem[] = [];
  const unkeyed: ImportRowResult[] = [];
  const rows = keyRows(options.table, header.headerOf, problems, unkeyed);

  // Validation only reads: it runs before the transaction, which then holds nothing but the
  // writes (no idle time inside it; the writes check each row's version and key again).
  const plan = await planImport(prisma, rows, {
    ...options,
    model,
    columns: header.columns,
    publish: !!options.publish,
  });
  const counts = { created: plan.creates.length, updated: plan.updates.length, unchanged: plan.unchanged };
  const all = [...problems, ...plan.problems].sort(byRow);
  // The row list of what was found (a conflict while writing turns its row into PROBLEM).
  // Written ids only when applied.
  const listed = (found: ImportProblem[], writtenIds?: string[]) =>
    result(
      { ...counts, problems: found, applied: writtenIds !== undefined },
      writtenIds,
      boundRowResults([...unkeyed, ...plan.rowResults], found, options.rowResultLimits),
    );
  if (all.length || options.dryRun) return listed(all);
  try {
    const ids = await prisma.$transaction(
      (tx: Tx) => writePlan(tx, model, plan, options.actor, options.onProgress),
      {
        maxWait: 10_000,
        timeout: TRANSACTION_TIMEOUT_MS,
      },
    );
    return listed([], ids);
  } catch (error) {
    const conflict = error instanceof ImportConflictError ? error : uniqueKeyConflict(error);
    if (!conflict) throw error;
    const conflictProblem = { row: conflict.row, column: null, code: "CONFLICT", message: conflict.message };
    return listed([conflictProblem]);
  }
}

/** Another import or editor created a row with one of the file's keys meanwhile. */
function uniqueKeyConflict(error: unknown): ImportConflictError | undefined {
  return (error as { code?: string }).code === "P2002" ? new ImportConflictError(null) : undefined;
}
