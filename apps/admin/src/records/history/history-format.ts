import { common, enumTexts } from "../../i18n/common.messages.ts";
import { type AdminLanguage, translate } from "../../i18n/i18n.ts";
import { kindTexts } from "../list/kind.messages.ts";
import type { RecordType } from "../record-types.ts";
import { fieldTexts, historyMessages } from "./history.messages.ts";
import type { HistoryEntry } from "./history-query.ts";

export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

/** A history entry's field diff ({"phone": {"before": …, "after": …}}) as a list. */
export function changesOf(entry: HistoryEntry): FieldChange[] {
  const changes = entry.changes;
  if (!changes || typeof changes !== "object" || Array.isArray(changes)) return [];
  return Object.entries(changes as Record<string, unknown>).flatMap(([field, diff]) =>
    diff && typeof diff === "object" && ("before" in diff || "after" in diff)
      ? [{ field, before: (diff as { before?: unknown }).before, after: (diff as { after?: unknown }).after }]
      : [],
  );
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

const DATE_FIELDS = new Set(["startsAt", "endsAt", "lastVerifiedAt"]);
const ID_LIST_FIELDS = new Set(["regionIds", "memberIds", "contactPointIds"]);
const LOCALIZED_KEYS = /^[a-z]{2}$/;

/** Field names and values of history entries, readable in the editor's language. */
export class ValueFormatter {
  constructor(
    private readonly lang: AdminLanguage,
    private readonly type: RecordType,
  ) {}

  private t(key: keyof typeof historyMessages.de, params?: Record<string, string | number>) {
    return translate(historyMessages, this.lang, key, params);
  }

  field(name: string): string {
    return name in fieldTexts.de
      ? translate(fieldTexts, this.lang, name as keyof typeof fieldTexts.de)
      : name;
  }

  /** Who wrote an entry: an e-mail address as it is, the others named. */
  actor(label: string): string {
    if (label === "visitor") return this.t("actor.visitor");
    if (label === "cli") return this.t("actor.cli");
    if (label.startsWith("token:")) return this.t("actor.token", { name: label.slice("token:".length) });
    return label;
  }

  dateTime(value: string | Date): string {
    return new Intl.DateTimeFormat(this.locale, { dateStyle: "medium", timeStyle: "short" }).format(
      new Date(value),
    );
  }

  private get locale() {
    return this.lang === "de" ? "de-DE" : "en-GB";
  }

  /** One value of a field, as text. */
  value(field: string, value: unknown): string {
    if (value === null || value === undefined || value === "" || (Array.isArray(value) && !value.length))
      return this.t("empty_value");
    if (typeof value === "boolean") return this.t(value ? "yes" : "no");
    if (typeof value === "number")
      return new Intl.NumberFormat(this.locale, { maximumFractionDigits: 6 }).format(value);
    if (typeof value === "string") return this.text(field, value);
    if (Array.isArray(value)) {
      if (ID_LIST_FIELDS.has(field)) return this.t("ids", { count: value.length, ids: value.join(", ") });
      if (field === "openingHours") return value.map((slot) => this.slot(slot)).join("; ");
      return value.map((item) => this.value(field, item)).join(", ");
    }
    if (typeof value === "object") {
      const entries = Object.entries(value as Record<string, unknown>);
      // A translated text: {"de": "…", "en": "…"}, German first.
      if (entries.every(([key, v]) => LOCALIZED_KEYS.test(key) && (typeof v === "string" || v === null)))
        return entries
          .filter(([, v]) => v)
          .map(([key, v]) => `${key.toUpperCase()}: ${v}`)
          .join(" · ");
    }
    return JSON.stringify(value);
  }

  private text(field: string, value: string): string {
    if (DATE_FIELDS.has(field) && !Number.isNaN(Date.parse(value))) return this.dateTime(value);
    const key = this.enumKey(field, value);
    if (key) return key;
    if (field === "languages") {
      try {
        return new Intl.DisplayNames([this.lang], { type: "language" }).of(value) ?? value;
      } catch {
        return value;
      }
    }
    return value;
  }

  /** The label of an enum value, or "" when the field is no enum this app names. */
  private enumKey(field: string, value: string): string {
    const enumKey =
      field === "services"
        ? `service.${value}`
        : field === "targetGroups"
          ? `target.${value}`
          : field === "kind" && this.type === "offers"
            ? `offer.${value}`
            : "";
    if (enumKey && enumKey in enumTexts.de) return translate(enumTexts, this.lang, enumKey as never);
    const kindKey =
      field === "type" && this.type === "partners"
        ? `partnerType.${value}`
        : field === "kind" && this.type === "networks"
          ? `networkKind.${value}`
          : "";
    if (kindKey && kindKey in kindTexts.de) return translate(kindTexts, this.lang, kindKey as never);
    if (field === "status" && `status.${value}` in common.de)
      return translate(common, this.lang, `status.${value}` as never);
    return "";
  }

  /** {"day": 1, "opens": "09:00", "closes": "12:00"} → "Mo 09:00–12:00" (day 1 is Monday). */
  private slot(slot: unknown): string {
    const { day, opens, closes } = (slot ?? {}) as { day?: number; opens?: string; closes?: string };
    if (typeof day !== "number") return JSON.stringify(slot);
    // 2024-01-01 was a Monday: day N is N − 1 days later.
    const weekday = new Intl.DateTimeFormat(this.locale, { weekday: "short", timeZone: "UTC" }).format(
      new Date(Date.UTC(2024, 0, day)),
    );
    return `${weekday} ${opens ?? "?"}–${closes ?? "?"}`;
  }
}
