// The same eight mutations for every editable type, named by verb and type: createContactPoint,
// updateContactPoint, submitContactPointForReview, publishContactPoint, archiveContactPoint,
// restoreContactPoint, verifyContactPoint, restoreContactPointVersion.
import type { InputObjectRef, ObjectRef } from "@pothos/core";
import { builder } from "../builder.ts";
import { createEntry, updateEntry } from "../editing/changes.ts";
import type { EditableModel } from "../editing/entity-model.ts";
import { restoreVersion } from "../editing/history.ts";
import {
  archiveEntry,
  publishEntry,
  restoreEntry,
  submitForReview,
  verifyEntry,
} from "../editing/status-changes.ts";
import { badInput } from "../errors.ts";
import { CHANGE_ERRORS } from "./editing-errors.ts";

interface Options {
  // biome-ignore lint/suspicious/noExplicitAny: the four prisma node refs differ in their row type (resolvers return rows `as never`).
  ref: ObjectRef<any, any>;
  // biome-ignore lint/suspicious/noExplicitAny: each type has its own input shape.
  input: InputObjectRef<any, any>;
  /** Partner editors may create this type for their own organisation (not partners or networks). */
  partnerEditorsCreate: boolean;
}

const REASON = "Why (kept in the history).";

export function registerEditingMutations(
  model: EditableModel,
  { ref, input, partnerEditorsCreate }: Options,
) {
  const T = model.typeName;
  const idOf = (id: { typename: string; id: string }) => {
    if (id.typename !== T) throw badInput(`"id" must be the ID of a ${T}.`, "id");
    return id.id;
  };
  const common = { type: ref, errors: { types: CHANGE_ERRORS } } as const;

  builder.mutationField(`create${T}`, (t) =>
    t.field({
      ...common,
      description: `Creates a ${T} as a draft (not public until published).`,
      authScopes: partnerEditorsCreate ? { loggedIn: true } : { staff: true },
      args: { input: t.arg({ type: input, required: true }) },
      resolve: (_root, args, ctx) => createEntry(ctx, model, args.input as Record<string, unknown>) as never,
    }),
  );

  builder.mutationField(`update${T}`, (t) =>
    t.field({
      ...common,
      description: `Changes a ${T} if \`version\` is still current (else ConflictError). A partner editor's change to a published entry is kept as their proposal until submitted and approved.`,
      authScopes: { loggedIn: true },
      args: {
        id: t.arg.globalID({ required: true }),
        version: t.arg.int({ required: true, description: "The version the change is based on." }),
        input: t.arg({ type: input, required: true, description: "Only the fields to change; null clears." }),
        reason: t.arg.string({ description: REASON }),
      },
      resolve: (_root, args, ctx) =>
        updateEntry(ctx, model, {
          id: idOf(args.id),
          version: args.version,
          input: withoutUndefined(args.input as Record<string, unknown>),
          reason: args.reason,
        }) as never,
    }),
  );

  const transition = (name: string, description: string, staffOnly: boolean, run: typeof publishEntry) =>
    builder.mutationField(name, (t) =>
      t.field({
        ...common,
        description,
        authScopes: staffOnly ? { staff: true } : { loggedIn: true },
        args: { id: t.arg.globalID({ required: true }), reason: t.arg.string({ description: REASON }) },
        resolve: (_root, args, ctx) => run(ctx, model, idOf(args.id), args.reason) as never,
      }),
    );

  transition(
    `submit${T}ForReview`,
    "Hands a draft entry (or your draft change of a published one) to KAUSA staff for review.",
    false,
    submitForReview,
  );
  transition(`publish${T}`, "Staff: makes the entry public.", true, publishEntry);
  transition(
    `archive${T}`,
    "Takes the entry out of the public directory (partner editors: own drafts only).",
    false,
    archiveEntry,
  );
  transition(`restore${T}`, "Staff: brings an archived entry back as a draft.", true, restoreEntry);
  transition(`verify${T}`, "Confirms the entry is still correct (sets lastVerifiedAt).", false, verifyEntry);

  builder.mutationField(`restore${T}Version`, (t) =>
    t.field({
      ...common,
      description: "Writes back the values the entry had right after a history entry (an audited change).",
      authScopes: { loggedIn: true },
      args: {
        id: t.arg.globalID({ required: true }),
        version: t.arg.int({ required: true }),
        auditEntryId: t.arg.int({ required: true }),
        reason: t.arg.string({ description: REASON }),
      },
      resolve: (_root, args, ctx) =>
        restoreVersion(ctx, model, {
          id: idOf(args.id),
          version: args.version,
          auditEntryId: args.auditEntryId,
          reason: args.reason,
        }) as never,
    }),
  );
}

/** GraphQL leaves absent input fields undefined; only the given ones (null included) change. */
function withoutUndefined(input: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined));
}
