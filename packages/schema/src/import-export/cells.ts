// Cell values → model input values. Spreadsheets bring typed cells (numbers, dates, booleans)
// and text written by people ("ja", "50,97", "01.03.2026"); each converter accepts both and
// says what it expected when it cannot read a cell.

import type { Cell } from "./types.ts";

export class CellError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** Text, trimmed; empty cells (and whitespace) are null. */
export function cellText(cell: Cell): string | null {
  if (cell === null) return null;
  if (cell instanceof Date) return cell.toISOString();
  const text = String(cell).trim();
  return text === "" ? null : text;
}

/** Excel turns "04600" into 4600: postcodes get their leading zeros back. */
export function cellPostcode(cell: Cell): string | null {
  const text = cellText(cell);
  return text && /^\d{1,4}$/.test(text) ? text.padStart(5, "0") : text;
}

/** A number; text may use a decimal comma ("50,97"). */
export function cellNumber(cell: Cell): number | null {
  if (typeof cell === "number") return cell;
  const text = cellText(cell);
  if (text === null) return null;
  const value = Number(text.replace(",", "."));
  if (!/^[-+]?\d/.test(text) || !Number.isFinite(value))
    throw new CellError("INVALID_NUMBER", "Not a number.");
  return value;
}

const TRUE = new Set(["true", "ja", "yes", "j", "y", "1", "x", "wahr"]);
const FALSE = new Set(["false", "nein", "no", "n", "0", "falsch"]);

export function cellBoolean(cell: Cell): boolean | null {
  if (typeof cell === "boolean") return cell;
  const text = cellText(cell)?.toLowerCase();
  if (text === undefined || text === null) return null;
  if (TRUE.has(text)) return true;
  if (FALSE.has(text)) return false;
  throw new CellError("INVALID_BOOLEAN", "Write ja or nein (yes/no, true/false), or leave the cell empty.");
}

/**
 * Values separated by ";". Codes and enum values contain no ",", so it separates them too;
 * keys (`separators: "keys"`) may contain one.
 */
export function cellList(cell: Cell, separators: "codes" | "keys" = "codes"): string[] {
  const text = cellText(cell);
  if (text === null) return [];
  return text
    .split(separators === "keys" ? /[;\n]/ : /[;,\n]/)
    .map((part) => part.trim())
    .filter(Boolean);
}

/** "training counselling" and "Training-Counselling" → TRAINING_COUNSELLING. */
export const enumValue = (text: string) =>
  text
    .trim()
    .toUpperCase()
    .replace(/[\s-]+/g, "_");

const GERMAN_DATE = /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:[ T,]+(\d{1,2}):(\d{2}))?$/;

/**
 * A date-time for the model (which parses ISO 8601): typed dates are used as they are,
 * "01.03.2026 09:00" becomes "2026-03-01T09:00:00Z"; anything else goes to the model's rule.
 */
export function cellDate(cell: Cell): string | null {
  if (cell instanceof Date) return cell.toISOString();
  const text = cellText(cell);
  if (text === null) return null;
  const german = GERMAN_DATE.exec(text);
  if (!german) return text;
  const [, day, month, year, hours = "00", minutes = "00"] = german;
  return `${year}-${month!.padStart(2, "0")}-${day!.padStart(2, "0")}T${hours.padStart(2, "0")}:${minutes}:00Z`;
}
