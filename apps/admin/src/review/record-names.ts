import type { Client } from "@urql/core";
import { run } from "../api/client.ts";
import type { EntityType } from "../api/graphql.ts";
import { globalId, RECORD_TYPE_OF_ENTITY, type RecordType } from "../records/record-types.ts";
import { nameKey as sharedNameKey } from "../shared/values/reference-names.ts";
import { RECORD_NAME, RECORD_NAMES } from "./review.documents.ts";

/** A record as review items, reports and the history name it: its kind and database id. */
export interface RecordRef {
  entityType: EntityType;
  entityId: string;
}

/** The key of a record's name: the same keys the value formatting looks names up by. */
export const nameKey = (type: RecordType, rawRecordId: string) => sharedNameKey(type, rawRecordId);

/** Most ids one `nodes` call accepts (the API's MAX_NODES). */
const BATCH = 100;

/**
 * The names of records, keyed by `nameKey`: published ones in one request (`nodes`), the rest
 * (drafts, entries in review, archived ones) one by one through the editing queries. Records
 * the viewer may not see stay out of the map.
 */
export async function loadRecordNames(
  client: Client,
  refs: readonly RecordRef[],
  locale: string,
  signal?: AbortSignal,
): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  const wanted = new Map<string, string>(); // nameKey → global id
  for (const ref of refs) {
    const type = RECORD_TYPE_OF_ENTITY[ref.entityType];
    if (type) wanted.set(nameKey(type, ref.entityId), globalId(type, ref.entityId));
  }
  const entries = [...wanted.entries()];
  for (let start = 0; start < entries.length; start += BATCH) {
    const batch = entries.slice(start, start + BATCH);
    const data = await run(client, RECORD_NAMES, { ids: batch.map(([, id]) => id), locale }, { signal });
    data.nodes.forEach((node, i) => {
      const name = node && ("name" in node ? node.name : "title" in node ? node.title.text : null);
      if (name) names.set((batch[i] as [string, string])[0], name);
    });
  }
  const missing = entries.filter(([key]) => !names.has(key));
  await Promise.all(
    missing.map(async ([key, id]) => {
      const data = await run(client, RECORD_NAME, { id, locale }, { signal });
      const name =
        data.contactPoint?.name ?? data.partner?.name ?? data.network?.name ?? data.offer?.title.text;
      if (name) names.set(key, name);
    }),
  );
  return names;
}

/** The name of one record from a map made by loadRecordNames ("" when unknown). */
export function nameOf(names: Map<string, string>, ref: RecordRef): string {
  const type = RECORD_TYPE_OF_ENTITY[ref.entityType];
  return type ? (names.get(nameKey(type, ref.entityId)) ?? "") : "";
}
