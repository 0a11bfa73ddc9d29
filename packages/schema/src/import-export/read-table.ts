// CSV and XLSX files → header and rows of typed cells. Row numbers are the spreadsheet's
// (header = 1), so a report points at the row staff see in Excel.
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { type Cell, ImportFileError, type ImportFormat, type Table, type TableRow } from "./types.ts";

/** More rows than any real list has; the bound keeps one import's memory and time in reach. */
export const MAX_IMPORT_ROWS = 50_000;

export async function readTable(data: Buffer, format: ImportFormat, sheetName?: string): Promise<Table> {
  const records = format === "csv" ? readCsv(data) : await readXlsx(data, sheetName);
  const [headerRecord, ...rest] = records;
  if (!headerRecord?.cells.some((cell) => cell !== null)) {
    throw new ImportFileError("The file has no header row (the first row names the columns).", "NO_HEADER");
  }
  if (rest.length > MAX_IMPORT_ROWS) {
    throw new ImportFileError(`The file has more than ${MAX_IMPORT_ROWS} rows; split it.`, "TOO_MANY_ROWS");
  }
  const header = headerRecord.cells.map((cell) => (cell === null ? "" : String(cell).trim()));
  const rows: TableRow[] = [];
  for (const record of rest) {
    if (record.cells.every((cell) => cell === null)) continue;
    const cells: Record<string, Cell> = {};
    header.forEach((name, index) => {
      if (name) cells[name] = record.cells[index] ?? null;
    });
    rows.push({ row: record.row, cells });
  }
  return { header, rows };
}

interface RawRecord {
  row: number;
  cells: Cell[];
}

/** The delimiter of the header line: German Excel writes ";", most tools ",". */
function detectDelimiter(text: string): string {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const counts = [";", ",", "\t"].map((d) => [d, firstLine.split(d).length] as const);
  return counts.reduce((best, next) => (next[1] > best[1] ? next : best))[0];
}

/** Cells that exports protect against spreadsheet formulas ("'=…") get their text back. */
const unprotect = (text: string) => (/^'[=@]/.test(text) ? text.slice(1) : text);

function readCsv(data: Buffer): RawRecord[] {
  const text = data.toString("utf8").replace(/^\uFEFF/, "");
  if (text.includes("\u0000")) throw new ImportFileError("This is not a text (CSV) file.");
  let records: string[][];
  try {
    records = parse(text, {
      delimiter: detectDelimiter(text),
      relax_column_count: true,
      skip_empty_lines: false,
    });
  } catch (error) {
    throw new ImportFileError(`The CSV file cannot be read: ${(error as Error).message}`);
  }
  return records.map((cells, index) => ({
    row: index + 1,
    cells: cells.map((cell) => (cell.trim() === "" ? null : unprotect(cell))),
  }));
}

async function readXlsx(data: Buffer, sheetName?: string): Promise<RawRecord[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs' type names an older Buffer; the bytes are what it reads.
    await workbook.xlsx.load(data as unknown as ExcelJS.Buffer);
  } catch {
    throw new ImportFileError("This is not an Excel workbook (.xlsx).");
  }
  const sheet =
    (sheetName && workbook.worksheets.find((ws) => ws.name.toLowerCase() === sheetName.toLowerCase())) ||
    workbook.worksheets[0];
  if (!sheet) throw new ImportFileError("The workbook has no worksheet.");
  const records: RawRecord[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const values = row.values as unknown[];
    const cells: Cell[] = [];
    // row.values is 1-based: index 0 is always empty.
    for (let i = 1; i < values.length; i++) cells.push(xlsxCell(values[i]));
    records.push({ row: rowNumber, cells });
  });
  return records;
}

/** exceljs' cell values (rich text, hyperlinks, formulas …) → plain cells. */
function xlsxCell(value: unknown): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === "string") return value.trim() === "" ? null : value;
  if (typeof value === "number" || typeof value === "boolean" || value instanceof Date) return value;
  if (typeof value === "object") {
    const v = value as Record<string, unknown>;
    if (Array.isArray(v.richText))
      return xlsxCell(v.richText.map((part: { text?: string }) => part.text ?? "").join(""));
    if ("result" in v) return xlsxCell(v.result);
    if ("text" in v) return xlsxCell(v.text);
    if ("error" in v) return String(v.error);
  }
  return null;
}

/** Every worksheet's name and rows of plain cells (tests, and tools that inspect a workbook). */
export async function readWorkbook(data: Buffer): Promise<{ name: string; rows: Cell[][] }[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(data as unknown as ExcelJS.Buffer);
  return workbook.worksheets.map((sheet) => {
    const rows: Cell[][] = [];
    sheet.eachRow({ includeEmpty: true }, (row) => {
      rows.push((row.values as unknown[]).slice(1).map(xlsxCell));
    });
    return { name: sheet.name, rows };
  });
}
