import { graphql } from "./graphql.ts";

/**
 * Every editing mutation answers a union: the success type (`data`), or ValidationError,
 * ConflictError or StateError (docs/editing.md). `outcomeOf` turns that into one shape the forms
 * can switch on: field messages go next to their fields, a conflict opens the merge view.
 */
export interface FieldProblem {
  /** Dotted path in the input, e.g. "openingHours.2.closes". */
  path: string;
  code: string;
  message: string;
}

export type Outcome<T> =
  | { kind: "ok"; data: T }
  | { kind: "invalid"; message: string; problems: FieldProblem[] }
  | { kind: "conflict"; message: string; currentVersion: number; currentValues: Record<string, unknown> }
  | { kind: "state"; message: string; currentStatus: string };

/**
 * What every editing mutation's result selection spreads besides its success data:
 *   `updateContactPoint(...) { __typename ...ValidationFields ...ConflictFields ...StateFields
 *    ... on MutationUpdateContactPointSuccess { data { ... } } }` with `[...OUTCOME_FRAGMENTS]`.
 */
export const ValidationFields = graphql(`
  fragment ValidationFields on ValidationError { message fieldErrors { path code message } }
`);
export const ConflictFields = graphql(`
  fragment ConflictFields on ConflictError { message currentVersion currentValues }
`);
export const StateFields = graphql(`
  fragment StateFields on StateError { message currentStatus }
`);
export const OUTCOME_FRAGMENTS = [ValidationFields, ConflictFields, StateFields] as const;

interface RawResult {
  __typename: string;
  data?: unknown;
  message?: string;
  fieldErrors?: { path: readonly string[]; code: string; message: string }[];
  currentVersion?: number;
  currentValues?: unknown;
  currentStatus?: string;
}

export function outcomeOf<T>(result: RawResult): Outcome<T> {
  switch (result.__typename) {
    case "ValidationError":
      return {
        kind: "invalid",
        message: result.message ?? "",
        problems: (result.fieldErrors ?? []).map((e) => ({
          path: e.path.join("."),
          code: e.code,
          message: e.message,
        })),
      };
    case "ConflictError":
      return {
        kind: "conflict",
        message: result.message ?? "",
        currentVersion: result.currentVersion ?? 0,
        currentValues: (result.currentValues ?? {}) as Record<string, unknown>,
      };
    case "StateError":
      return { kind: "state", message: result.message ?? "", currentStatus: result.currentStatus ?? "" };
    default:
      return { kind: "ok", data: result.data as T };
  }
}

/** The messages for one field (its own path and everything below it, e.g. "openingHours" → "openingHours.2.closes"). */
export function problemsFor(problems: readonly FieldProblem[], field: string): string[] {
  return problems.filter((p) => p.path === field || p.path.startsWith(`${field}.`)).map((p) => p.message);
}
