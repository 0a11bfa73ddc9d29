import { describe, expect, it } from "vitest";
import { localeFromAcceptLanguage, translate } from "../src/locale.ts";
import { decodeCursor, encodeCursor, pageWindow } from "../src/pagination.ts";

describe("Accept-Language", () => {
  it.each([
    [undefined, "de"],
    ["", "de"],
    ["ar-SY,ar;q=0.9,en;q=0.8", "ar"],
    ["fr-FR, fa;q=0.7, en;q=0.9", "en"],
    ["sw, fr", "de"],
    ["uk;q=0, ru;q=0.5", "ru"],
    ["tr;q=abc, en", "en"],
  ])("%s → %s", (header, locale) => {
    expect(localeFromAcceptLanguage(header)).toBe(locale);
  });
});

describe("translate", () => {
  it("returns the language asked for, else German marked as fallback", () => {
    expect(translate({ de: "Schulung", ar: "تدريب" }, "ar")).toEqual({
      text: "تدريب",
      locale: "ar",
      isFallback: false,
    });
    expect(translate({ de: "Schulung" }, "fa")).toEqual({ text: "Schulung", locale: "de", isFallback: true });
    expect(translate({ de: "Schulung" }, "de")).toEqual({
      text: "Schulung",
      locale: "de",
      isFallback: false,
    });
    expect(translate(null, "de")).toBeNull();
  });
});

describe("cursors", () => {
  it("round-trips offsets and rejects anything else", () => {
    expect(decodeCursor(encodeCursor(41))).toBe(41);
    expect(() => decodeCursor("garbage")).toThrow(/cursor is not valid/);
    expect(pageWindow({ first: 10, after: encodeCursor(9) })).toEqual({ limit: 10, offset: 10 });
    expect(pageWindow({})).toEqual({ limit: 20, offset: 0 });
  });
});
