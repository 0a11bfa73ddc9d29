import type { Client } from "@urql/core";
import { run } from "../../api/client.ts";
import type { EntityType } from "../../api/graphql.ts";
import { loadRecordNames, type RecordRef } from "../../review/record-names.ts";
import { plainId } from "../../shared/values/canonical.ts";
import { nameKey, type ReferenceKind, referencedIds } from "../../shared/values/reference-names.ts";
import { HISTORY_REGIONS } from "./history.documents.ts";
import { changesOf } from "./history-format.ts";
import type { HistoryEntry } from "./history-query.ts";

const ENTITY: Record<Exclude<ReferenceKind, "regions">, EntityType> = {
  partners: "PARTNER",
  "contact-points": "CONTACT_POINT",
};

/**
 * The names of the partners, contact points and regions the entries' values point at, keyed for
 * the value formatting (shared/values/reference-names.ts): the history shows names, not ids.
 * Records the viewer may not see keep their id.
 */
export async function loadHistoryNames(
  client: Client,
  entries: readonly HistoryEntry[],
  locale: string,
  signal?: AbortSignal,
): Promise<Map<string, string>> {
  const refs = new Map<string, RecordRef>();
  let regions = false;
  for (const change of entries.flatMap(changesOf)) {
    for (const value of [change.before, change.after]) {
      const found = referencedIds(change.field, value);
      if (!found) continue;
      if (found.kind === "regions") {
        regions = true;
        continue;
      }
      for (const id of found.ids.map(plainId)) {
        refs.set(nameKey(found.kind, id), { entityType: ENTITY[found.kind], entityId: id });
      }
    }
  }
  const [names, regionList] = await Promise.all([
    refs.size ? loadRecordNames(client, [...refs.values()], locale, signal) : new Map<string, string>(),
    regions ? run(client, HISTORY_REGIONS, {}, { signal }).then((d) => d.regions) : [],
  ]);
  for (const region of regionList) {
    names.set(nameKey("regions", plainId(region.id)), region.name);
    names.set(nameKey("regions", region.key), region.name);
  }
  return names;
}
