// Shared shapes of imports and exports.

/** The lists an import or export handles, named like their files ("contact-points.xlsx"). */
export const IMPORT_TYPES = ["contact-points", "partners", "offers"] as const;
export type ImportType = (typeof IMPORT_TYPES)[number];

export const IMPORT_FORMATS = ["csv", "xlsx"] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** One cell as read from CSV (always text) or XLSX (typed). Empty cells are null. */
export type Cell = string | number | boolean | Date | null;

/** A data row of the file: `row` is the spreadsheet row number (header = row 1). */
export interface TableRow {
  row: number;
  cells: Record<string, Cell>;
}

export interface Table {
  /** Header names as written in the file (trimmed). */
  header: string[];
  rows: TableRow[];
}

/** A problem of the import, placed like a spreadsheet user looks for it. Null row: the whole file. */
export interface ImportProblem {
  row: number | null;
  column: string | null;
  code: string;
  message: string;
}

/** What an import does (or, as a dry run, would do) with one data row of the file. */
export type ImportRowAction = "CREATE" | "UPDATE" | "UNCHANGED" | "PROBLEM";

export interface ImportRowResult {
  /** The spreadsheet row, as in `ImportProblem.row`. */
  row: number;
  /** The externalKey (or id) the row names; null when its cell is empty. */
  key: string | null;
  /** The entry's name (offers: the German title), from the row or else the stored entry. */
  name: string | null;
  action: ImportRowAction;
  /** For UPDATE: the fields that change (as in the history: input fields, status, districtKey). */
  changedFields: string[];
}

export interface ImportReport {
  dryRun: boolean;
  applied: boolean;
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  problems: ImportProblem[];
}

/** Every data row's result by row, bounded (import-row-results.ts): the first rows only. */
export interface ImportRowList {
  rowResults: ImportRowResult[];
  /** True when `rowResults` stops before the file's last row. */
  rowResultsTruncated: boolean;
}

/** Progress of a long import, for the CLI's bar. */
export interface ImportProgress {
  phase: "reading" | "validating" | "writing";
  done: number;
  total: number;
}

/** Thrown for a file that cannot be read at all (not a workbook, no header …). */
export class ImportFileError extends Error {
  constructor(
    message: string,
    readonly code = "UNREADABLE_FILE",
  ) {
    super(message);
    this.name = "ImportFileError";
  }
}
