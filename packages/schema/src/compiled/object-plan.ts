import { encodeGlobalID } from "@pothos/plugin-relay";
import {
  type FieldNode,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLOutputType,
  getArgumentValues,
  getNamedType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
} from "graphql";
import type { Context } from "../context.ts";
import { modelIdField } from "../search/row-json.ts";
import { collectFields, type Fragments, NotCompilable, subSelections } from "./collect-fields.ts";
import { isPlainResolve } from "./plain-resolve.ts";

/** What one run of a compiled operation shares: the request's context and its variables. */
export interface Run {
  ctx: Context;
  variables: Record<string, unknown>;
  /** Each field's arguments, coerced once per run (not once per row). */
  args: Map<FieldNode, Record<string, unknown>>;
}

/** Writes one object of the answer from its parent value, as the executor would complete it. */
export type Writer = (value: unknown, run: Run) => Record<string, unknown>;

export interface ObjectPlan {
  write: Writer;
  /** Prisma's `select` of the columns and to-one relations it reads (model types only). */
  select: Record<string, unknown>;
}

type Complete = (value: unknown, run: Run) => unknown;

/**
 * Compiles a selection on an object type into a writer that builds the answer's object in the
 * executor's key order and with its serialisation (the same `serialize` of each scalar and
 * enum). Fields compile when their value is known without the executor: exposed columns,
 * global ids of model types, to-one relations, `__typename`, fields marked PLAIN_RESOLVE, and
 * the property fields of connection types. Anything else throws NotCompilable.
 */
export function compileObject(
  type: GraphQLObjectType,
  nodes: readonly FieldNode[],
  fragments: Fragments,
): ObjectPlan {
  // A Prisma object type (not a connection or edge, which carry the model's name too).
  const isModel = "pothosPrismaSelect" in (type.extensions ?? {});
  if (authScopesOf(type.extensions)) throw new NotCompilable(`${type.name} has auth scopes`);
  const select: Record<string, unknown> = {};
  const writers: [string, Complete][] = [];
  const fields = type.getFields();
  for (const [key, fieldNodes] of collectFields(type.name, subSelections(nodes), fragments)) {
    const node = fieldNodes[0] as FieldNode;
    const name = node.name.value;
    if (name === "__typename") {
      const typeName = type.name;
      writers.push([key, () => typeName]);
      continue;
    }
    const field = fields[name];
    if (!field) throw new NotCompilable(`${type.name}.${name}`);
    const read = compileRead(type, field, fieldNodes, isModel, select);
    const complete = compileOutput(field.type, fieldNodes, fragments, (relation) => {
      if (
        !isModel ||
        !(field.extensions as { pothosPrismaRelationField?: unknown }).pothosPrismaRelationField
      ) {
        return;
      }
      // The same relation under two keys: one select of both keys' columns.
      const before = (select[name] as { select?: Record<string, unknown> } | undefined)?.select;
      select[name] = { select: { ...before, ...relation } };
    });
    writers.push([key, (parent, run) => complete(read(parent, run), run)]);
  }
  const write: Writer = (value, run) => {
    const out: Record<string, unknown> = {};
    for (const [key, complete] of writers) out[key] = complete(value, run);
    return out;
  };
  return { write, select };
}

type Read = (parent: unknown, run: Run) => unknown;

function compileRead(
  type: GraphQLObjectType,
  field: GraphQLField<unknown, unknown>,
  nodes: readonly FieldNode[],
  isModel: boolean,
  select: Record<string, unknown>,
): Read {
  const ext = field.extensions as Record<string, unknown> & {
    pothosExposedField?: string;
    pothosOriginalResolve?: (parent: unknown, args: unknown, ctx: Context, info: never) => unknown;
    pothosOptions?: { select?: unknown; query?: unknown };
  };
  const coordinate = `${type.name}.${field.name}`;
  if (authScopesOf(ext)) throw new NotCompilable(`${coordinate} has auth scopes`);
  const column = ext.pothosExposedField;
  if (column && field.args.length === 0) {
    if (isModel) select[column] = true;
    return (parent) => (parent as Record<string, unknown>)[column];
  }
  if (isConnectionType(type) && field.args.length === 0 && CONNECTION_FIELDS.has(field.name)) {
    return (parent) => (parent as Record<string, unknown>)[field.name];
  }
  const idColumn = globalIdColumn(type);
  if (isModel && field.name === "id" && idColumn) {
    const typeName = type.name;
    select[idColumn] = true;
    return (parent) => encodeGlobalID(typeName, String((parent as Record<string, unknown>)[idColumn]));
  }
  if (isModel && ext.pothosPrismaRelationField && field.args.length === 0 && !ext.pothosOptions?.query) {
    if (isListType(isNonNullType(field.type) ? field.type.ofType : field.type)) {
      throw new NotCompilable(`${coordinate} is a list relation`);
    }
    return (parent) => (parent as Record<string, unknown>)[field.name];
  }
  const resolve = ext.pothosOriginalResolve;
  // Pothos maps some arguments (global ids) before the resolver sees them: not reproduced here.
  if (isPlainResolve(ext) && resolve && !(ext.pothosArgMappers as unknown[] | undefined)?.length) {
    const columns = ext.pothosOptions?.select;
    if (columns !== undefined) {
      if (!isModel || typeof columns !== "object" || columns === null) {
        throw new NotCompilable(`${coordinate} selects by a function`);
      }
      Object.assign(select, columns);
    }
    const node = nodes[0] as FieldNode;
    return (parent, run) => resolve(parent, argumentsOf(field, node, run), run.ctx, undefined as never);
  }
  throw new NotCompilable(coordinate);
}

/** Pothos' relay resolvers of these connection and edge fields return `parent.<name>`. */
const CONNECTION_FIELDS = new Set(["totalCount", "edges", "pageInfo", "node"]);

function isConnectionType(type: GraphQLObjectType): boolean {
  return type.name.endsWith("Connection") || type.name.endsWith("Edge");
}

function argumentsOf(field: GraphQLField<unknown, unknown>, node: FieldNode, run: Run) {
  let args = run.args.get(node);
  if (!args) {
    args = getArgumentValues(field, node, run.variables);
    run.args.set(node, args);
  }
  return args;
}

/** The executor's `completeValue` for one output type, with nulls where it would raise an error refused. */
export function compileOutput(
  type: GraphQLOutputType,
  nodes: readonly FieldNode[],
  fragments: Fragments,
  onRelation: (select: Record<string, unknown>) => void,
): Complete {
  if (isNonNullType(type)) {
    const inner = compileOutput(type.ofType, nodes, fragments, onRelation);
    return (value, run) => {
      const completed = inner(value, run);
      // The executor would answer with an error here: let it.
      if (completed === null) throw new NotCompilable("null in a non-null field");
      return completed;
    };
  }
  if (isListType(type)) {
    const item = compileOutput(type.ofType, nodes, fragments, onRelation);
    return (value, run) => {
      if (value == null) return null;
      if (!Array.isArray(value)) throw new NotCompilable("not a list");
      return value.map((v) => item(v, run));
    };
  }
  if (isLeafType(type)) {
    return (value) => {
      if (value == null) return null;
      const serialized = type.serialize(value);
      if (serialized == null) throw new NotCompilable(`${type.name} did not serialize`);
      return serialized;
    };
  }
  const named = getNamedType(type);
  if (!isObjectType(named)) throw new NotCompilable(`abstract type ${named.name}`);
  const plan = compileObject(named, nodes, fragments);
  onRelation(plan.select);
  return (value, run) => (value == null ? null : plan.write(value, run));
}

/**
 * The column a model type's global id encodes: every `prismaNode` here is keyed by its model's
 * primary key (`id: { field }` names it), which the equality tests check per type.
 */
function globalIdColumn(type: GraphQLObjectType): string | undefined {
  if (!type.getInterfaces().some((i) => i.name === "Node")) return undefined;
  const model = (type.extensions as { pothosPrismaModel?: string }).pothosPrismaModel;
  return model ? modelIdField(model) : undefined;
}

function authScopesOf(extensions: unknown): boolean {
  const options = (extensions as { pothosOptions?: { authScopes?: unknown } } | null)?.pothosOptions;
  return options?.authScopes !== undefined;
}
