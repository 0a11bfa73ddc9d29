import { describe, expect, it } from "vitest";
import {
  changedFields,
  conflictingFields,
  emptyValues,
  firstInvalidField,
  mergeValues,
  problemsByField,
  translationsOf,
  valuesFromSnapshot,
} from "./form-values.ts";
import { allowedActions } from "./status-rules.ts";

// The edit form's rules as plain functions; the page itself is tested end to end in Chromium
// (apps/e2e/test/admin-edit-*.e2e.test.ts).

const stored = {
  ...emptyValues("contact-points"),
  name: "Beispiel-Anlaufstelle",
  partnerId: "partner-1",
  postcode: "99084",
  city: "Erfurt",
  lat: 50.9787,
  lng: 11.0328,
  phone: "0361 123456",
  services: ["MATCHING", "APPLICATION_HELP"],
  openingHours: [{ day: 1, opens: "09:00", closes: "12:00" }],
  openingHoursNote: { de: "Nach Vereinbarung" },
};

describe("the changed fields (the update input)", () => {
  it("is empty for untouched values, whatever the order of lists or stray blanks", () => {
    const same = {
      ...stored,
      services: ["APPLICATION_HELP", "MATCHING"],
      name: " Beispiel-Anlaufstelle ",
      openingHoursNote: { de: "Nach Vereinbarung", en: "  " },
    };
    expect(changedFields("contact-points", stored, same)).toEqual({});
  });

  it("holds only the changed fields, trimmed, with emptied ones as null", () => {
    const edited = { ...stored, phone: " 0361 654321 ", website: "", street: "", email: "" };
    expect(changedFields("contact-points", stored, { ...edited, openingHoursNote: { de: "" } })).toEqual({
      phone: "0361 654321",
      openingHoursNote: null,
    });
  });

  it("sends opening hours sorted and a moved pin rounded to six decimals", () => {
    const edited = {
      ...stored,
      lat: 50.92751234567,
      openingHours: [
        { day: 2, opens: "09:00", closes: "12:00" },
        { day: 1, opens: "13:00", closes: "15:00" },
        { day: 1, opens: "09:00", closes: "12:00" },
      ],
    };
    expect(changedFields("contact-points", stored, edited)).toEqual({
      lat: 50.927512,
      openingHours: [
        { day: 1, opens: "09:00", closes: "12:00" },
        { day: 1, opens: "13:00", closes: "15:00" },
        { day: 2, opens: "09:00", closes: "12:00" },
      ],
    });
  });

  it("for a new record: only what was filled in (the API's defaults are not sent)", () => {
    const values = { ...emptyValues("offers"), title: { de: "Kurs" }, kind: "TRAINING" };
    expect(changedFields("offers", emptyValues("offers"), values)).toEqual({
      title: { de: "Kurs" },
      kind: "TRAINING",
    });
  });
});

describe("a version conflict", () => {
  const theirs = valuesFromSnapshot("contact-points", {
    ...stored,
    phone: "0361 111111",
    lng: 11.04,
    districtKey: "16051",
    geoPrecision: null,
  });
  const mine = { ...stored, phone: "0361 222222", email: "b@example.org" };

  it("lists every field that differs; the pin is one row", () => {
    expect(conflictingFields("contact-points", mine, theirs)).toEqual(["lat", "phone", "email"]);
  });

  it("merges per field: mine where chosen, the stored value elsewhere", () => {
    const merged = mergeValues(mine, theirs, { phone: "theirs", email: "mine", lat: "mine" });
    expect(merged).toMatchObject({
      phone: "0361 111111",
      email: "b@example.org",
      lat: 50.9787,
      lng: 11.0328,
    });
    expect(changedFields("contact-points", theirs, merged)).toEqual({ email: "b@example.org", lng: 11.0328 });
  });
});

describe("field messages", () => {
  it("go to the field at the head of their path, the pin's to the map", () => {
    const byField = problemsByField(
      [
        { path: "openingHours.2.closes", code: "CLOSES_BEFORE_OPENS", message: "a" },
        { path: "email", code: "INVALID_EMAIL", message: "b" },
        { path: "lng", code: "OUT_OF_RANGE", message: "c" },
        { path: "openingHours.0.opens", code: "INVALID_TIME", message: "d" },
      ],
      (p) => p.code,
    );
    expect(byField).toEqual({
      openingHours: ["CLOSES_BEFORE_OPENS", "INVALID_TIME"],
      email: ["INVALID_EMAIL"],
      lat: ["OUT_OF_RANGE"],
    });
    // The first in the form's order gets the focus.
    expect(firstInvalidField("contact-points", byField)).toBe("lat");
  });
});

describe("translations asked for per language", () => {
  it("keep the real ones and drop the German fallbacks", () => {
    const record = {
      titleDe: { text: "Kurs", isFallback: false },
      titleEn: { text: "Course", isFallback: false },
      titleAr: { text: "Kurs", isFallback: true },
    };
    expect(translationsOf(record, "title")).toEqual({ de: "Kurs", en: "Course" });
    expect(translationsOf({}, "title")).toBeNull();
  });
});

describe("the state changes offered", () => {
  it("follow the API's rules per state and role", () => {
    expect(allowedActions("DRAFT", false, false)).toEqual(["submit", "archive"]);
    expect(allowedActions("DRAFT", true, false)).toEqual(["publish", "archive"]);
    expect(allowedActions("IN_REVIEW", false, false)).toEqual([]);
    expect(allowedActions("PUBLISHED", false, true)).toEqual(["submit", "verify"]);
    expect(allowedActions("PUBLISHED", true, false)).toEqual(["verify", "archive"]);
    expect(allowedActions("ARCHIVED", false, false)).toEqual([]);
    expect(allowedActions("ARCHIVED", true, false)).toEqual(["restore"]);
  });
});
