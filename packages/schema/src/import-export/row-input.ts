// One spreadsheet row → the model input of one entry (the same input a GraphQL edit sends).
import type { Snapshot } from "../editing/audit.ts";
import {
  CellError,
  cellBoolean,
  cellDate,
  cellList,
  cellNumber,
  cellPostcode,
  cellText,
  enumValue,
} from "./cells.ts";
import { parseOpeningHoursCell } from "./opening-hours-cell.ts";
import type { ColumnSpec } from "./templates.ts";
import type { Cell, ImportProblem } from "./types.ts";

/** Keys of the rows that other rows name (partnerKey, contactPointKeys) → ids. */
export interface KeyLookup {
  partnerId(key: string): string | undefined;
  contactPointId(key: string): string | undefined;
}

export interface RowInput {
  input: Record<string, unknown>;
  problems: ImportProblem[];
}

/**
 * Reads the row's cells of the `columns` present in the file. A column missing from the file
 * leaves the field out (an update keeps the stored value); an empty cell clears it. Localized
 * texts merge with the stored languages whose columns the file does not have.
 */
export function rowToInput(
  row: number,
  columns: readonly ColumnSpec[],
  cells: Record<string, Cell>,
  keys: KeyLookup,
  current: Snapshot | null,
): RowInput {
  const input: Record<string, unknown> = {};
  const problems: ImportProblem[] = [];
  const texts: Record<string, Record<string, string | null>> = {};
  for (const column of columns) {
    const cell = cells[column.name] ?? null;
    try {
      if (column.kind === "localized") {
        texts[column.field] ??= {};
        texts[column.field]![column.locale!] = cellText(cell);
      } else {
        input[column.field] = readCell(column, cell, keys);
      }
    } catch (error) {
      if (!(error instanceof CellError)) throw error;
      problems.push({ row, column: column.name, code: error.code, message: error.message });
    }
  }
  for (const [field, given] of Object.entries(texts)) {
    const stored = (current?.[field] as Record<string, string> | null | undefined) ?? {};
    const merged = Object.entries({ ...stored, ...given }).filter(([, text]) => text);
    input[field] = merged.length ? Object.fromEntries(merged) : null;
  }
  return { input, problems };
}

function readCell(column: ColumnSpec, cell: Cell, keys: KeyLookup): unknown {
  switch (column.kind) {
    case "key":
    case "text":
      return cellText(cell);
    case "postcode":
      return cellPostcode(cell);
    case "number":
      return cellNumber(cell);
    case "boolean":
      return cellBoolean(cell);
    case "list":
      return cellList(cell);
    case "enum": {
      const text = cellText(cell);
      return text === null ? null : enumValue(text);
    }
    case "enumList":
      return cellList(cell).map(enumValue);
    case "date":
      return cellDate(cell);
    case "openingHours": {
      const text = cellText(cell);
      if (text === null) return [];
      const parsed = parseOpeningHoursCell(text);
      if ("error" in parsed) throw new CellError("INVALID_OPENING_HOURS", parsed.error);
      return parsed;
    }
    case "partnerKey": {
      const key = cellText(cell);
      if (key === null) return null;
      const id = keys.partnerId(key);
      if (!id)
        throw new CellError("NOT_FOUND", `No partner with the externalKey or id "${key.slice(0, 100)}".`);
      return id;
    }
    case "contactPointKeys":
      return cellList(cell, "keys").map((key) => {
        const id = keys.contactPointId(key);
        if (!id)
          throw new CellError(
            "NOT_FOUND",
            `No contact point with the externalKey or id "${key.slice(0, 100)}".`,
          );
        return id;
      });
    case "localized":
      throw new Error("localized columns are read per group");
  }
}
