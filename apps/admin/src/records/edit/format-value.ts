import type { enumTexts } from "../../i18n/common.messages.ts";
import type { LocalizeController } from "../../i18n/localize.controller.ts";
import type { editMessages } from "./edit.messages.ts";
import type { FieldMessageKey } from "./field.messages.ts";
import type { Choice, EditOptions } from "./form-controls.ts";
import { canonical, type OpeningInterval, type Translations } from "./form-values.ts";

export interface ValueWords {
  edit: LocalizeController<keyof typeof editMessages.de>;
  text: LocalizeController<FieldMessageKey>;
  enums: LocalizeController<keyof typeof enumTexts.de>;
  options: EditOptions;
}

const ENUM_PREFIX: Record<string, string> = {
  services: "service.",
  targetGroups: "target.",
  kind: "",
  type: "partner.",
  format: "format.",
  geoPrecision: "geo.",
};

const nameIn = (choices: Choice[], id: string) => choices.find((c) => c.value === id)?.label ?? id;

/**
 * One field's value as a person reads it (the merge view shows both sides): names instead of
 * ids and enum keys, weekdays, translations by language.
 */
export function formatValue(type: string, field: string, raw: unknown, words: ValueWords): string {
  const value = canonical(field, raw);
  const { edit, text, enums, options } = words;
  if (value === null || (Array.isArray(value) && value.length === 0)) return edit.t("empty");
  if (typeof value === "boolean") return value ? edit.t("yes") : edit.t("no");
  if (field === "openingHours") {
    const days = new Intl.DateTimeFormat(edit.lang === "de" ? "de-DE" : "en-GB", { weekday: "short" });
    // 2024-01-01 was a Monday: ISO weekday d is 2024-01-0d.
    return (value as OpeningInterval[])
      .map((i) => `${days.format(new Date(2024, 0, i.day))} ${i.opens}–${i.closes}`)
      .join("; ");
  }
  if (typeof value === "object" && !Array.isArray(value)) {
    return Object.entries(value as Translations)
      .map(([language, t]) => `${language}: ${t}`)
      .join(" · ");
  }
  if (field === "partnerId" || field === "memberIds")
    return list(value, (id) => nameIn(options.partners, id));
  if (field === "regionIds" || field === "regionId") return list(value, (id) => nameIn(options.regions, id));
  if (field === "contactPointIds") return list(value, (id) => nameIn(options.contactPoints, id));
  if (field === "startsAt" || field === "endsAt") return edit.dateTime(value as string);
  if (field === "kind") {
    const key = type === "networks" ? `network.${value}` : `offer.${value}`;
    return type === "networks" ? text.t(key as FieldMessageKey) : enums.t(key as keyof typeof enumTexts.de);
  }
  const prefix = ENUM_PREFIX[field];
  if (prefix === "service." || prefix === "target.") {
    return list(value, (v) => enums.t(`${prefix}${v}` as keyof typeof enumTexts.de));
  }
  if (prefix) return text.t(`${prefix}${value}` as FieldMessageKey);
  return Array.isArray(value) ? value.join(", ") : String(value);
}

const list = (value: unknown, name: (id: string) => string) =>
  (Array.isArray(value) ? value : [value]).map((v) => name(String(v))).join(", ");
