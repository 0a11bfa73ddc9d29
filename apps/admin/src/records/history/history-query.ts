import type { Client } from "@urql/core";
import { run } from "../../api/client.ts";
import type { PublicationStatus, ResultOf } from "../../api/graphql.ts";
import { type Outcome, outcomeOf } from "../../api/outcome.ts";
import { globalId, type RecordType } from "../record-types.ts";
import {
  CONTACT_POINT_HISTORY,
  type HistoryFields,
  NETWORK_HISTORY,
  OFFER_HISTORY,
  PARTNER_HISTORY,
  RESTORE_CONTACT_POINT_VERSION,
  RESTORE_NETWORK_VERSION,
  RESTORE_OFFER_VERSION,
  RESTORE_PARTNER_VERSION,
} from "./history.documents.ts";

export type HistoryEntry = ResultOf<typeof HistoryFields>;

export interface RecordHistory {
  name: string;
  version: number;
  status: PublicationStatus;
  entries: HistoryEntry[];
}

/** The record and its last 50 history entries; null when it does not exist for this viewer. */
export async function loadHistory(
  client: Client,
  type: RecordType,
  rawRecordId: string,
  signal?: AbortSignal,
): Promise<RecordHistory | null> {
  const id = globalId(type, rawRecordId);
  const options = { signal };
  switch (type) {
    case "contact-points": {
      const r = (await run(client, CONTACT_POINT_HISTORY, { id }, options)).editableContactPoint;
      return r && { name: r.name, version: r.version, status: r.status, entries: r.history };
    }
    case "partners": {
      const r = (await run(client, PARTNER_HISTORY, { id }, options)).editablePartner;
      return r && { name: r.name, version: r.version, status: r.status, entries: r.history };
    }
    case "offers": {
      const r = (await run(client, OFFER_HISTORY, { id }, options)).editableOffer;
      return r && { name: r.title.text, version: r.version, status: r.status, entries: r.history };
    }
    case "networks": {
      const r = (await run(client, NETWORK_HISTORY, { id }, options)).editableNetwork;
      return r && { name: r.name, version: r.version, status: r.status, entries: r.history };
    }
  }
}

export interface RestoreRequest {
  /** The record's version now (the restore is refused with a ConflictError if it moved on). */
  version: number;
  auditEntryId: number;
  reason: string | null;
}

/** Writes back the values the record had right after the history entry: a new version. */
export async function restoreVersion(
  client: Client,
  type: RecordType,
  rawRecordId: string,
  request: RestoreRequest,
): Promise<Outcome<{ id: string; version: number }>> {
  const variables = { id: globalId(type, rawRecordId), ...request };
  switch (type) {
    case "contact-points":
      return outcomeOf(
        (await run(client, RESTORE_CONTACT_POINT_VERSION, variables)).restoreContactPointVersion,
      );
    case "partners":
      return outcomeOf((await run(client, RESTORE_PARTNER_VERSION, variables)).restorePartnerVersion);
    case "offers":
      return outcomeOf((await run(client, RESTORE_OFFER_VERSION, variables)).restoreOfferVersion);
    case "networks":
      return outcomeOf((await run(client, RESTORE_NETWORK_VERSION, variables)).restoreNetworkVersion);
  }
}
