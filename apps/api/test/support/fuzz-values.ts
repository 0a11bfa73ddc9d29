import fc from "fast-check";

/** A number written as-is in GraphQL and in JSON text: `1e400`, `5e-324`, `-0`, `NaN` … */
export class NumberToken {
  constructor(readonly text: string) {}
}

/** An enum value: a bare name in a GraphQL document, a string in JSON. */
export class EnumToken {
  constructor(readonly name: string) {}
}

/** A list nested `depth` deep around one value, printed without recursion (depth up to 3,000). */
export class DeepList {
  constructor(
    readonly depth: number,
    readonly inner: FuzzValue,
  ) {}
}

export type FuzzValue =
  | null
  | boolean
  | string
  | number
  | NumberToken
  | EnumToken
  | DeepList
  | FuzzValue[]
  | { [key: string]: FuzzValue };

/**
 * Substrings the response checks look for as signs of a leaked stack trace or internals. The
 * generators never produce them, so an echo of the client's own input cannot look like a leak.
 */
export const LEAK_MARKERS = [
  "    at ",
  "node_modules",
  "/work/",
  ".ts:",
  ".js:",
  "graphql-yoga",
  "@escape.tech",
  "Prisma",
  "PGlite",
  "whatwg-node",
  "node:internal",
];

export function scrub(text: string): string {
  let result = text;
  for (let again = true; again; ) {
    again = false;
    for (const marker of LEAK_MARKERS) {
      if (result.includes(marker)) {
        result = result.split(marker).join("");
        again = true;
      }
    }
  }
  return result;
}

/** Strings meant to break things: encodings, control characters, injections, lengths. */
const nastyStrings = [
  "",
  " ",
  "\u0000",
  "Beratung\u0000",
  "\ud800",
  "\udc00x",
  "a\ud83d",
  "\u202eBeratung",
  "\u200f\u0627\u0644\u0639\u0631\u0628\u064a\u0629",
  "🙂👩‍👩‍👧‍👦",
  "\ufeffBOM",
  "\u200b",
  "Sömmerda",
  "Soemmerda",
  "' OR 1=1 --",
  'Robert\'); DROP TABLE "Partner";--',
  "%00",
  "%",
  "_",
  "\\",
  '"',
  "../../etc/passwd",
  "<script>alert(1)</script>",
  "\u0024{jndi:ldap://x}", // a Log4Shell probe
  "{{7*7}}",
  "$1",
  "\r\n\t",
  "ＡＢＣ",
  "İı",
  "&&|!:*()<->",
];

/** Values the schema expects, so that fuzzed requests also reach the database. */
const plausibleStrings = [
  "nordthueringen",
  "mittelthueringen",
  "ostthueringen",
  "suedwestthueringen",
  "16062",
  "16051",
  "99999",
  "de",
  "ar",
  "fa",
  "en",
  "xx",
  "Beratung",
  "Ausbildung",
  "Erfurt",
  "997",
  "Nordhausen",
];

const idTypes = ["ContactPoint", "Partner", "Offer", "Network", "Region", "District", "Nope", "x"];

/** Global IDs: base64 of "Type:id", with plausible and hostile ids (NUL, surrogates, long). */
const globalId = fc
  .tuple(
    fc.constantFrom(...idTypes),
    fc.oneof(
      fc.constantFrom("1", "nordthueringen", "16062", "\u0000", "a\u0000b", "\ud800", "-1", "0".repeat(120)),
      fc.string({ maxLength: 12, unit: "binary" }),
    ),
  )
  .map(([type, id]) => Buffer.from(`${type}:${id}`).toString("base64"));

export const hostileString: fc.Arbitrary<string> = fc
  .oneof(
    { arbitrary: fc.constantFrom(...nastyStrings), weight: 4 },
    { arbitrary: fc.constantFrom(...plausibleStrings), weight: 4 },
    { arbitrary: fc.string({ maxLength: 30, unit: "binary" }), weight: 3 },
    { arbitrary: fc.string({ maxLength: 30, unit: "grapheme" }), weight: 2 },
    { arbitrary: globalId, weight: 2 },
    {
      arbitrary: fc.tuple(fc.integer({ min: 150, max: 2600 }), fc.constantFrom("a", "ä", "🙂", "\u0000")),
      weight: 1,
    },
  )
  .map((value) => (Array.isArray(value) ? value[1].repeat(value[0]) : scrub(value)));

/** ISO dates in and far out of range (years 0, −1, 10000, 275760), and non-dates. */
export const hostileDate: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    "2026-11-25T00:00:00Z",
    "2027-01-01",
    "1970-01-01T00:00:00.000Z",
    "9999-12-31T23:59:59.999Z",
    "0001-01-01T00:00:00Z",
    "+010000-01-01T00:00:00Z",
    "0000-01-01T00:00:00Z",
    "-000001-01-01T00:00:00Z",
    "+275760-09-13T00:00:00Z",
    "2026-02-30",
    "next tuesday",
    "",
  ),
  fc.date({ noInvalidDate: true }).map((date) => date.toISOString()),
);

/** Numbers at the edges: subnormal, huge, negative zero, beyond 32 bits, and tokens JSON lacks. */
export const hostileNumber: fc.Arbitrary<number | NumberToken> = fc.oneof(
  { arbitrary: fc.integer({ min: -5, max: 120 }), weight: 4 },
  { arbitrary: fc.double({ min: -200, max: 200, noNaN: true }), weight: 3 },
  {
    arbitrary: fc.constantFrom(
      0,
      -0,
      5e-324,
      1e-310,
      2.2250738585072014e-308,
      1e-300,
      1e308,
      -1e308,
      2 ** 31,
      -(2 ** 31) - 1,
      2 ** 53 + 2,
      51.505,
      10.791,
    ),
    weight: 3,
  },
  {
    arbitrary: fc
      .constantFrom(
        "1e400",
        "-1e400",
        "1e-400",
        "5e-324",
        "-0",
        "0.0",
        "1E+2",
        "NaN",
        "Infinity",
        "1.",
        "0x10",
      )
      .map((text) => new NumberToken(text)),
    weight: 1,
  },
  {
    arbitrary: fc.double().map((n) => (Number.isFinite(n) ? n : new NumberToken(String(n)))),
    weight: 1,
  },
);

/** A GraphQL name, sometimes one every JavaScript object has. */
export const nameLike: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom("constructor", "__proto__", "toString", "valueOf", "hasOwnProperty", "FLYING", "secret"),
  fc.stringMatching(/^[_A-Za-z][_0-9A-Za-z]{0,12}$/),
);

/** Any value at all, of any type: what a careless or hostile client puts anywhere. */
export const anyValue: fc.Arbitrary<FuzzValue> = fc.letrec<{ value: FuzzValue }>((tie) => ({
  value: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    fc.constant(null),
    fc.boolean(),
    hostileString,
    hostileNumber,
    hostileDate,
    nameLike.map((name) => new EnumToken(name)),
    fc.array(tie("value"), { maxLength: 4 }),
    fc.dictionary(nameLike, tie("value"), { maxKeys: 3 }),
  ),
})).value;

/** A list nested far beyond any sane depth, or just around the limit. */
export const deepList: fc.Arbitrary<DeepList> = fc
  .tuple(fc.constantFrom(45, 49, 50, 51, 52, 200, 3000), fc.constantFrom<FuzzValue>("de", 1, null))
  .map(([depth, inner]) => new DeepList(depth, inner));

/** The value as a GraphQL literal. */
export function toGraphQL(value: FuzzValue): string {
  if (value === null) return "null";
  if (typeof value === "string") return JSON.stringify(value);
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (value instanceof NumberToken) return value.text;
  if (value instanceof EnumToken) return value.name;
  if (value instanceof DeepList)
    return `${"[".repeat(value.depth)}${toGraphQL(value.inner)}${"]".repeat(value.depth)}`;
  if (Array.isArray(value)) return `[${value.map(toGraphQL).join(", ")}]`;
  return `{${Object.entries(value)
    .map(([key, v]) => `${key}: ${toGraphQL(v)}`)
    .join(", ")}}`;
}

/** The value as JSON text; number tokens are written as they are (so `1e400` arrives as Infinity). */
export function toJson(value: FuzzValue): string {
  if (value === null) return "null";
  if (typeof value === "string" || typeof value === "boolean") return JSON.stringify(value);
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "null";
  if (value instanceof NumberToken) return value.text;
  if (value instanceof EnumToken) return JSON.stringify(value.name);
  if (value instanceof DeepList)
    return `${"[".repeat(value.depth)}${toJson(value.inner)}${"]".repeat(value.depth)}`;
  if (Array.isArray(value)) return `[${value.map(toJson).join(",")}]`;
  return `{${Object.entries(value)
    .map(([key, v]) => `${JSON.stringify(key)}:${toJson(v)}`)
    .join(",")}}`;
}
