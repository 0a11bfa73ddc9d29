import { type AdminLanguage, translate } from "../../i18n/i18n.ts";
import { fieldLabel } from "../../shared/values/field-labels.ts";
import { historyMessages } from "./history.messages.ts";
import type { HistoryEntry } from "./history-query.ts";

export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

/**
 * A history entry's field diff ({"phone": {"before": …, "after": …}}) as a list. The pin's lat
 * and lng are one change of `coordinates`, as the edit form and the review show it (a half that
 * did not change is not recorded, so it stays out).
 */
export function changesOf(entry: HistoryEntry): FieldChange[] {
  const changes = entry.changes;
  if (!changes || typeof changes !== "object" || Array.isArray(changes)) return [];
  const list: FieldChange[] = Object.entries(changes as Record<string, unknown>).flatMap(([field, diff]) =>
    diff && typeof diff === "object" && ("before" in diff || "after" in diff)
      ? [{ field, before: (diff as { before?: unknown }).before, after: (diff as { after?: unknown }).after }]
      : [],
  );
  const lat = list.find((c) => c.field === "lat");
  const lng = list.find((c) => c.field === "lng");
  if (!lat && !lng) return list;
  const pin = (side: "before" | "after") => {
    const point = { lat: lat?.[side] ?? null, lng: lng?.[side] ?? null };
    return point.lat === null && point.lng === null ? null : point;
  };
  const coordinates = { field: "coordinates", before: pin("before"), after: pin("after") };
  const at = list.findIndex((c) => c === lat || c === lng);
  const rest = list.filter((c) => c !== lat && c !== lng);
  return [...rest.slice(0, at), coordinates, ...rest.slice(at)];
}

/** Actions that wrote the record's values (status and lastVerifiedAt are not restored). */
const VALUE_ACTIONS = new Set(["CREATE", "UPDATE", "REVERT", "APPROVE", "IMPORT"]);
const NOT_RESTORED = new Set(["status", "lastVerifiedAt"]);
const writesValues = (entry: HistoryEntry) =>
  VALUE_ACTIONS.has(entry.action) && changesOf(entry).some((c) => !NOT_RESTORED.has(c.field));

/**
 * The entries whose "values right after" differ from the record now (history.ts restores those):
 * entries that wrote values and have a later one that wrote values again. The newest such entry
 * is the current state, and a proposal (PROPOSE) never reached the record.
 */
export function restorableEntries(entriesNewestFirst: readonly HistoryEntry[]): Set<number> {
  const restorable = new Set<number>();
  let changedLater = false;
  for (const entry of entriesNewestFirst) {
    if (!writesValues(entry)) continue;
    if (changedLater) restorable.add(entry.id);
    changedLater = true;
  }
  return restorable;
}

/** Who and when of history entries, readable in the editor's language (values: shared/values/). */
export class EntryFormatter {
  constructor(private readonly lang: AdminLanguage) {}

  private t(key: keyof typeof historyMessages.de, params?: Record<string, string | number>) {
    return translate(historyMessages, this.lang, key, params);
  }

  field(name: string): string {
    return fieldLabel(this.lang, name);
  }

  /** Who wrote an entry: an e-mail address as it is, the others named. */
  actor(label: string): string {
    if (label === "visitor") return this.t("actor.visitor");
    if (label === "cli") return this.t("actor.cli");
    if (label.startsWith("token:")) return this.t("actor.token", { name: label.slice("token:".length) });
    return label;
  }

  dateTime(value: string | Date): string {
    return new Intl.DateTimeFormat(this.lang === "de" ? "de-DE" : "en-GB", {
      dateStyle: "medium",
      timeStyle: "short",
    }).format(new Date(value));
  }
}
