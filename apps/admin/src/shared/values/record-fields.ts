import type { RecordType } from "../../records/record-types.ts";

/**
 * The input fields of each type (ContactPointInput …), in the order the edit form shows them;
 * the review diff and the merge view list fields in the same order.
 */
export const FIELDS: Record<RecordType, readonly string[]> = {
  "contact-points": [
    "name",
    "partnerId",
    "externalKey",
    "street",
    "postcode",
    "city",
    "lat",
    "lng",
    "geoPrecision",
    "allowOutsideThuringia",
    "phone",
    "email",
    "website",
    "openingHours",
    "appointmentRequired",
    "wheelchairAccessible",
    "openingHoursNote",
    "services",
    "targetGroups",
    "languages",
  ],
  partners: ["name", "type", "externalKey", "website", "logoUrl", "description", "regionIds"],
  offers: [
    "title",
    "kind",
    "format",
    "partnerId",
    "externalKey",
    "occupation",
    "startsAt",
    "endsAt",
    "contactPointIds",
    "registrationUrl",
    "documentUrl",
    "description",
    "costs",
    "targetGroups",
    "languages",
    "regionIds",
  ],
  networks: ["name", "kind", "regionId", "externalKey", "website", "description", "memberIds"],
};

/**
 * `keys` in the edit form's order (the pin as one `coordinates` value where lat is), then any the form does
 * not know, in their own order.
 */
export function inFormOrder(type: RecordType, keys: Iterable<string>): string[] {
  const present = new Set(keys);
  const order = FIELDS[type].flatMap((field) => (field === "lat" ? ["coordinates", "lat"] : [field]));
  return [...order.filter((f) => present.has(f)), ...[...present].filter((f) => !order.includes(f))];
}
