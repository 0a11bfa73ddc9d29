/**
 * What a client may send as a string or number anywhere in a request. The rules are generic on
 * purpose: they hold for every argument, variable and query parameter, so input that PostgreSQL
 * would refuse (and answer with an internal error) is refused at the edge with a 400 instead.
 * Field-specific rules (search ≤ 200 characters, latitude ranges …) stay in the schema.
 */
export const INPUT_LIMITS = {
  /** Longest string accepted anywhere; the schema has tighter limits for specific fields. */
  maxStringLength: 2000,
  /** Deepest nesting of brackets/braces in a document, or of lists/objects in variables. */
  maxNesting: 50,
} as const;

/** The smallest positive normal double; below it (except 0) numbers are subnormal. */
const MIN_NORMAL = 2 ** -1022;

/** A surrogate code unit that is not part of a pair (JSON's "\ud800" produces one). */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/**
 * What is wrong with a string, as the end of a sentence ("… contains …"), or undefined. Never
 * quotes the value itself: a position is enough to find the problem and echoes nothing back.
 */
export function stringProblem(value: string): string | undefined {
  if (value.length > INPUT_LIMITS.maxStringLength) {
    return `is ${value.length} characters long; at most ${INPUT_LIMITS.maxStringLength} are allowed`;
  }
  const nul = value.indexOf("\u0000");
  if (nul >= 0) return `contains a NUL character (U+0000) at index ${nul}, which text must not contain`;
  // String.prototype.isWellFormed, spelled out: the regex also says where the problem is.
  const lone = LONE_SURROGATE.exec(value);
  if (lone) {
    return `contains a lone surrogate (half of a UTF-16 pair, e.g. "\\ud800") at index ${lone.index}; send well-formed Unicode text`;
  }
  return undefined;
}

/**
 * What is wrong with a number, or undefined. Non-finite values arise from literals like `1e400`;
 * subnormal ones (e.g. 5e-324) are legal doubles, but PostgreSQL reports an underflow as soon as
 * it computes with them (radians(5e-324) is 0), so no meaningful input is lost by refusing them.
 */
export function numberProblem(value: number): string | undefined {
  if (!Number.isFinite(value)) return "must be a finite number";
  if (value !== 0 && Math.abs(value) < MIN_NORMAL) {
    return "is a subnormal number, too close to zero to compute with; use 0 or a magnitude of at least 1e-307";
  }
  return undefined;
}

/** A short, printable excerpt of client text for a message (keys, parameter names). */
export function excerpt(text: string, max = 40): string {
  // Control characters and lone surrogates become U+FFFD; cut by code points, not inside a pair.
  const chars = Array.from(text.slice(0, max * 2).replace(/[\p{Cc}\p{Cs}]/gu, "\ufffd"));
  return chars.length > max ? `${chars.slice(0, max).join("")}…` : chars.join("");
}

interface Pending {
  value: unknown;
  depth: number;
  parent?: Pending;
  key?: string | number;
}

/**
 * ".languages[2]", built only when a problem is found (deep values have long paths), and cut
 * short for the message.
 */
function pathOf(entry: Pending): string {
  const parts: string[] = [];
  for (let e: Pending | undefined = entry; e?.parent; e = e.parent) {
    parts.push(typeof e.key === "number" ? `[${e.key}]` : `.${excerpt(String(e.key))}`);
  }
  return excerpt(parts.reverse().join(""), 80);
}

/**
 * The first problem in a JSON value (variables), as `{ path, problem }`: a string or number that
 * breaks the rules above, an object key that does, or nesting deeper than the limit. Iterative,
 * so a hostile nesting depth cannot overflow the stack while looking for it.
 */
export function findJsonProblem(root: unknown): { path: string; problem: string } | undefined {
  const stack: Pending[] = [{ value: root, depth: 0 }];
  while (stack.length > 0) {
    const entry = stack.pop() as Pending;
    const { value, depth } = entry;
    if (typeof value === "string") {
      const problem = stringProblem(value);
      if (problem) return { path: pathOf(entry), problem };
    } else if (typeof value === "number") {
      const problem = numberProblem(value);
      if (problem) return { path: pathOf(entry), problem };
    } else if (value !== null && typeof value === "object") {
      if (depth >= INPUT_LIMITS.maxNesting) {
        return {
          path: pathOf(entry),
          problem: `nests lists or objects more than ${INPUT_LIMITS.maxNesting} levels deep; at most ${INPUT_LIMITS.maxNesting} are allowed`,
        };
      }
      if (Array.isArray(value)) {
        for (let i = value.length - 1; i >= 0; i--) {
          stack.push({ value: value[i], depth: depth + 1, parent: entry, key: i });
        }
      } else {
        const keys = Object.keys(value);
        for (let i = keys.length - 1; i >= 0; i--) {
          const key = keys[i] as string;
          const problem = stringProblem(key);
          if (problem) return { path: pathOf(entry), problem: `has a key that ${problem}` };
          stack.push({
            value: (value as Record<string, unknown>)[key],
            depth: depth + 1,
            parent: entry,
            key,
          });
        }
      }
    }
  }
  return undefined;
}
