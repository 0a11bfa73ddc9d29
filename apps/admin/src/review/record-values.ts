import type { Client } from "@urql/core";
import { run } from "../api/client.ts";
import type { EntityType, PublicationStatus } from "../api/graphql.ts";
import { CONTENT_LANGUAGES } from "../i18n/common.messages.ts";
import { globalId, RECORD_TYPE_OF_ENTITY, type RecordType } from "../records/record-types.ts";
import { plainId } from "../shared/values/canonical.ts";
import { loadRecordNames, nameKey } from "./record-names.ts";
import {
  REVIEW_CONTACT_POINT,
  REVIEW_NETWORK,
  REVIEW_OFFER,
  REVIEW_PARTNER,
} from "./record-values.documents.ts";

/** A record's current values, keyed like its update input, for comparing with a proposal. */
export interface RecordValues {
  type: RecordType;
  name: string;
  version: number;
  status: PublicationStatus;
  values: Record<string, unknown>;
  /** Names of what ids point at: "partners:<id>", "contact-points:<id>", "regions:<key>". */
  names: Map<string, string>;
  history: readonly { action: string; actorLabel: string; at: string }[];
}

type Localized = { text: string; isFallback: boolean } | null;

/** `description_de`, `description_en` … back into one {de, en, …} (missing languages left out). */
function localized(record: Record<string, unknown>, field: string): Record<string, string> | null {
  const texts: Record<string, string> = {};
  for (const language of CONTENT_LANGUAGES) {
    const value = record[`${field}_${language}`] as Localized | undefined;
    if (value && !value.isFallback && value.text) texts[language] = value.text;
  }
  return Object.keys(texts).length ? texts : null;
}

const id = plainId;

/** Loads the record a review item or a report is about; null if it is gone or not visible. */
export async function loadRecordValues(
  client: Client,
  entityType: EntityType,
  entityId: string,
  signal?: AbortSignal,
): Promise<RecordValues | null> {
  const type = RECORD_TYPE_OF_ENTITY[entityType];
  if (!type) return null;
  const variables = { id: globalId(type, entityId) };
  const names = new Map<string, string>();
  const named = (kind: string, items: readonly { id: string; name: string; key?: string }[]) => {
    for (const item of items) {
      names.set(`${kind}:${id(item.id)}`, item.name);
      if (item.key) names.set(`${kind}:${item.key}`, item.name);
    }
    return items.map((item) => item.key ?? id(item.id));
  };
  const base = { type, names };
  switch (type) {
    case "contact-points": {
      const r = (await run(client, REVIEW_CONTACT_POINT, variables, { signal })).record;
      if (!r) return null;
      const [partnerId] = named("partners", [r.partner]);
      return {
        ...base,
        name: r.name,
        version: r.version,
        status: r.status,
        history: r.history,
        values: {
          name: r.name,
          partnerId,
          street: r.street,
          postcode: r.postcode,
          city: r.city,
          coordinates: { lat: r.lat, lng: r.lng },
          geoPrecision: r.geoPrecision,
          phone: r.phone,
          email: r.email,
          website: r.website,
          openingHours: r.openingHours,
          openingHoursNote: localized(r, "openingHoursNote"),
          languages: r.languages,
          services: r.services,
          targetGroups: r.targetGroups,
          wheelchairAccessible: r.wheelchairAccessible,
          appointmentRequired: r.appointmentRequired,
          externalKey: r.externalKey,
        },
      };
    }
    case "partners": {
      const r = (await run(client, REVIEW_PARTNER, variables, { signal })).record;
      if (!r) return null;
      return {
        ...base,
        name: r.name,
        version: r.version,
        status: r.status,
        history: r.history,
        values: {
          name: r.name,
          type: r.type,
          description: localized(r, "description"),
          website: r.website,
          logoUrl: r.logoUrl,
          regionIds: named("regions", r.regions),
          externalKey: r.externalKey,
        },
      };
    }
    case "offers": {
      const r = (await run(client, REVIEW_OFFER, variables, { signal })).record;
      if (!r) return null;
      const title = localized(r, "title");
      return {
        ...base,
        name: title?.de ?? r.title_de.text,
        version: r.version,
        status: r.status,
        history: r.history,
        values: {
          title,
          kind: r.kind,
          partnerId: named("partners", [r.partner])[0],
          description: localized(r, "description"),
          costs: localized(r, "costs"),
          format: r.format,
          startsAt: r.startsAt,
          endsAt: r.endsAt,
          occupation: r.occupation,
          languages: r.languages,
          targetGroups: r.targetGroups,
          regionIds: named("regions", r.regions),
          contactPointIds: named("contact-points", r.contactPoints),
          registrationUrl: r.registrationUrl,
          documentUrl: r.documentUrl,
          externalKey: r.externalKey,
        },
      };
    }
    case "networks": {
      const r = (await run(client, REVIEW_NETWORK, variables, { signal })).record;
      if (!r) return null;
      return {
        ...base,
        name: r.name,
        version: r.version,
        status: r.status,
        history: r.history,
        values: {
          name: r.name,
          kind: r.kind,
          description: localized(r, "description"),
          website: r.website,
          regionId: r.region ? named("regions", [r.region])[0] : null,
          memberIds: named("partners", r.members),
          externalKey: r.externalKey,
        },
      };
    }
  }
}

/** Fields whose values are ids of other records, and the kind of record they name. */
const REFERENCES: Record<string, EntityType> = {
  partnerId: "PARTNER",
  memberIds: "PARTNER",
  contactPointIds: "CONTACT_POINT",
};

/**
 * Adds the names of records a proposal points at that the record itself does not (a contact
 * point newly linked to an offer, a new network member), so the diff shows names, not ids.
 */
export async function addProposedNames(
  client: Client,
  record: RecordValues,
  proposed: Record<string, unknown>,
  locale: string,
  signal?: AbortSignal,
) {
  const refs = Object.entries(REFERENCES).flatMap(([field, entityType]) => {
    const value = proposed[field];
    const ids = (Array.isArray(value) ? value : value ? [value] : []).map((v) => id(String(v)));
    const type = RECORD_TYPE_OF_ENTITY[entityType] as RecordType;
    return ids.filter((i) => !record.names.has(nameKey(type, i))).map((i) => ({ entityType, entityId: i }));
  });
  if (!refs.length) return;
  for (const [key, name] of await loadRecordNames(client, refs, locale, signal)) record.names.set(key, name);
}
