// Phase 1 of an import: every row read, validated by its model and compared with the stored
// row. Nothing is written here, so a dry run is this phase alone.
import type { FieldDiff, Snapshot, Tx } from "../editing/audit.ts";
import type { EditableModel, EditableRow } from "../editing/entity-model.ts";
import { ValidationError } from "../editing/errors.ts";
import { delegateOf } from "../editing/transaction.ts";
import { fieldDiff } from "./diff.ts";
import { nameOfCells, nameOfValues, rowResult } from "./import-row-results.ts";
import { cachedReferences, loadReferences } from "./reference-cache.ts";
import { rowToInput } from "./row-input.ts";
import { type ColumnSpec, columnForPath } from "./templates.ts";
import type { Cell, ImportProblem, ImportProgress, ImportRowResult, ImportType } from "./types.ts";

export interface KeyedRow {
  row: number;
  key: string;
  /** Cells by template column name. */
  cells: Record<string, Cell>;
}

export type Status = EditableRow["status"];

export interface PlannedChange {
  row: number;
  current: EditableRow | null;
  values: Snapshot;
  status: Status;
  changes: FieldDiff;
}

export interface ImportPlan {
  creates: PlannedChange[];
  updates: PlannedChange[];
  unchanged: number;
  problems: ImportProblem[];
  /** One result per planned row, in the file's order (import-row-results.ts bounds the list). */
  rowResults: ImportRowResult[];
}

export interface PlanOptions {
  type: ImportType;
  model: EditableModel;
  columns: readonly ColumnSpec[];
  publish: boolean;
  onProgress?: (progress: ImportProgress) => void;
}

const CHUNK = 5_000;

/** Stored rows named by the keys: by externalKey, else by id (rows made in the admin app have no key). */
async function loadExisting(tx: Tx, model: EditableModel, keys: string[]): Promise<Map<string, EditableRow>> {
  const found = new Map<string, EditableRow>();
  const include = model.include ? { include: model.include } : {};
  for (let i = 0; i < keys.length; i += CHUNK) {
    const chunk = keys.slice(i, i + CHUNK);
    const byKey: EditableRow[] = await delegateOf(tx, model).findMany({
      where: { externalKey: { in: chunk } },
      ...include,
    });
    for (const row of byKey) found.set(row.externalKey as string, row);
    const rest = chunk.filter((key) => !found.has(key));
    if (!rest.length) continue;
    const byId: EditableRow[] = await delegateOf(tx, model).findMany({
      where: { id: { in: rest }, externalKey: null },
      ...include,
    });
    for (const row of byId) found.set(row.id, row);
  }
  return found;
}

export async function planImport(
  tx: Tx,
  rows: readonly KeyedRow[],
  options: PlanOptions,
): Promise<ImportPlan> {
  const { model, type } = options;
  const references = await loadReferences(tx, type === "offers");
  const reader = cachedReferences(tx, references);
  const existing = await loadExisting(
    tx,
    model,
    rows.map((r) => r.key),
  );
  const plan: ImportPlan = { creates: [], updates: [], unchanged: 0, problems: [], rowResults: [] };
  let done = 0;
  for (const item of rows) {
    if (++done % 250 === 0) options.onProgress?.({ phase: "validating", done, total: rows.length });
    const current = existing.get(item.key) ?? null;
    const storedName = () => (current ? nameOfValues(model.snapshot(current)) : null);
    const bad = () => rowResult(item.row, item.key, nameOfCells(item.cells) ?? storedName(), "PROBLEM");
    if (current?.status === "ARCHIVED") {
      plan.rowResults.push(bad());
      plan.problems.push({
        row: item.row,
        column: "externalKey",
        code: "ARCHIVED",
        message: "This entry is archived: restore it in the admin app first, or remove the row.",
      });
      continue;
    }
    const before = current ? model.snapshot(current) : null;
    const { input, problems } = rowToInput(item.row, options.columns, item.cells, references, before);
    // Exports name rows without an external key by their id; such a row keeps having none.
    if (current && current.externalKey == null && item.key === current.id) input.externalKey = null;
    let values: Snapshot | null = null;
    try {
      values = await model.parse(input, before, reader);
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      // A cell that could not be read is missing from the input; the model's "required" for it is noise.
      const unreadable = new Set(problems.map((p) => p.column));
      for (const problem of error.fieldErrors) {
        const column = columnForPath(type, problem.path);
        if (!unreadable.has(column))
          problems.push({ row: item.row, column, code: problem.code, message: problem.message });
      }
    }
    if (problems.length || !values) {
      plan.problems.push(...problems);
      plan.rowResults.push(bad());
      continue;
    }
    const publishNow = options.publish && (!current || current.status === "DRAFT");
    const status: Status = publishNow ? "PUBLISHED" : (current?.status ?? "DRAFT");
    const changes = fieldDiff(before, values);
    if (current && current.status !== status) changes.status = { before: current.status, after: status };
    const name = nameOfValues(values);
    if (!current) plan.rowResults.push(rowResult(item.row, item.key, name, "CREATE"));
    else if (Object.keys(changes).length)
      plan.rowResults.push(rowResult(item.row, item.key, name, "UPDATE", Object.keys(changes)));
    else plan.rowResults.push(rowResult(item.row, item.key, name, "UNCHANGED"));
    if (!current)
      plan.creates.push({
        row: item.row,
        current,
        values,
        status,
        changes: { ...changes, status: { before: null, after: status } },
      });
    else if (Object.keys(changes).length)
      plan.updates.push({ row: item.row, current, values, status, changes });
    else plan.unchanged++;
  }
  return plan;
}
