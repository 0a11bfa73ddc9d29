export { parseBackup, restoreBackup, writeBackup } from "./backup.ts";
export {
  buildExport,
  buildTemplate,
  CONTENT_TYPES,
  type ExportFile,
  type ExportFormat,
  exportFormatsOf,
} from "./export-files.ts";
export { MAX_ROW_RESULT_BYTES, MAX_ROW_RESULTS, type RowResultLimits } from "./import-row-results.ts";
export { IMPORT_MODELS, type ImportOptions, type ImportResult, runImport } from "./import-run.ts";
export { DIRECTORY_LICENCE, DIRECTORY_LICENCE_URL } from "./licence.ts";
export { MAX_IMPORT_ROWS, readTable, readWorkbook } from "./read-table.ts";
export { type ColumnSpec, importColumns, TEMPLATES } from "./templates.ts";
export * from "./types.ts";
export { type SheetData, toCsv, toXlsx } from "./write-table.ts";
