import { getDatamodel } from "@kausa/db/generated/pothos-types";
import { join, raw, type Sql, sql } from "./sql.ts";

/**
 * Compiles the Prisma selection Pothos plans for a GraphQL selection (`queryFromInfo`) into one
 * SQL expression that builds each row as JSON: only the selected columns, to-one relations as
 * nested objects from a subselect. A list page then costs one statement instead of "ranked ids,
 * then Prisma's findMany", and nothing unselected (a district's boundary) leaves the database.
 *
 * Only scalar columns and to-one relations compile. A selection with anything else (a list
 * relation, relation arguments, counts) returns undefined and the caller keeps Prisma's path.
 */

/** The model's primary key column (`@id`), when it has a single one. */
export function modelIdField(model: string): string | undefined {
  return MODELS[model]?.fields.find((f) => f.isId)?.name;
}

/** Prisma's shape of a planned query: `true`, `{ select }` or `{ include }` per relation. */
export type PlannedQuery = { select?: Record<string, unknown>; include?: Record<string, unknown> };

interface ModelField {
  name: string;
  kind: "scalar" | "enum" | "object" | "unsupported";
  type: string;
  isList: boolean;
  isId: boolean;
  relationFromFields?: string[];
}

interface Model {
  fields: ModelField[];
}

const MODELS = (getDatamodel() as unknown as { datamodel: { models: Record<string, Model> } }).datamodel
  .models;

// json_build_object takes at most 100 arguments (50 keys).
const MAX_KEYS = 50;

export interface RowJson {
  /** A json expression over the table alias given to `compileRowJson`. */
  sql: Sql;
  /** That alias. */
  alias: string;
  /** Gives a parsed row the types Prisma would have given it (dates). */
  revive(row: Record<string, unknown>): Record<string, unknown>;
}

export function compileRowJson(model: string, query: PlannedQuery, alias: string): RowJson | undefined {
  let counter = 0;
  const compile = (
    modelName: string,
    planned: PlannedQuery | true,
    at: string,
  ): CompiledObject | undefined => {
    const m = MODELS[modelName];
    if (!m) return undefined;
    const entries = selectedEntries(m, planned);
    if (!entries || entries.length > MAX_KEYS) return undefined;
    const parts: Sql[] = [];
    const dates: string[] = [];
    const nested = new Map<string, CompiledObject>();
    for (const [field, value] of entries) {
      if (field.kind === "object") {
        if (field.isList || !isPlainRelation(value)) return undefined;
        const target = MODELS[field.type];
        const targetId = target?.fields.find((f) => f.isId);
        const [from] = field.relationFromFields ?? [];
        if (!target || !targetId || !from) return undefined;
        const child = `r${++counter}`;
        const inner = compile(field.type, value as PlannedQuery | true, child);
        if (!inner) return undefined;
        nested.set(field.name, inner);
        parts.push(sql`${key(field.name)}, (SELECT ${inner.sql} FROM ${ident(field.type)} ${raw(child)}
          WHERE ${raw(child)}.${ident(targetId.name)} = ${raw(at)}.${ident(from)})`);
      } else {
        if (field.kind === "unsupported") return undefined;
        if (field.type === "DateTime") dates.push(field.name);
        parts.push(sql`${key(field.name)}, ${raw(at)}.${ident(field.name)}`);
      }
    }
    return { sql: sql`json_build_object(${join(parts, ", ")})`, dates, nested };
  };
  const compiled = compile(model, query, alias);
  return compiled && { sql: compiled.sql, alias, revive: (row) => revive(compiled, row) };
}

interface CompiledObject {
  sql: Sql;
  dates: string[];
  nested: Map<string, CompiledObject>;
}

/** The fields a planned query loads: `select` names them; `true`/`include` mean all scalars. */
function selectedEntries(model: Model, planned: PlannedQuery | true): [ModelField, unknown][] | undefined {
  const byName = new Map(model.fields.map((f) => [f.name, f]));
  const scalars = model.fields
    .filter((f) => f.kind !== "object")
    .map((f) => [f, true] as [ModelField, unknown]);
  if (planned === true) return scalars;
  const keys = Object.keys(planned).filter((k) => k !== "select" && k !== "include");
  if (keys.length > 0) return undefined; // where, orderBy, take … on a relation
  const listed = planned.select ?? planned.include;
  if (!listed) return scalars;
  const entries: [ModelField, unknown][] = planned.select ? [] : [...scalars];
  for (const [name, value] of Object.entries(listed)) {
    if (!value) continue;
    const field = byName.get(name);
    if (!field) return undefined; // _count and anything Prisma computes
    if (field.kind === "object" || planned.select) entries.push([field, value]);
  }
  return entries;
}

function isPlainRelation(value: unknown): boolean {
  return value === true || (typeof value === "object" && value !== null);
}

function revive(compiled: CompiledObject, row: Record<string, unknown>): Record<string, unknown> {
  for (const name of compiled.dates) {
    const value = row[name];
    // timestamp(3) without time zone holds UTC; its JSON text has no zone.
    if (typeof value === "string") row[name] = new Date(`${value}Z`);
  }
  for (const [name, child] of compiled.nested) {
    const value = row[name];
    if (value && typeof value === "object") revive(child, value as Record<string, unknown>);
  }
  return row;
}

// Names come from the Prisma datamodel, never from a request; quoted all the same.
const ident = (name: string) => raw(`"${name.replaceAll('"', '""')}"`);
const key = (name: string) => raw(`'${name.replaceAll("'", "''")}'`);
