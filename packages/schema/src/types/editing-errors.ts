import { builder } from "../builder.ts";
import { ConflictError, StateError, ValidationError } from "../editing/errors.ts";

const FieldError = builder
  .objectRef<{ path: (string | number)[]; code: string; message: string }>("FieldError")
  .implement({
    description: "A problem with one input field.",
    fields: (t) => ({
      path: t.stringList({
        description: 'Path in the input, e.g. ["openingHours", "2", "closes"].',
        resolve: (e) => e.path.map(String),
      }),
      code: t.exposeString("code", { description: "Stable reason: REQUIRED, INVALID_PHONE, TOO_LONG …" }),
      message: t.exposeString("message"),
    }),
  });

builder.objectType(ValidationError, {
  name: "ValidationError",
  description: "The input was refused; `fieldErrors` says where and why.",
  fields: (t) => ({
    message: t.exposeString("message"),
    fieldErrors: t.field({ type: [FieldError], resolve: (e) => e.fieldErrors }),
  }),
});

builder.objectType(ConflictError, {
  name: "ConflictError",
  description:
    "The entry changed since `version` was read. Nothing was saved; merge with `currentValues` and retry with `currentVersion`.",
  fields: (t) => ({
    message: t.exposeString("message"),
    entityId: t.exposeString("entityId"),
    currentVersion: t.exposeInt("currentVersion"),
    currentValues: t.field({
      type: "JSON",
      description: "The stored values, keyed like the update input.",
      resolve: (e) => e.currentValues,
    }),
  }),
});

builder.objectType(StateError, {
  name: "StateError",
  description: "The action does not fit the entry's current state.",
  fields: (t) => ({
    message: t.exposeString("message"),
    currentStatus: t.exposeString("currentStatus"),
  }),
});

/** The expected failures of any change to an entry. */
export const CHANGE_ERRORS = [ValidationError, ConflictError, StateError];
