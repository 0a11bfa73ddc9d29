import { badInput } from "@kausa/schema";
import {
  BREAK,
  type DocumentNode,
  type GraphQLError,
  type ValueNode,
  valueFromASTUntyped,
  visit,
} from "graphql";
import type { Plugin } from "graphql-yoga";
import { findJsonProblem } from "./input-values.ts";

/**
 * The first literal value in the document that breaks the value rules (a `\u0000` escape in a
 * string, `lat: 5e-324`, `lng: 1e400`, a 5,000-character ID …), as a 400 naming the argument:
 * `Argument "contactPoints(filter.search)" contains a NUL character …`. Variables' default
 * values count too. Unused fragments and skipped fields are checked as well: a document either
 * holds acceptable values or not.
 */
export function findLiteralProblem(document: DocumentNode): GraphQLError | undefined {
  let error: GraphQLError | undefined;
  // graphql's literals hold no variables here, so they convert to plain JSON values; the
  // nesting guard has bounded their depth before the document was parsed.
  const check = (value: ValueNode, where: (path: string) => string, argument: (path: string) => string) => {
    const found = findJsonProblem(valueFromASTUntyped(value));
    if (found) error = badInput(`${where(found.path)} ${found.problem}.`, argument(found.path));
  };
  visit(document, {
    enter(node) {
      if (node.kind === "Field" || node.kind === "Directive") {
        const owner = node.kind === "Directive" ? `@${node.name.value}` : node.name.value;
        for (const arg of node.arguments ?? []) {
          const name = arg.name.value;
          check(
            arg.value,
            (path) => `Argument "${owner}(${name}${path})"`,
            (path) => `${name}${path}`,
          );
          if (error) return BREAK;
        }
      } else if (node.kind === "VariableDefinition" && node.defaultValue) {
        const name = `$${node.variable.name.value}`;
        check(
          node.defaultValue,
          (path) => `The default value of "${name}${path}"`,
          (path) => `${name}${path}`,
        );
        if (error) return BREAK;
      }
      return undefined;
    },
  });
  return error;
}

/** Checks every literal argument value after validation, before anything is executed. */
export function literalsGuard(): Plugin {
  // Yoga hands out the same parsed document for the same query text: check each one once.
  const checked = new WeakMap<DocumentNode, GraphQLError | null>();
  return {
    onExecute({ args, setResultAndStopExecution }) {
      let error = checked.get(args.document);
      if (error === undefined) {
        error = findLiteralProblem(args.document) ?? null;
        checked.set(args.document, error);
      }
      if (error) setResultAndStopExecution({ errors: [error] });
    },
  };
}
