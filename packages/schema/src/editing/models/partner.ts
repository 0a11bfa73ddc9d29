import { PartnerType, Prisma } from "@kausa/db";
import { z } from "zod";
import { externalKey, optionalLocalizedText, optionalUrl, requiredText } from "../../validation/fields.ts";
import { validate } from "../../validation/validate.ts";
import type { EditableModel, EditableRow } from "../entity-model.ts";
import { assertIdsExist, idsOf, relationData } from "./relations.ts";

const schema = z.object({
  type: z.enum(Object.values(PartnerType) as [PartnerType, ...PartnerType[]]),
  name: requiredText(200),
  description: optionalLocalizedText(2000).optional(),
  website: optionalUrl.optional(),
  logoUrl: optionalUrl.optional(),
  regionIds: z.array(z.string()).max(10).nullish(),
  externalKey: externalKey.optional(),
});

/** Partner organisations: created by staff; their own editors may change them (with review). */
export const partnerModel: EditableModel = {
  entityType: "PARTNER",
  typeName: "Partner",
  delegate: "partner",
  include: { regions: { select: { id: true } } },
  // A partner's editors edit the partner itself; new partners are staff work (no id yet).
  partnerIdOf: (values) => (values.id as string | undefined) ?? null,
  snapshot: (row: EditableRow) => ({
    id: row.id,
    type: row.type,
    name: row.name,
    description: row.description ?? null,
    website: row.website ?? null,
    logoUrl: row.logoUrl ?? null,
    regionIds: idsOf(row.regions),
    externalKey: row.externalKey ?? null,
  }),
  async parse(input, current, tx) {
    const v = validate(schema, { ...(current ?? {}), ...input });
    const regionIds = [...new Set(v.regionIds ?? [])].sort();
    await assertIdsExist(tx, "region", regionIds, "regionIds");
    return {
      ...(current ? { id: current.id } : {}),
      type: v.type,
      name: v.name,
      description: v.description ?? null,
      website: v.website ?? null,
      logoUrl: v.logoUrl ?? null,
      regionIds,
      externalKey: v.externalKey ?? null,
    };
  },
  toData: ({ id: _id, regionIds, description, ...values }, mode) => ({
    ...values,
    description: description ?? Prisma.DbNull,
    regions: relationData(regionIds as string[], mode),
  }),
};
