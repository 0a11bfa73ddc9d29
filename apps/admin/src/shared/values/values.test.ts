import type { TemplateResult } from "lit";
import { describe, expect, it } from "vitest";
import { canonical, plainId, sameValue, withCoordinates } from "./canonical.ts";
import { fieldLabel } from "./field-labels.ts";
import { formatValue, type ValueContext, valueText } from "./format-value.ts";
import { inFormOrder } from "./record-fields.ts";
import { namesFromChoices } from "./reference-names.ts";

// The one way the admin app compares and shows stored values (review diff, merge view, history).

const de: ValueContext = { lang: "de", type: "contact-points" };
const en: ValueContext = { lang: "en", type: "contact-points" };

/** A template as markup: static parts with the bound values in between (attributes unquoted). */
function markup(value: unknown): string {
  if (Array.isArray(value)) return value.map(markup).join("");
  if (value && typeof value === "object" && "strings" in value) {
    const { strings, values } = value as TemplateResult;
    return strings.reduce((out, s, i) => out + s + (i < values.length ? markup(values[i]) : ""), "");
  }
  return value === undefined || value === null ? "" : String(value);
}
const text = (value: unknown) =>
  markup(value)
    .replace(/<[^>]*>/g, " ")
    .replace(/\s+/g, " ")
    .trim();

describe("canonical and sameValue", () => {
  it("treat blanks, empty strings and null alike and trim texts", () => {
    expect(canonical("phone", "  ")).toBeNull();
    expect(canonical("phone", "")).toBeNull();
    expect(canonical("phone", " 0361 1 ")).toBe("0361 1");
    expect(sameValue("email", null, "")).toBe(true);
  });

  it("compare sets without order or repeats, as strings", () => {
    expect(sameValue("services", ["B", "A", "A"], ["A", "B"])).toBe(true);
    expect(canonical("languages", undefined)).toEqual([]);
    expect(sameValue("targetGroups", [], null)).toBe(true);
  });

  it("read an id in either spelling as the database id, and leave other ids alone", () => {
    const global = btoa("Partner:abc123");
    expect(plainId(global)).toBe("abc123");
    expect(plainId("cm0abcdefghijklmnopqrstuv")).toBe("cm0abcdefghijklmnopqrstuv");
    // Valid base64 that is no global id stays as it is.
    expect(plainId("abcd")).toBe("abcd");
    expect(sameValue("partnerId", global, "abc123")).toBe(true);
    expect(sameValue("memberIds", [btoa("Partner:b"), "a"], ["b", "a"])).toBe(true);
  });

  it("store yes/no flags as false when missing, but keep an unknown accessibility unknown", () => {
    expect(canonical("appointmentRequired", null)).toBe(false);
    expect(canonical("allowOutsideThuringia", undefined)).toBe(false);
    expect(canonical("wheelchairAccessible", null)).toBeNull();
    expect(sameValue("wheelchairAccessible", null, false)).toBe(false);
  });

  it("sort opening hours by day, opening and closing time", () => {
    const hours = [
      { day: 2, opens: "09:00", closes: "12:00" },
      { day: 1, opens: "13:00", closes: "15:00" },
      { day: 1, opens: "09:00", closes: "11:00" },
    ];
    expect(
      (canonical("openingHours", hours) as { day: number; opens: string }[]).map((h) => h.opens),
    ).toEqual(["09:00", "13:00", "09:00"]);
    expect(sameValue("openingHours", hours, [...hours].reverse())).toBe(true);
  });

  it("keep translations in the content languages' order, trimmed, empty as null", () => {
    expect(JSON.stringify(canonical("description", { en: " Hi ", de: "Hallo", ar: " " }))).toBe(
      JSON.stringify({ de: "Hallo", en: "Hi" }),
    );
    expect(canonical("title", { de: "" })).toBeNull();
    expect(sameValue("costs", { en: "x", de: "y" }, { de: "y", en: "x " })).toBe(true);
  });

  it("compare dates as instants and coordinates to six decimals", () => {
    expect(sameValue("startsAt", "2026-03-01T09:00:00+01:00", "2026-03-01T08:00:00.000Z")).toBe(true);
    expect(canonical("endsAt", "not a date")).toBe("not a date");
    expect(canonical("lat", 50.92751234567)).toBe(50.927512);
    expect(sameValue("coordinates", { lat: 50.1234561, lng: 11 }, { lat: 50.123456, lng: 11.0000001 })).toBe(
      true,
    );
    expect(withCoordinates({ lat: 50, lng: 11, phone: "1" })).toEqual({
      phone: "1",
      coordinates: { lat: 50, lng: 11 },
    });
  });
});

describe("field labels", () => {
  it("are the edit form's words in both languages", () => {
    expect(fieldLabel("de", "geoPrecision")).toBe("Genauigkeit der Position");
    expect(fieldLabel("en", "geoPrecision")).toBe("Precision of the position");
    expect(fieldLabel("de", "email")).toBe("E-Mail-Adresse");
    expect(fieldLabel("de", "somethingNew")).toBe("somethingNew");
  });

  it("follow the edit form's order, the pin as one value", () => {
    expect(inFormOrder("contact-points", ["phone", "coordinates", "name", "x"])).toEqual([
      "name",
      "coordinates",
      "phone",
      "x",
    ]);
  });
});

describe("formatting values", () => {
  it("names enums: services, partner types, network and offer kinds, formats, precisions", () => {
    expect(valueText("geoPrecision", "ADDRESS", de)).toBe("Genaue Adresse");
    expect(valueText("type", "MUNICIPALITY", { ...de, type: "partners" })).toBe("Gemeinde / Stadt");
    expect(valueText("kind", "REGIONAL_WORKING_GROUP", { ...en, type: "networks" })).toBe(
      "Regional working group",
    );
    expect(valueText("kind", "NO_SUCH_KIND", { ...de, type: "offers" })).toBe("NO_SUCH_KIND");
    expect(valueText("format", "HYBRID", { ...de, type: "offers" })).toBe("Vor Ort und online");
    expect(valueText("services", ["NOPE"], de)).toBe("NOPE");
    expect(valueText("status", "PUBLISHED", de)).toBe("Veröffentlicht");
  });

  it("shows opening hours with short weekdays", () => {
    const hours = [{ day: 2, opens: "14:00", closes: "17:30" }];
    expect(valueText("openingHours", hours, de)).toBe("Di 14:00–17:30");
    expect(valueText("openingHours", hours, en)).toBe("Tue 14:00–17:30");
    expect(markup(formatValue("openingHours", hours, de))).toContain('<ul class="value-list"><li>');
  });

  it("marks every translation with its language and direction", () => {
    const note = { de: "Ohne Termin", ar: "بدون موعد", en: "No appointment needed" };
    const shown = markup(formatValue("openingHoursNote", note, de));
    expect(shown).toContain("<span lang=ar dir=rtl>بدون موعد</span>");
    expect(shown).toContain("<span lang=de dir=ltr>Ohne Termin</span>");
    expect(text(formatValue("openingHoursNote", note, de))).toBe(
      "Deutsch: Ohne Termin Englisch: No appointment needed Arabisch: بدون موعد",
    );
    expect(valueText("openingHoursNote", note, en)).toBe(
      "German: Ohne Termin · English: No appointment needed · Arabic: بدون موعد",
    );
    // On one line with a cut preview, each piece still carries its language.
    const preview = markup(
      formatValue("description", { fa: "ب".repeat(50) }, { ...de, inline: true, maxLength: 10 }),
    );
    expect(preview).toContain(`<span lang=fa dir=rtl>${"ب".repeat(9)}…</span>`);
  });

  it("names languages by their codes in the editor's language", () => {
    expect(valueText("languages", ["fa", "ar"], de)).toBe("Arabisch, Persisch");
    expect(valueText("languages", ["ar"], en)).toBe("Arabic");
  });

  it("shows coordinates, dates, yes/no/unknown and empty values", () => {
    expect(valueText("coordinates", { lat: 50.9787, lng: 11.0328 }, de)).toBe("50,9787° N, 11,0328° O");
    expect(valueText("coordinates", { lat: 50.5, lng: null }, en)).toBe("50.5° N");
    expect(valueText("startsAt", "2026-03-01T08:00:00.000Z", { ...de, type: "offers" })).toMatch(
      /^01\.03\.2026, /,
    );
    expect(valueText("appointmentRequired", true, de)).toBe("Ja");
    expect(valueText("appointmentRequired", null, en)).toBe("No");
    expect(valueText("wheelchairAccessible", null, de)).toBe("unbekannt");
    expect(valueText("phone", "", de)).toBe("(leer)");
    expect(valueText("services", [], de)).toBe("(keine)");
    expect(markup(formatValue("email", null, de))).toBe('<span class="muted">(leer)</span>');
  });

  it("names referenced records where a lookup is given, else shows the id", () => {
    const names = namesFromChoices({
      partners: [{ value: "p1", label: "Jobcenter Erfurt" }],
      regions: [{ value: "mitte", label: "Mittelthüringen" }],
    });
    const ctx = { ...de, type: "networks" as const, names };
    expect(valueText("memberIds", [btoa("Partner:p1"), "p2"], ctx)).toBe("Jobcenter Erfurt, p2");
    expect(valueText("regionId", "mitte", ctx)).toBe("Mittelthüringen");
    expect(valueText("partnerId", "p1", de)).toBe("p1");
  });
});
