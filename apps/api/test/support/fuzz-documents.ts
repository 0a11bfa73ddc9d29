import { schema } from "@kausa/schema";
import fc from "fast-check";
import {
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLNamedType,
  getNamedType,
  isInterfaceType,
  isLeafType,
  isNonNullType,
  isObjectType,
} from "graphql";
import { valueFor } from "./fuzz-typed-values.ts";
import { anyValue, deepList, type FuzzValue, nameLike, scrub, toGraphQL, toJson } from "./fuzz-values.ts";

/** One GraphQL request: the document, its variables as JSON text, and an operation name. */
export interface FuzzOperation {
  query: string;
  variables?: string;
  operationName?: string;
}

// ---- selections --------------------------------------------------------------------------

interface ArgumentSpec {
  name: string;
  type: string;
  value: FuzzValue;
  /** Sent as a variable (declared with this type) instead of a literal. */
  variableType?: string;
}

interface FieldSpec {
  alias?: string;
  name: string;
  args: ArgumentSpec[];
  selections: FieldSpec[];
  /** `... on Type { … }` inside an interface selection. */
  inlineFragments: { on: string; selections: FieldSpec[] }[];
  directive?: string;
}

const MAX_DEPTH = 4;

const argumentSpec = (arg: GraphQLArgument, wild: boolean): fc.Arbitrary<ArgumentSpec | null> =>
  fc.option(
    fc
      .tuple(
        valueFor(arg.type, wild),
        wild
          ? fc.oneof(
              { arbitrary: fc.constant(undefined), weight: 3 },
              { arbitrary: fc.constant(String(arg.type)), weight: 3 },
              { arbitrary: fc.constantFrom("String", "Int", "[ID!]!", "Float!", "Nope"), weight: 1 },
            )
          : fc.constantFrom(undefined, String(arg.type)),
      )
      .map(([value, variableType]) => ({ name: arg.name, type: String(arg.type), value, variableType })),
    // Required arguments are present (nearly always, when wild), optional ones now and then.
    { freq: isNonNullType(arg.type) ? (wild ? 20 : 1_000_000) : 2 },
  );

const fieldArbitraries = new Map<string, fc.Arbitrary<FieldSpec[]>>();

const directives = (wild: boolean) =>
  fc.option(
    wild
      ? fc.constantFrom("@include(if: true)", "@skip(if: false)", "@skip(if: $skip)", "@deprecated", "@nope")
      : fc.constantFrom("@include(if: true)", "@skip(if: false)", "@skip(if: $skip)"),
    { freq: 8, nil: undefined },
  );

const fieldSpecs = new Map<string, fc.Arbitrary<FieldSpec>>();

function fieldSpec(
  owner: string,
  field: GraphQLField<unknown, unknown>,
  depth: number,
  wild: boolean,
): fc.Arbitrary<FieldSpec> {
  const key = `${owner}.${field.name}@${depth}/${wild}`;
  const known = fieldSpecs.get(key);
  if (known) return known;
  const named = getNamedType(field.type) as GraphQLNamedType;
  const children = isLeafType(named) ? fc.constant<FieldSpec[]>([]) : selectionsOf(named, depth + 1, wild);
  const fragments: fc.Arbitrary<FieldSpec["inlineFragments"]> =
    isInterfaceType(named) && depth < MAX_DEPTH
      ? fc.array(
          fc.oneof(
            ...schema
              .getPossibleTypes(named)
              .map((type) =>
                selectionsOf(type, depth + 1, wild).map((selections) => ({ on: type.name, selections })),
              ),
          ),
          { maxLength: 2 },
        )
      : fc.constant([]);
  const arbitrary: fc.Arbitrary<FieldSpec> = fc
    .record({
      alias: fc.option(fc.stringMatching(/^[a-z][a-zA-Z0-9]{0,6}$/), { freq: 4, nil: undefined }),
      args: fc.tuple(...field.args.map((arg) => argumentSpec(arg, wild))),
      selections: children,
      inlineFragments: fragments,
      directive: directives(wild),
    })
    .map(({ args, ...rest }) => ({ ...rest, name: field.name, args: args.filter((a) => a !== null) }));
  fieldSpecs.set(key, arbitrary);
  return arbitrary;
}

/**
 * Fields of an object or interface type, fewer the deeper (so documents stay small), when wild
 * sometimes an unknown one; __typename now and then.
 */
function selectionsOf(type: GraphQLNamedType, depth: number, wild: boolean): fc.Arbitrary<FieldSpec[]> {
  const key = `${type.name}@${depth}/${wild}`;
  const known = fieldArbitraries.get(key);
  if (known) return known;
  if (!isObjectType(type) && !isInterfaceType(type)) return fc.constant([]);
  const fields = Object.values(type.getFields()).filter(
    (f) => depth < MAX_DEPTH || isLeafType(getNamedType(f.type)),
  );
  const typename: FieldSpec = { name: "__typename", args: [], selections: [], inlineFragments: [] };
  const unknown: FieldSpec = { name: "secretField", args: [], selections: [], inlineFragments: [] };
  // chain() defers building the child arbitraries until a field is picked: types refer to each other.
  const one = fc.oneof(
    { arbitrary: fc.constantFrom(...fields).chain((f) => fieldSpec(type.name, f, depth, wild)), weight: 12 },
    { arbitrary: fc.constant(typename), weight: 1 },
    { arbitrary: fc.constant(unknown), weight: wild ? 1 : 0 },
  );
  const arbitrary = fc.array(one, { minLength: 1, maxLength: Math.max(1, 4 - depth) });
  fieldArbitraries.set(key, arbitrary);
  return arbitrary;
}

// ---- printing ----------------------------------------------------------------------------

function printField(field: FieldSpec, variables: Map<string, [string, FuzzValue]>): string {
  const args = field.args.map((arg) => {
    if (!arg.variableType) return `${arg.name}: ${toGraphQL(arg.value)}`;
    const name = `v${variables.size}`;
    variables.set(name, [arg.variableType, arg.value]);
    return `${arg.name}: $${name}`;
  });
  const inner = [
    ...field.selections.map((f) => printField(f, variables)),
    ...field.inlineFragments.map(
      (fragment) =>
        `... on ${fragment.on} { ${fragment.selections.map((f) => printField(f, variables)).join(" ")} }`,
    ),
  ];
  return [
    field.alias ? `${field.alias}: ` : "",
    field.name,
    args.length ? `(${args.join(", ")})` : "",
    field.directive ? ` ${field.directive}` : "",
    inner.length ? ` { ${inner.join(" ")} }` : "",
  ].join("");
}

interface DocumentShape {
  operation: "query" | "mutation" | "subscription" | "";
  roots: FieldSpec[];
  /** Repeat the first root field this many times under aliases (the alias limit is 15). */
  aliasCopies: number;
  asFragment: boolean;
  extraVariables: [string, FuzzValue][];
  variablesShape: "object" | "array" | "number" | "broken";
  operationName?: string;
}

function printDocument(shape: DocumentShape): FuzzOperation {
  const variables = new Map<string, [string, FuzzValue]>();
  const roots = shape.roots.map((f) => printField(f, variables));
  const [first] = shape.roots;
  if (first && shape.aliasCopies > 0) {
    for (let i = 0; i < shape.aliasCopies; i++)
      roots.push(printField({ ...first, alias: `copy${i}` }, variables));
  }
  const body = roots.join(" ");
  if (body.includes("$skip")) variables.set("skip", ["Boolean!", false]);
  const declared = [...variables].map(([name, [type]]) => `$${name}: ${type}`);
  // The shorthand `{ … }` cannot declare variables: then the keyword is needed after all.
  const operation = shape.operation || (declared.length ? "query" : "");
  const header = `${operation}${operation && declared.length ? " Fuzz" : ""}${
    declared.length ? `(${declared.join(", ")})` : ""
  }`;
  const query = shape.asFragment
    ? `${header} { ...Roots } fragment Roots on Query { ${body} }`
    : `${header} { ${body} }`;
  const values: [string, FuzzValue][] = [
    ...[...variables].map(([name, [, value]]): [string, FuzzValue] => [name, value]),
    ...shape.extraVariables,
  ];
  const object = `{${values.map(([name, value]) => `${JSON.stringify(name)}:${toJson(value)}`).join(",")}}`;
  const variablesText = {
    object,
    array: `[${object}]`,
    number: "42",
    broken: object.slice(0, Math.max(1, object.length - 1)),
  }[shape.variablesShape];
  return {
    query,
    variables: values.length || shape.variablesShape !== "object" ? variablesText : undefined,
    operationName: shape.operationName,
  };
}

const queryType = schema.getQueryType();
if (!queryType) throw new Error("the schema has no Query type");

const shapeOf = (wild: boolean): fc.Arbitrary<DocumentShape> =>
  fc.record({
    operation: wild
      ? fc.constantFrom<DocumentShape["operation"]>("query", "", "mutation", "subscription")
      : fc.constantFrom<DocumentShape["operation"]>("query", ""),
    roots: selectionsOf(queryType as GraphQLNamedType, 1, wild),
    aliasCopies: wild
      ? fc.oneof(
          { arbitrary: fc.constant(0), weight: 3 },
          { arbitrary: fc.integer({ min: 1, max: 20 }), weight: 1 },
        )
      : fc.constant(0),
    asFragment: fc.boolean(),
    extraVariables: wild ? fc.array(fc.tuple(nameLike, anyValue), { maxLength: 2 }) : fc.constant([]),
    variablesShape: wild
      ? fc.oneof(
          { arbitrary: fc.constant<DocumentShape["variablesShape"]>("object"), weight: 12 },
          {
            arbitrary: fc.constantFrom<DocumentShape["variablesShape"]>("array", "number", "broken"),
            weight: 1,
          },
        )
      : fc.constant<DocumentShape["variablesShape"]>("object"),
    operationName: wild
      ? fc.option(fc.constantFrom("Fuzz", "Other", "", "x".repeat(3000)), { freq: 3, nil: undefined })
      : fc.constant(undefined),
  });

/** Documents built from the real schema: real root fields with fuzzed arguments and selections. */
export const schemaOperation: fc.Arbitrary<FuzzOperation> = fc
  .oneof({ arbitrary: shapeOf(false), weight: 3 }, { arbitrary: shapeOf(true), weight: 2 })
  .map(printDocument);

const punctuation = [
  "{",
  "}",
  "(",
  ")",
  "[",
  "]",
  ":",
  "$",
  "...",
  "@",
  "!",
  "=",
  "|",
  "&",
  '"',
  '"""',
  "#",
  ",",
];
const words = [
  "query",
  "fragment",
  "on",
  "contactPoints",
  "first",
  "node",
  "id",
  "edges",
  "__schema",
  "null",
  "true",
];

/** Text that is not quite GraphQL: token soup, random text, unbalanced brackets. */
export const garbageOperation: fc.Arbitrary<FuzzOperation> = fc
  .oneof(
    fc.array(fc.constantFrom(...punctuation, ...words), { maxLength: 60 }).map((tokens) => tokens.join(" ")),
    fc.string({ maxLength: 200, unit: "binary" }),
    fc.integer({ min: 1, max: 5000 }).map((n) => `{ regions { ${"key ".repeat(n)} } }`),
    fc.constantFrom("", " ", "{", "}", "{ __typename", "query {}", "{ __schema { types { name } } }"),
    deepList.map((list) => `{ contactPoints(filter: { languages: ${toGraphQL(list)} }) { totalCount } }`),
  )
  .map((query) => ({ query: scrub(query) }));

/** A few tenths of the documents are garbage; the rest are shaped by the schema. */
export const fuzzOperation: fc.Arbitrary<FuzzOperation> = fc.oneof(
  { arbitrary: schemaOperation, weight: 8 },
  { arbitrary: garbageOperation, weight: 2 },
);
