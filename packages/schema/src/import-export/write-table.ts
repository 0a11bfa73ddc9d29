// Rows of cells → CSV text or an XLSX workbook (exports and templates).
import ExcelJS from "exceljs";
import type { ColumnSpec } from "./templates.ts";
import type { Cell } from "./types.ts";

export interface SheetData {
  name: string;
  columns: readonly ColumnSpec[] | readonly string[];
  rows: readonly Cell[][];
}

const names = (columns: SheetData["columns"]) => columns.map((c) => (typeof c === "string" ? c : c.name));

/**
 * Text a spreadsheet would run as a formula ("=HYPERLINK(…)", "@SUM(…)") gets a leading "'"
 * (OWASP CSV injection); the import removes it again.
 */
const protect = (text: string) => (/^[=@]/.test(text) ? `'${text}` : text);

function csvField(cell: Cell): string {
  if (cell === null) return "";
  const text = cell instanceof Date ? cell.toISOString() : protect(String(cell));
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** RFC 4180: comma-separated, CRLF line ends, UTF-8. */
export function toCsv(columns: SheetData["columns"], rows: readonly Cell[][]): string {
  const lines = [names(columns).map(csvField).join(","), ...rows.map((row) => row.map(csvField).join(","))];
  return `${lines.join("\r\n")}\r\n`;
}

/** One worksheet per sheet; the first row is the header, bold and frozen. */
export async function toXlsx(sheets: readonly SheetData[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  // A fixed date: the same data gives the same file (ETags, byte-equal backups of exports).
  workbook.created = new Date(0);
  workbook.modified = new Date(0);
  for (const sheet of sheets) {
    const ws = workbook.addWorksheet(sheet.name, { views: [{ state: "frozen", ySplit: 1 }] });
    const header = names(sheet.columns);
    ws.columns = header.map((name) => ({
      header: name,
      key: name,
      width: Math.min(40, Math.max(12, name.length + 2)),
    }));
    ws.getRow(1).font = { bold: true };
    for (const row of sheet.rows) ws.addRow(row.map((cell) => (cell === null ? null : cell)));
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
