import { Prisma, Service, TargetGroup } from "@kausa/db";
import { z } from "zod";
import {
  coordinate,
  externalKey,
  languageCodes,
  openingHours,
  optionalEmail,
  optionalLocalizedText,
  optionalPhone,
  optionalText,
  optionalUrl,
  requiredText,
} from "../../validation/fields.ts";
import {
  assertPartnerExists,
  districtFor,
  geocode,
  isKnownPostcode,
  rawId,
} from "../../validation/references.ts";
import { validate } from "../../validation/validate.ts";
import type { Snapshot } from "../audit.ts";
import type { EditableModel, EditableRow } from "../entity-model.ts";
import { ValidationError } from "../errors.ts";

const schema = z.object({
  partnerId: z.string().min(1),
  name: requiredText(200),
  street: optionalText(200).optional(),
  postcode: z
    .string()
    .trim()
    .regex(/^\d{5}$/, { message: "Five digits." }),
  city: requiredText(100),
  lat: coordinate(-90, 90).nullish(),
  lng: coordinate(-180, 180).nullish(),
  geoPrecision: z.enum(["ADDRESS", "PLACE", "POSTCODE"]).nullish(),
  allowOutsideThuringia: z.boolean().nullish(),
  phone: optionalPhone.optional(),
  email: optionalEmail.optional(),
  website: optionalUrl.optional(),
  openingHours: openingHours.nullish(),
  openingHoursNote: optionalLocalizedText(500).optional(),
  languages: languageCodes.nullish(),
  services: z
    .array(z.enum(Object.values(Service) as [Service, ...Service[]]))
    .max(20)
    .nullish(),
  targetGroups: z
    .array(z.enum(Object.values(TargetGroup) as [TargetGroup, ...TargetGroup[]]))
    .max(20)
    .nullish(),
  wheelchairAccessible: z.boolean().nullish(),
  appointmentRequired: z.boolean().nullish(),
  externalKey: externalKey.optional(),
});

const ADDRESS_FIELDS = ["street", "postcode", "city"] as const;

export const contactPointModel: EditableModel = {
  entityType: "CONTACT_POINT",
  typeName: "ContactPoint",
  delegate: "contactPoint",
  partnerIdOf: (values) => (values.partnerId as string) ?? null,
  snapshot: (row: EditableRow) => ({
    partnerId: row.partnerId,
    name: row.name,
    street: row.street ?? null,
    postcode: row.postcode,
    city: row.city,
    lat: row.lat,
    lng: row.lng,
    geoPrecision: row.geoPrecision,
    districtKey: row.districtKey,
    phone: row.phone ?? null,
    email: row.email ?? null,
    website: row.website ?? null,
    openingHours: row.openingHours ?? [],
    openingHoursNote: row.openingHoursNote ?? null,
    languages: row.languages ?? [],
    services: row.services ?? [],
    targetGroups: row.targetGroups ?? [],
    wheelchairAccessible: row.wheelchairAccessible ?? null,
    appointmentRequired: row.appointmentRequired ?? false,
    externalKey: row.externalKey ?? null,
  }),

  async parse(input, current, tx) {
    const merged = {
      ...(current ?? {}),
      ...input,
      partnerId: rawId("Partner", input.partnerId ?? current?.partnerId),
    };
    const v = validate(schema, merged);
    if (!isKnownPostcode(v.postcode)) {
      throw ValidationError.field(
        ["postcode"],
        "UNKNOWN_POSTCODE",
        "This postcode is not in the Thuringian gazetteer.",
      );
    }
    if (!current || input.partnerId !== undefined) await assertPartnerExists(tx, v.partnerId);
    const addressChanged = current && ADDRESS_FIELDS.some((f) => f in input && input[f] !== current[f]);
    const coordinatesGiven = input.lat != null || input.lng != null;
    let { lat, lng, geoPrecision } = v;
    if ((lat == null) !== (lng == null)) {
      throw ValidationError.field(
        [lat == null ? "lat" : "lng"],
        "REQUIRED",
        "Give both coordinates, or neither.",
      );
    }
    if (lat == null || lng == null || (addressChanged && !coordinatesGiven)) {
      // No pin set (or the address moved without one): place it from the offline gazetteer.
      const found = geocode(v.postcode, v.city);
      if (!found)
        throw ValidationError.field(["postcode"], "UNKNOWN_POSTCODE", "Postcode not in the gazetteer.");
      ({ lat, lng, geoPrecision } = found);
    } else if (coordinatesGiven) {
      geoPrecision = v.geoPrecision ?? "ADDRESS";
    }
    // A pin accepted before (perhaps just across the border) stays acceptable while it is not moved.
    const pinUnchanged = current !== null && lat === current.lat && lng === current.lng;
    const districtKey = districtFor(
      { lat, lng, postcode: v.postcode },
      v.allowOutsideThuringia === true || pinUnchanged,
    );
    return {
      partnerId: v.partnerId,
      name: v.name,
      street: v.street ?? null,
      postcode: v.postcode,
      city: v.city,
      lat,
      lng,
      geoPrecision: geoPrecision ?? "ADDRESS",
      districtKey,
      phone: v.phone ?? null,
      email: v.email ?? null,
      website: v.website ?? null,
      openingHours: v.openingHours ?? [],
      openingHoursNote: v.openingHoursNote ?? null,
      languages: v.languages ?? [],
      services: v.services ?? [],
      targetGroups: v.targetGroups ?? [],
      wheelchairAccessible: v.wheelchairAccessible ?? null,
      appointmentRequired: v.appointmentRequired ?? false,
      externalKey: v.externalKey ?? null,
    } satisfies Snapshot;
  },

  toData: (values) => ({
    ...values,
    openingHoursNote: values.openingHoursNote ?? Prisma.DbNull,
  }),
};
