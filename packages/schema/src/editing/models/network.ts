import { NetworkKind, Prisma } from "@kausa/db";
import { z } from "zod";
import { externalKey, optionalLocalizedText, optionalUrl, requiredText } from "../../validation/fields.ts";
import { rawId } from "../../validation/references.ts";
import { validate } from "../../validation/validate.ts";
import type { EditableModel, EditableRow } from "../entity-model.ts";
import { ValidationError } from "../errors.ts";
import { assertIdsExist, idsOf, relationData } from "./relations.ts";

const schema = z.object({
  kind: z.enum(Object.values(NetworkKind) as [NetworkKind, ...NetworkKind[]]),
  name: requiredText(200),
  description: optionalLocalizedText(2000).optional(),
  regionId: z.string().nullish(),
  website: optionalUrl.optional(),
  memberIds: z.array(z.string()).max(500).nullish(),
  externalKey: externalKey.optional(),
});

/** Working groups and advisory boards: KAUSA staff keep them (no partner owns a network). */
export const networkModel: EditableModel = {
  entityType: "NETWORK",
  typeName: "Network",
  delegate: "network",
  include: { members: { select: { id: true } } },
  partnerIdOf: () => null,
  snapshot: (row: EditableRow) => ({
    kind: row.kind,
    name: row.name,
    description: row.description ?? null,
    regionId: row.regionId ?? null,
    website: row.website ?? null,
    memberIds: idsOf(row.members),
    externalKey: row.externalKey ?? null,
  }),
  async parse(input, current, tx) {
    const merged = { ...(current ?? {}), ...input };
    if (Array.isArray(merged.memberIds))
      merged.memberIds = merged.memberIds.map((id) => rawId("Partner", id));
    const v = validate(schema, merged);
    if (v.kind === "STATE_ADVISORY_BOARD" ? v.regionId : !v.regionId) {
      throw ValidationError.field(
        ["regionId"],
        v.regionId ? "NOT_ALLOWED" : "REQUIRED",
        v.regionId ? "The state advisory board covers all of Thuringia." : "Regional networks need a region.",
      );
    }
    if (v.regionId) await assertIdsExist(tx, "region", [v.regionId], "regionId");
    const memberIds = [...new Set((v.memberIds ?? []) as string[])].sort();
    await assertIdsExist(tx, "partner", memberIds, "memberIds");
    return {
      kind: v.kind,
      name: v.name,
      description: v.description ?? null,
      regionId: v.regionId ?? null,
      website: v.website ?? null,
      memberIds,
      externalKey: v.externalKey ?? null,
    };
  },
  toData: ({ memberIds, description, ...values }, mode) => ({
    ...values,
    description: description ?? Prisma.DbNull,
    members: relationData(memberIds as string[], mode),
  }),
};
