import {
  type DocumentNode,
  type ExecutionResult,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLSchema,
  getArgumentValues,
  getNamedType,
  getOperationAST,
  getVariableValues,
  isObjectType,
  Kind,
  type OperationDefinitionNode,
} from "graphql";
import type { Context } from "../context.ts";
import { pageWindow } from "../pagination.ts";
import { compileRowJson, type RowJson } from "../search/row-json.ts";
import { connectionFromPage, RANKED_LIST, type RankedList } from "../types/connection-page.ts";
import { collectFields, type Fragments, NotCompilable, subSelections } from "./collect-fields.ts";
import { compileObject, compileOutput, type Run } from "./object-plan.ts";

/**
 * The compiled path of the widget's hot operations: a query whose only root field is a ranked
 * list (`contactPoints`, `offers`, `partners`, `networks`), with a selection that is columns,
 * to-one relations and plainly resolved fields, is answered without the GraphQL executor —
 * the list's own search (one SQL statement that builds each row as JSON) and a writer that
 * builds the answer in the executor's key order with the schema's own serialisers. The answer
 * is the executor's byte for byte (apps/api/test/compiled-lists.test.ts proves it over the
 * widget's documents and generated ones); anything outside that — another root field, a
 * directive, an interface fragment, an argument error, a null where the schema says non-null —
 * goes to the executor, which answers it the usual way.
 */
export interface CompiledOperation {
  /** The answer, or undefined when the executor must answer this request. */
  run(
    ctx: Context,
    variables: Readonly<Record<string, unknown>> | null | undefined,
  ): Promise<ExecutionResult | undefined>;
}

const compiledByDocument = new WeakMap<DocumentNode, Map<string, CompiledOperation | null>>();

/** The compiled form of a document's operation, or null; compiled once per parsed document. */
export function compiledOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
): CompiledOperation | null {
  let byName = compiledByDocument.get(document);
  if (!byName) {
    byName = new Map();
    compiledByDocument.set(document, byName);
  }
  const key = operationName ?? "";
  let compiled = byName.get(key);
  if (compiled === undefined) {
    compiled = compileListOperation(schema, document, operationName);
    byName.set(key, compiled);
  }
  return compiled;
}

function compileListOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
): CompiledOperation | null {
  const operation = getOperationAST(document, operationName);
  const queryType = schema.getQueryType();
  if (operation?.operation !== "query" || !queryType) return null;
  try {
    return compileRoot(schema, queryType, operation, fragmentsOf(document));
  } catch (error) {
    if (error instanceof NotCompilable) return null;
    throw error;
  }
}

function compileRoot(
  schema: GraphQLSchema,
  queryType: GraphQLObjectType,
  operation: OperationDefinitionNode,
  fragments: Fragments,
): CompiledOperation {
  if (operation.directives?.length) throw new NotCompilable("operation directive");
  // One list field, and `__typename` (the response cache adds it to every selection set).
  const roots = [...collectFields(queryType.name, [operation.selectionSet], fragments)];
  const lists = roots.filter(([, nodes]) => nodes[0]?.name.value !== "__typename");
  const [root, ...others] = lists;
  if (!root || others.length > 0) throw new NotCompilable("not one root field");
  const [, nodes] = root;
  const field = queryType.getFields()[(nodes[0] as FieldNode).name.value] as GraphQLField<unknown, unknown>;
  const list = field?.extensions[RANKED_LIST] as RankedList<Record<string, unknown>> | undefined;
  if (!field || !list) throw new NotCompilable("not a ranked list");
  if ((field.extensions.pothosArgMappers as unknown[] | undefined)?.length) {
    throw new NotCompilable("argument mappers");
  }
  const complete = compileOutput(field.type, nodes, fragments, () => {});
  const rows = rowJson(list, getNamedType(field.type) as GraphQLObjectType, nodes, fragments);
  const fieldNode = nodes[0] as FieldNode;
  const variableDefinitions = operation.variableDefinitions ?? [];

  return {
    async run(ctx, rawVariables) {
      const variables = getVariableValues(schema, variableDefinitions, rawVariables ?? {});
      if (variables.errors) return undefined;
      const run: Run = { ctx, variables: variables.coerced, args: new Map() };
      try {
        const args = getArgumentValues(field, fieldNode, run.variables);
        const search = list.search(args, ctx);
        const window = pageWindow(args);
        const page = await search({ ...window, rows: { table: list.table, json: rows } });
        const connection = connectionFromPage(page, (page.rows ?? []) as { id: string }[], window.offset);
        const data: Record<string, unknown> = {};
        for (const [key] of roots) data[key] = key === root[0] ? complete(connection, run) : queryType.name;
        return { data };
      } catch {
        // A client's mistake, an outage or an answer the executor would complete with an error:
        // the executor runs the operation again and answers it exactly as it always does.
        return undefined;
      }
    },
  };
}

/** The row JSON of the list's nodes: what `edges { node { … } }` reads, compiled to SQL once. */
function rowJson(
  list: RankedList<Record<string, unknown>>,
  connectionType: GraphQLObjectType,
  nodes: readonly FieldNode[],
  fragments: Fragments,
): RowJson {
  let select: Record<string, unknown> = {};
  const edges = only(collectFields(connectionType.name, subSelections(nodes), fragments), "edges");
  const edgeType = edges && getNamedType(connectionType.getFields().edges?.type);
  if (edges && isObjectType(edgeType)) {
    const node = only(collectFields(edgeType.name, subSelections(edges), fragments), "node");
    const nodeType = node && getNamedType(edgeType.getFields().node?.type);
    if (node && isObjectType(nodeType)) select = compileObject(nodeType, node, fragments).select;
  }
  // The page's rows are matched to its ranked ids by this column.
  select.id = true;
  const json = compileRowJson(list.table, { select }, list.alias);
  if (!json) throw new NotCompilable("rows do not compile to SQL");
  return json;
}

/** The field nodes of the one response key reading `name`; more than one key is not compiled. */
function only(fields: Map<string, FieldNode[]>, name: string): FieldNode[] | undefined {
  const matching = [...fields.values()].filter((nodes) => nodes[0]?.name.value === name);
  if (matching.length > 1) throw new NotCompilable(`${name} selected twice`);
  return matching[0];
}

function fragmentsOf(document: DocumentNode): Fragments {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  return fragments;
}
