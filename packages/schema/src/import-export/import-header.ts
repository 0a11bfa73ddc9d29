// The header row of an import: which template columns the file has, and what is wrong with it.
import { type ColumnSpec, importColumns, LICENCE_COLUMNS, TEMPLATES } from "./templates.ts";
import type { ImportProblem, ImportType } from "./types.ts";

export interface HeaderCheck {
  /** Template columns present in the file (import ones only). */
  columns: ColumnSpec[];
  /** Template column name → the header as spelled in the file. */
  headerOf: Map<string, string>;
  problems: ImportProblem[];
}

/**
 * Headers match the template case-insensitively. Columns whose header starts with "#" are the
 * user's own notes and ignored, as are the export-only ones (districtKey, licence …); any other
 * unknown header is refused: a typo would otherwise drop a column's data silently.
 */
export function checkHeader(type: ImportType, header: readonly string[]): HeaderCheck {
  const known = new Map([...TEMPLATES[type], ...LICENCE_COLUMNS].map((c) => [c.name.toLowerCase(), c]));
  const importable = new Set(importColumns(type));
  const problems: ImportProblem[] = [];
  const seen = new Set<string>();
  const columns: ColumnSpec[] = [];
  const headerOf = new Map<string, string>();
  header.forEach((name, index) => {
    if (!name || name.startsWith("#")) return;
    const column = known.get(name.toLowerCase());
    if (!column) {
      problems.push({
        row: 1,
        column: name,
        code: "UNKNOWN_COLUMN",
        message: `Column ${index + 1} "${name.slice(0, 60)}" is not in the ${type} template (start a header with # for notes).`,
      });
      return;
    }
    if (seen.has(column.name)) {
      problems.push({ row: 1, column: name, code: "DUPLICATE_COLUMN", message: `"${name}" appears twice.` });
      return;
    }
    seen.add(column.name);
    headerOf.set(column.name, name);
    if (importable.has(column)) columns.push(column);
  });
  if (!seen.has("externalKey")) {
    problems.push({
      row: 1,
      column: "externalKey",
      code: "MISSING_COLUMN",
      message: "The externalKey column is required: it makes a re-import update rows instead of adding them.",
    });
  }
  return { columns, headerOf, problems };
}
