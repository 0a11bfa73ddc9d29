// Expected failures of a change. They are typed results of the mutation (the errors plugin puts
// them into its result union), so the admin app can place each message next to its field.

/** One field's problem. `path` follows the input: ["openingHours", 2, "closes"]. */
export interface FieldProblem {
  path: (string | number)[];
  /** Stable machine-readable reason, e.g. "INVALID_PHONE", "REQUIRED", "TOO_LONG". */
  code: string;
  message: string;
}

export class ValidationError extends Error {
  constructor(readonly fieldErrors: FieldProblem[]) {
    super(
      fieldErrors.length === 1
        ? `Invalid input: ${fieldErrors[0]?.path.join(".")}: ${fieldErrors[0]?.message}`
        : `Invalid input in ${fieldErrors.length} fields.`,
    );
    this.name = "ValidationError";
  }

  static field(path: (string | number)[], code: string, message: string): ValidationError {
    return new ValidationError([{ path, code, message }]);
  }
}

/** The row changed since the editor loaded it. Carries what is stored now, to merge. */
export class ConflictError extends Error {
  constructor(
    readonly entityType: string,
    readonly entityId: string,
    readonly currentVersion: number,
    readonly currentValues: Record<string, unknown>,
  ) {
    super(`Someone else saved this entry in the meantime (now version ${currentVersion}).`);
    this.name = "ConflictError";
  }
}

/** The action does not fit the entry's state (publishing an archived entry, approving twice …). */
export class StateError extends Error {
  constructor(
    message: string,
    readonly currentStatus: string,
  ) {
    super(message);
    this.name = "StateError";
  }
}
