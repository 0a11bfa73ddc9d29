import { badInput } from "@kausa/schema";
import type { Plugin } from "graphql-yoga";
import { excerpt, findJsonProblem } from "./input-values.ts";

/**
 * Refuses variables that break the value rules (nesting depth, NUL, lone surrogates, length,
 * non-finite or subnormal numbers) before parsing and execution, naming the variable path, e.g.
 * `Variable "$filter.search" contains a NUL character …`. Runs on every variable sent, used or
 * not: it is cheap, and unused variables with such values are a client bug as well.
 */
export function variablesGuard(): Plugin {
  return {
    onParams({ params }) {
      const variables = params?.variables;
      // Anything but an object is Yoga's to refuse (a later check answers 400).
      if (variables === null || typeof variables !== "object" || Array.isArray(variables)) return;
      for (const [name, value] of Object.entries(variables)) {
        const found = findJsonProblem(value);
        if (!found) continue;
        const path = `$${excerpt(name)}${found.path}`;
        // Thrown, not set as the result: no later hook gets to work with these values.
        throw badInput(`Variable "${path}" ${found.problem}.`, path);
      }
    },
  };
}
