import type { z } from "zod";
import { type FieldProblem, ValidationError } from "../editing/errors.ts";

/** Parses `input` with `schema`, or throws a ValidationError naming every failing field. */
export function validate<T>(schema: z.ZodType<T>, input: unknown): T {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  throw new ValidationError(result.error.issues.map((issue) => toProblem(issue, input)));
}

function toProblem(issue: z.core.$ZodIssue, input: unknown): FieldProblem {
  const path = issue.path.map((p) => (typeof p === "symbol" ? String(p) : p));
  const custom = (issue as { params?: { code?: string } }).params?.code;
  if (custom) return { path, code: custom, message: issue.message };
  if (valueAt(input, path) === undefined || valueAt(input, path) === null) {
    return { path, code: "REQUIRED", message: "Required." };
  }
  return { path, code: codeOf(issue), message: issue.message };
}

/** zod's own issue kinds as the codes the admin app knows. */
function codeOf(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case "too_small":
      if (issue.origin === "string" && Number(issue.minimum) === 1) return "REQUIRED";
      return issue.origin === "number" ? "OUT_OF_RANGE" : "TOO_SHORT";
    case "too_big":
      if (issue.origin === "array") return "TOO_MANY";
      return issue.origin === "number" ? "OUT_OF_RANGE" : "TOO_LONG";
    case "invalid_format":
      return issue.format === "email" ? "INVALID_EMAIL" : "INVALID_FORMAT";
    case "invalid_value":
      return "INVALID_VALUE";
    case "unrecognized_keys":
      return "UNKNOWN_FIELD";
    default:
      return "INVALID";
  }
}

function valueAt(input: unknown, path: (string | number)[]): unknown {
  let value = input;
  for (const key of path) {
    if (value === null || typeof value !== "object") return undefined;
    value = (value as Record<string | number, unknown>)[key];
  }
  return value;
}
