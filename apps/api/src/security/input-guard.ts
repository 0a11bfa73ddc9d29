import type { Plugin } from "graphql-yoga";
import { literalsGuard } from "./input-literals.ts";
import { documentNestingGuard } from "./input-nesting.ts";
import { urlParamsParser } from "./input-url-params.ts";
import { variablesGuard } from "./input-variables.ts";

/**
 * Guards on raw client input, so that hostile input is answered 400 with a message naming the
 * parameter, argument or variable, and never reaches a parser, a resolver or the database in a
 * shape that crashes it (the rules: input-values.ts). In request order:
 * - GET / form parameters that are not JSON (input-url-params.ts);
 * - documents nested deeper than 50 brackets, before any parser (input-nesting.ts);
 * - variables: nesting, NUL, lone surrogates, length, non-finite/subnormal numbers (input-variables.ts);
 * - the same rules for literal argument values, after validation (input-literals.ts).
 */
export function inputGuards(): Plugin[] {
  return [urlParamsParser(), documentNestingGuard(), variablesGuard(), literalsGuard()];
}
