import type { EntityType } from "../api/graphql.ts";
import type { RecordType } from "../app/routes.ts";
import { defineMessages } from "../i18n/i18n.ts";

export type { RecordType } from "../app/routes.ts";
export { isRecordType, RECORD_TYPES } from "../app/routes.ts";

/**
 * The four kinds of records, as the path names them (/admin/contact-points/<id>), as the API's
 * GraphQL types and EntityType enum call them. Paths carry the database id (a cuid: URL-safe);
 * the API wants global ids (base64 of "Type:id").
 */
export const RECORD_GRAPHQL_TYPE: Record<RecordType, "ContactPoint" | "Partner" | "Offer" | "Network"> = {
  "contact-points": "ContactPoint",
  partners: "Partner",
  offers: "Offer",
  networks: "Network",
};

export const RECORD_ENTITY_TYPE: Record<RecordType, EntityType> = {
  "contact-points": "CONTACT_POINT",
  partners: "PARTNER",
  offers: "OFFER",
  networks: "NETWORK",
};

export const RECORD_TYPE_OF_ENTITY: Partial<Record<EntityType, RecordType>> = {
  CONTACT_POINT: "contact-points",
  PARTNER: "partners",
  OFFER: "offers",
  NETWORK: "networks",
};

/** The API's global id of a record: base64 of "ContactPoint:<database id>". */
export const globalId = (type: RecordType, rawId: string) => btoa(`${RECORD_GRAPHQL_TYPE[type]}:${rawId}`);

/** The database id inside a global id ("" when it is not one). */
export function rawId(id: string): string {
  try {
    const decoded = atob(id);
    const colon = decoded.indexOf(":");
    return colon > 0 ? decoded.slice(colon + 1) : "";
  } catch {
    return "";
  }
}

/** The admin app's path of a record (its edit page). */
export const recordPath = (type: RecordType, rawRecordId: string) =>
  `/admin/${type}/${encodeURIComponent(rawRecordId)}`;

/** Singular and plural names of each kind of record. */
export const recordTypeTexts = defineMessages(
  {
    "one.contact-points": "Anlaufstelle",
    "many.contact-points": "Anlaufstellen",
    "one.partners": "Träger",
    "many.partners": "Träger",
    "one.offers": "Angebot",
    "many.offers": "Angebote",
    "one.networks": "Netzwerk",
    "many.networks": "Netzwerke",
  },
  {
    "one.contact-points": "Contact point",
    "many.contact-points": "Contact points",
    "one.partners": "Partner",
    "many.partners": "Partners",
    "one.offers": "Offer",
    "many.offers": "Offers",
    "one.networks": "Network",
    "many.networks": "Networks",
  },
);
