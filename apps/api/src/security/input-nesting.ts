import { badInput } from "@kausa/schema";
import type { Plugin } from "graphql-yoga";
import { INPUT_LIMITS } from "./input-values.ts";

/**
 * The offset at which a GraphQL document nests `{`, `[` or `(` deeper than `max`, or -1. Strings,
 * block strings and comments are skipped, so brackets in text do not count. One linear pass
 * without recursion: it must stay safe on exactly the documents that would overflow a parser.
 */
export function nestingOverflowAt(source: string, max: number): number {
  let depth = 0;
  let i = 0;
  const n = source.length;
  while (i < n) {
    const c = source.charCodeAt(i);
    if (c === 0x23 /* # */) {
      while (i < n && source[i] !== "\n" && source[i] !== "\r") i++;
    } else if (c === 0x22 /* " */) {
      if (source.startsWith('"""', i)) {
        i += 3;
        while (i < n && !source.startsWith('"""', i)) i += source.startsWith('\\"""', i) ? 4 : 1;
        i += 3;
        continue;
      }
      i++;
      // An unterminated string ends at the line end; the parser reports it.
      while (i < n && source[i] !== '"' && source[i] !== "\n" && source[i] !== "\r") {
        i += source[i] === "\\" ? 2 : 1;
      }
    } else if (c === 0x7b /* { */ || c === 0x5b /* [ */ || c === 0x28 /* ( */) {
      depth++;
      if (depth > max) return i;
    } else if (c === 0x7d /* } */ || c === 0x5d /* ] */ || c === 0x29 /* ) */) {
      if (depth > 0) depth--;
    }
    i++;
  }
  return -1;
}

/**
 * Refuses documents nested deeper than the limit before any parser sees them: graphql-armor's
 * token-limit parser recurses per bracket and overflows the stack on a list nested a few
 * thousand deep (a RangeError, answered as an internal error).
 */
export function documentNestingGuard(): Plugin {
  const max = INPUT_LIMITS.maxNesting;
  return {
    onParams({ params }) {
      // A missing or non-string query is Yoga's to refuse (a later check answers 400).
      if (typeof params?.query !== "string") return;
      const at = nestingOverflowAt(params.query, max);
      if (at < 0) return;
      // Thrown, not set as the result: no later hook (cost analysis, rate limits) gets to parse it.
      throw badInput(
        `The document nests brackets, braces or parentheses more than ${max} levels deep (at offset ${at}); at most ${max} are allowed.`,
      );
    },
  };
}
