import fc from "fast-check";
import {
  type GraphQLInputField,
  type GraphQLInputType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
} from "graphql";
import {
  anyValue,
  deepList,
  EnumToken,
  type FuzzValue,
  hostileDate,
  hostileNumber,
  hostileString,
  nameLike,
} from "./fuzz-values.ts";

// Argument values for the schema's input types, from well-formed to absurd.

// Arbitraries are built once per type and reused: building them is what makes generation slow.
const byType = new Map<string, fc.Arbitrary<FuzzValue>>();
const records = new Map<string, fc.Arbitrary<FuzzValue>>();

function recordOf(typeName: string, fields: GraphQLInputField[], wild: boolean) {
  const key = `${typeName}{${fields.map((f) => f.name).join()}}/${wild}`;
  let record = records.get(key);
  if (!record) {
    record = fc.record(Object.fromEntries(fields.map((f) => [f.name, valueFor(f.type, wild)])));
    records.set(key, record);
  }
  return record;
}

const plausibleInt = fc.oneof(
  { arbitrary: fc.integer({ min: 1, max: 20 }), weight: 6 },
  { arbitrary: hostileNumber, weight: 1 },
);
const plausibleFloat = fc.oneof(
  { arbitrary: fc.double({ min: 9.8, max: 12.7, noNaN: true }), weight: 3 }, // Thuringia's longitudes …
  { arbitrary: fc.double({ min: 50.2, max: 51.7, noNaN: true }), weight: 3 }, // … and latitudes
  { arbitrary: fc.integer({ min: 1, max: 300 }), weight: 2 }, // radii
  { arbitrary: hostileNumber, weight: 2 },
);

function scalarValue(name: string): fc.Arbitrary<FuzzValue> {
  switch (name) {
    case "Int":
      return plausibleInt;
    case "Float":
      return plausibleFloat;
    case "Boolean":
      return fc.boolean();
    case "DateTime":
      return hostileDate;
    default:
      return hostileString;
  }
}

/**
 * A value for `type`. Tame values have the right shape, with hostile content only in strings and
 * numbers (so they pass validation and reach the resolvers and the database); wild ones are
 * sometimes anything at all, null, or absurdly deep.
 */
export function valueFor(type: GraphQLInputType, wild: boolean): fc.Arbitrary<FuzzValue> {
  const key = `${String(type)}/${wild}`;
  const known = byType.get(key);
  if (known) return known;
  let shaped: fc.Arbitrary<FuzzValue>;
  if (isNonNullType(type)) {
    shaped = valueFor(type.ofType, wild);
  } else if (isListType(type)) {
    const item = valueFor(type.ofType, wild);
    shaped = fc.oneof(
      { arbitrary: fc.array(item, { maxLength: 4 }), weight: 12 },
      { arbitrary: item, weight: 1 }, // a single value is coerced to a list
      { arbitrary: fc.array(item, { minLength: 45, maxLength: 120 }), weight: 1 },
    );
  } else if (isEnumType(type)) {
    const values = fc.constantFrom(...type.getValues().map((v) => new EnumToken(v.name)));
    shaped = wild
      ? fc.oneof(
          { arbitrary: values, weight: 3 },
          { arbitrary: nameLike.map((name) => new EnumToken(name)), weight: 1 },
        )
      : values;
  } else if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields());
    const required = fields.filter((f) => isNonNullType(f.type));
    const optional = fields.filter((f) => !isNonNullType(f.type));
    // A few fields, not all (small documents, and each field gets a fair chance): when tame the
    // required ones plus up to three others, when wild any up to four (required ones may be missing).
    const record = (
      wild
        ? fc.shuffledSubarray(fields, { maxLength: Math.min(4, fields.length) })
        : fc
            .shuffledSubarray(optional, { maxLength: Math.min(3, optional.length) })
            .map((picked) => [...required, ...picked])
    ).chain((picked) => recordOf(type.name, picked, wild)) as fc.Arbitrary<FuzzValue>;
    shaped = wild
      ? fc.oneof(
          { arbitrary: record, weight: 4 },
          {
            arbitrary: fc
              .tuple(record, nameLike, anyValue)
              .map(([object, name, value]) => ({ ...(object as object), [name]: value })),
            weight: 1,
          },
        )
      : record;
  } else {
    shaped = scalarValue(type.name);
  }
  const arbitrary = wild
    ? fc.oneof(
        { arbitrary: shaped, weight: 16 },
        { arbitrary: anyValue, weight: 3 },
        { arbitrary: fc.constant(null), weight: 2 },
        { arbitrary: deepList as fc.Arbitrary<FuzzValue>, weight: 1 },
      )
    : shaped;
  byType.set(key, arbitrary);
  return arbitrary;
}
