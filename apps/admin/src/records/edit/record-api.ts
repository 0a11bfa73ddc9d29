import type { Client } from "@urql/core";
import { run } from "../../api/client.ts";
import type { PublicationStatus } from "../../api/graphql.ts";
import { type Outcome, outcomeOf } from "../../api/outcome.ts";
import { globalId, type RecordType, rawId } from "../record-types.ts";
import {
  EDITABLE_CONTACT_POINT,
  EDITABLE_NETWORK,
  EDITABLE_OFFER,
  EDITABLE_OFFER_TEXTS,
  EDITABLE_PARTNER,
} from "./edit.documents.ts";
import { type FormValues, translationsOf, valuesFromSnapshot } from "./form-values.ts";
import * as save from "./save.documents.ts";
import * as status from "./status.documents.ts";

/** What the edit page shows about one stored record, besides its form values. */
export interface LoadedRecord {
  /** The API's global id. */
  id: string;
  title: string;
  status: PublicationStatus;
  version: number;
  lastVerifiedAt: string | null;
  verifiedBy: string | null;
  openReports: number;
  pendingChanges: { id: string; kind: string; status: string; proposed: unknown; createdAt: string }[];
  /** The owning partner (contact points, offers): database id and name. */
  partner: { id: string; name: string } | null;
  /** Contact points: the district the pin lies in. */
  districtName: string | null;
  values: FormValues;
}

export type StatusAction = "submit" | "publish" | "archive" | "restore" | "verify";

// biome-ignore lint/suspicious/noExplicitAny: the four queries' records differ; each mapper reads its own.
type AnyRecord = any;

const common = (r: AnyRecord) => ({
  id: r.id as string,
  status: r.status as PublicationStatus,
  version: r.version as number,
  lastVerifiedAt: (r.lastVerifiedAt as string | null) ?? null,
  verifiedBy: r.verifiedBy ? (r.verifiedBy.name ?? r.verifiedBy.email) : null,
  openReports: r.openReports.length as number,
  pendingChanges: r.pendingChanges,
  partner: r.partner ? { id: rawId(r.partner.id), name: r.partner.name as string } : null,
  districtName: (r.district?.name as string | undefined) ?? null,
});

/** Record → form values, per type (the stored values, keyed like the input). */
const VALUES: Record<RecordType, (r: AnyRecord) => FormValues> = {
  "contact-points": (r) => ({
    name: r.name,
    partnerId: rawId(r.partner.id),
    externalKey: r.externalKey,
    street: r.street,
    postcode: r.postcode,
    city: r.city,
    lat: r.lat,
    lng: r.lng,
    geoPrecision: r.geoPrecision,
    allowOutsideThuringia: false,
    phone: r.phone,
    email: r.email,
    website: r.website,
    openingHours: r.openingHours.map(({ day, opens, closes }: AnyRecord) => ({ day, opens, closes })),
    appointmentRequired: r.appointmentRequired,
    wheelchairAccessible: r.wheelchairAccessible,
    openingHoursNote: translationsOf(r, "note"),
    services: r.services,
    targetGroups: r.targetGroups,
    languages: r.languages,
  }),
  partners: (r) => ({
    name: r.name,
    type: r.type,
    externalKey: r.externalKey,
    website: r.website,
    logoUrl: r.logoUrl,
    description: translationsOf(r, "description"),
    regionIds: r.regions.map((region: AnyRecord) => region.key),
  }),
  offers: (r) => ({
    title: translationsOf(r, "title"),
    kind: r.kind,
    format: r.format,
    partnerId: rawId(r.partner.id),
    externalKey: r.externalKey,
    occupation: r.occupation,
    startsAt: r.startsAt,
    endsAt: r.endsAt,
    contactPointIds: r.linkedContactPoints.map((c: AnyRecord) => rawId(c.id)),
    registrationUrl: r.registrationUrl,
    documentUrl: r.documentUrl,
    description: translationsOf(r, "description"),
    costs: translationsOf(r, "costs"),
    targetGroups: r.targetGroups,
    languages: r.languages,
    regionIds: r.regions.map((region: AnyRecord) => region.key),
  }),
  networks: (r) => ({
    name: r.name,
    kind: r.kind,
    regionId: r.region?.key ?? null,
    externalKey: r.externalKey,
    website: r.website,
    description: translationsOf(r, "description"),
    memberIds: r.linkedMembers.map((m: AnyRecord) => rawId(m.id)),
  }),
};

const QUERY = {
  "contact-points": EDITABLE_CONTACT_POINT,
  partners: EDITABLE_PARTNER,
  offers: EDITABLE_OFFER,
  networks: EDITABLE_NETWORK,
} as const;

/** The record, or null when it does not exist or belongs to another partner (the API cannot tell). */
export async function loadRecord(
  client: Client,
  type: RecordType,
  databaseId: string,
  signal?: AbortSignal,
): Promise<LoadedRecord | null> {
  const id = globalId(type, databaseId);
  const [data, texts]: AnyRecord[] = await Promise.all([
    run(client, QUERY[type] as never, { id }, { signal }),
    type === "offers" ? run(client, EDITABLE_OFFER_TEXTS, { id }, { signal }) : null,
  ]);
  if (!data.record) return null;
  const r = { ...data.record, ...texts?.editableOffer };
  const values = VALUES[type](r);
  const title = type === "offers" ? ((values.title as { de?: string } | null)?.de ?? "") : (r.name as string);
  return { ...common(r), title, values };
}

/**
 * A partner editor's own proposal for a published record, not yet submitted: its values are
 * what the form shows (the record itself keeps the published values until staff approve).
 */
export function draftProposal(record: LoadedRecord) {
  return record.pendingChanges.find((c) => c.kind === "UPDATE" && c.status === "DRAFT") ?? null;
}

export function proposedValues(type: RecordType, record: LoadedRecord): FormValues {
  const proposal = draftProposal(record);
  if (!proposal || typeof proposal.proposed !== "object" || !proposal.proposed) return record.values;
  const proposed = proposal.proposed as Record<string, unknown>;
  const overlay = valuesFromSnapshot(type, proposed);
  const values = { ...record.values };
  for (const field of Object.keys(proposed)) if (field in overlay) values[field] = overlay[field];
  return values;
}

const CREATE = {
  "contact-points": save.CREATE_CONTACT_POINT,
  partners: save.CREATE_PARTNER,
  offers: save.CREATE_OFFER,
  networks: save.CREATE_NETWORK,
} as const;
const UPDATE = {
  "contact-points": save.UPDATE_CONTACT_POINT,
  partners: save.UPDATE_PARTNER,
  offers: save.UPDATE_OFFER,
  networks: save.UPDATE_NETWORK,
} as const;
const STATUS = {
  "contact-points": status.CONTACT_POINT_STATUS,
  partners: status.PARTNER_STATUS,
  offers: status.OFFER_STATUS,
  networks: status.NETWORK_STATUS,
} as const;

type Saved = { id: string; version: number };

export async function createRecord(client: Client, type: RecordType, input: FormValues) {
  const data: AnyRecord = await run(client, CREATE[type] as never, { input });
  return outcomeOf<Saved>(data.result);
}

export async function updateRecord(
  client: Client,
  type: RecordType,
  id: string,
  version: number,
  input: FormValues,
  reason: string | null,
) {
  const data: AnyRecord = await run(client, UPDATE[type] as never, { id, version, input, reason });
  return outcomeOf<Saved>(data.result);
}

export async function changeStatus(
  client: Client,
  type: RecordType,
  id: string,
  action: StatusAction,
  reason: string | null,
): Promise<Outcome<unknown>> {
  const data: AnyRecord = await run(client, STATUS[type] as never, { id, reason, [action]: true });
  return outcomeOf(data[action]);
}
