import { OfferFormat, OfferKind, Prisma, TargetGroup } from "@kausa/db";
import { z } from "zod";
import {
  externalKey,
  languageCodes,
  localizedText,
  optionalLocalizedText,
  optionalText,
  optionalUrl,
} from "../../validation/fields.ts";
import { assertPartnerExists, rawId } from "../../validation/references.ts";
import { validate } from "../../validation/validate.ts";
import type { EditableModel, EditableRow } from "../entity-model.ts";
import { ValidationError } from "../errors.ts";
import { assertIdsExist, idsOf, relationData } from "./relations.ts";

const date = z.coerce.date({ message: "An ISO 8601 date-time." }).nullish();

const schema = z.object({
  partnerId: z.string().min(1),
  kind: z.enum(Object.values(OfferKind) as [OfferKind, ...OfferKind[]]),
  title: localizedText(300),
  description: optionalLocalizedText(2000).optional(),
  contactPointIds: z.array(z.string()).max(100).nullish(),
  regionIds: z.array(z.string()).max(10).nullish(),
  startsAt: date,
  endsAt: date,
  format: z.enum(Object.values(OfferFormat) as [OfferFormat, ...OfferFormat[]]).nullish(),
  languages: languageCodes.nullish(),
  targetGroups: z
    .array(z.enum(Object.values(TargetGroup) as [TargetGroup, ...TargetGroup[]]))
    .max(20)
    .nullish(),
  occupation: optionalText(200).optional(),
  registrationUrl: optionalUrl.optional(),
  documentUrl: optionalUrl.optional(),
  costs: optionalLocalizedText(200).optional(),
  externalKey: externalKey.optional(),
});

const iso = (value: unknown) => (value instanceof Date ? value.toISOString() : (value ?? null));

/** Trainings, events, guides, apprenticeship places … of one partner. */
export const offerModel: EditableModel = {
  entityType: "OFFER",
  typeName: "Offer",
  delegate: "offer",
  include: { contactPoints: { select: { id: true } }, regions: { select: { id: true } } },
  partnerIdOf: (values) => (values.partnerId as string) ?? null,
  snapshot: (row: EditableRow) => ({
    partnerId: row.partnerId,
    kind: row.kind,
    title: row.title,
    description: row.description ?? null,
    contactPointIds: idsOf(row.contactPoints),
    regionIds: idsOf(row.regions),
    startsAt: iso(row.startsAt),
    endsAt: iso(row.endsAt),
    format: row.format,
    languages: row.languages ?? [],
    targetGroups: row.targetGroups ?? [],
    occupation: row.occupation ?? null,
    registrationUrl: row.registrationUrl ?? null,
    documentUrl: row.documentUrl ?? null,
    costs: row.costs ?? null,
    externalKey: row.externalKey ?? null,
  }),
  async parse(input, current, tx) {
    const merged: Record<string, unknown> = {
      ...(current ?? {}),
      ...input,
      partnerId: rawId("Partner", input.partnerId ?? current?.partnerId),
    };
    if (Array.isArray(merged.contactPointIds)) {
      merged.contactPointIds = merged.contactPointIds.map((id) => rawId("ContactPoint", id));
    }
    const v = validate(schema, merged);
    if (v.startsAt && v.endsAt && v.endsAt < v.startsAt) {
      throw ValidationError.field(["endsAt"], "ENDS_BEFORE_START", "The end lies before the start.");
    }
    if (!current || input.partnerId !== undefined) await assertPartnerExists(tx, v.partnerId);
    const contactPointIds = [...new Set((v.contactPointIds ?? []) as string[])].sort();
    // An offer names only its own partner's contact points.
    await assertIdsExist(tx, "contactPoint", contactPointIds, "contactPointIds", { partnerId: v.partnerId });
    const regionIds = [...new Set(v.regionIds ?? [])].sort();
    await assertIdsExist(tx, "region", regionIds, "regionIds");
    return {
      partnerId: v.partnerId,
      kind: v.kind,
      title: v.title,
      description: v.description ?? null,
      contactPointIds,
      regionIds,
      startsAt: iso(v.startsAt),
      endsAt: iso(v.endsAt),
      format: v.format ?? "IN_PERSON",
      languages: v.languages ?? [],
      targetGroups: v.targetGroups ?? [],
      occupation: v.occupation ?? null,
      registrationUrl: v.registrationUrl ?? null,
      documentUrl: v.documentUrl ?? null,
      costs: v.costs ?? null,
      externalKey: v.externalKey ?? null,
    };
  },
  toData: ({ contactPointIds, regionIds, description, costs, startsAt, endsAt, ...values }, mode) => ({
    ...values,
    description: description ?? Prisma.DbNull,
    costs: costs ?? Prisma.DbNull,
    startsAt: startsAt ? new Date(startsAt as string) : null,
    endsAt: endsAt ? new Date(endsAt as string) : null,
    contactPoints: relationData(contactPointIds as string[], mode),
    regions: relationData(regionIds as string[], mode),
  }),
};
