import { describe, expect, it } from "vitest";
import { formatEventTime, formatOpeningHours, languageNames } from "./format.ts";
import { loadTranslator, WIDGET_LANGUAGES } from "./i18n/i18n.ts";

// In Chromium: its ICU formats the dates and lists visitors see.

// 12 March 2025, 10:00–17:00 in Thuringia (CET, UTC+1).
const START = "2025-03-12T09:00:00.000Z";
const END = "2025-03-12T16:00:00.000Z";

describe("event dates", () => {
  it("shows the Gregorian date with the time in every language", async () => {
    for (const language of WIDGET_LANGUAGES) {
      const t = await loadTranslator(language);
      const text = formatEventTime(START, END, t);
      // Persian digits read as Latin ones: the Gregorian year and the time of day in Thuringia.
      const latin = text.replace(/[۰-۹]/g, (d) => String(d.charCodeAt(0) - 0x6f0));
      expect(latin, language).toContain("2025");
      expect(latin, language).toMatch(/\b10[:.]00/);
      expect(latin, language).toMatch(/\b(17|5)[:.]00/);
    }
  });

  it("uses the Gregorian calendar for Farsi and adds the Solar Hijri date", async () => {
    const fa = await loadTranslator("fa");
    const text = formatEventTime(START, END, fa);
    expect(text).toContain("۲۰۲۵");
    expect(text).toContain("مارس");
    // 12 March 2025 is 22 Esfand 1403.
    expect(text).toMatch(/\(.*۱۴۰۳.*\)/);
    expect(text).toContain("اسفند");
  });

  it("says a one-day event's day once, and both days of a longer one", async () => {
    const de = await loadTranslator("de");
    expect(formatEventTime(START, END, de)).toBe("12.03.2025, 10:00–17:00 Uhr");
    expect(formatEventTime(START, "2025-03-14T16:00:00.000Z", de)).toBe(
      "12.03.2025, 10:00 – 14.03.2025, 17:00",
    );
    expect(formatEventTime(START, null, de)).toBe("12.03.2025, 10:00");
  });
});

describe("contact card details", () => {
  it("lists languages and opening hours with the language's separators and digits", async () => {
    const de = await loadTranslator("de");
    expect(languageNames(["ar", "en", "fa"], de)).toBe("Arabisch, Englisch und Persisch");
    const ar = await loadTranslator("ar");
    expect(languageNames(["en", "fa"], ar)).toMatch(/ و/);
    const hours = [
      { day: 1, opens: "09:00", closes: "12:00" },
      { day: 2, opens: "13:30", closes: "16:00" },
    ];
    expect(formatOpeningHours(hours, de)).toBe("Mo 09:00–12:00, Di 13:30–16:00");
    const fa = await loadTranslator("fa");
    expect(formatOpeningHours(hours, fa)).toContain("۹:۰۰");
  });
});
