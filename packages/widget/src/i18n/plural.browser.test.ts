import { describe, expect, it } from "vitest";
import { createTranslator, loadTranslator, WIDGET_LANGUAGES } from "./i18n.ts";
import { de } from "./messages.ts";

// Runs in Chromium: its ICU decides plural categories, digits and list separators for visitors.

describe("counted messages", () => {
  it("German: 1 Anlaufstelle, 2 Anlaufstellen", async () => {
    const t = await loadTranslator("de");
    expect(t.t("results", { count: 1 })).toBe("1 Anlaufstelle");
    expect(t.t("results", { count: 2 })).toBe("2 Anlaufstellen");
    expect(t.t("placesFound", { count: 1 })).toBe("1 Ort gefunden");
    expect(t.t("offersFound", { count: 1234 })).toBe("1.234 Angebote");
  });

  it("Arabic: zero, one, two, few (3), many (11) and other (100)", async () => {
    const t = await loadTranslator("ar");
    const texts = [0, 1, 2, 3, 11, 100].map((count) => t.t("results", { count }));
    expect(texts).toEqual([
      "لا توجد جهات اتصال",
      "جهة اتصال واحدة",
      "جهتا اتصال",
      "3 جهات اتصال",
      "11 جهة اتصال",
      "100 جهة اتصال",
    ]);
    expect(t.t("offersFound", { count: 2 })).toBe("عرضان");
  });

  it("Russian and Ukrainian: one (1, 21), few (2), many (5)", async () => {
    const ru = await loadTranslator("ru");
    expect([1, 2, 5, 21].map((count) => ru.t("results", { count }))).toEqual([
      "1 контактный пункт",
      "2 контактных пункта",
      "5 контактных пунктов",
      "21 контактный пункт",
    ]);
    const uk = await loadTranslator("uk");
    expect([1, 3, 5, 21].map((count) => uk.t("placesFound", { count }))).toEqual([
      "Знайдено 1 місце",
      "Знайдено 3 місця",
      "Знайдено 5 місць",
      "Знайдено 21 місце",
    ]);
  });

  it("Farsi counts in Persian digits, Turkish and English by their rules", async () => {
    expect((await loadTranslator("fa")).t("results", { count: 12 })).toBe("۱۲ مرکز مشاوره");
    expect((await loadTranslator("tr")).t("results", { count: 1 })).toBe("1 danışma noktası");
    const en = await loadTranslator("en");
    expect([1, 2].map((count) => en.t("offersFound", { count }))).toEqual(["1 offer", "2 offers"]);
  });

  it("has a variant for every plural category of every language's grammar", async () => {
    const counted = ["results", "resultsNear", "resultsNearYou", "placesFound", "offersFound"];
    for (const language of WIDGET_LANGUAGES) {
      const messages: Record<string, string> =
        language === "de" ? de : (await import(`./locales/${language}.ts`)).default;
      const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
      // `other` is the message's own key; every other category has its `key.category` variant.
      const missing = counted.flatMap((key) =>
        categories.map((c) => (c === "other" ? key : `${key}.${c}`)).filter((k) => !(k in messages)),
      );
      expect(missing, language).toEqual([]);
    }
  });

  it("falls back to German's variant for a count when a language lacks the message", () => {
    const t = createTranslator("ru", {});
    expect(t.t("results", { count: 1 })).toBe("1 Anlaufstelle");
    expect(t.t("results", { count: 5 })).toBe("5 Anlaufstellen");
    // A category missing in a language falls back to its own `other` form, not to German.
    const partial = createTranslator("ar", { results: "{count} X" });
    expect(partial.t("results", { count: 3 })).toBe("3 X");
    // Plain messages work as before.
    expect(t.t("title")).toBe(de.title);
  });
});

describe("numbers, lists and places in the text", () => {
  it("uses one numbering system within a language", async () => {
    const fa = await loadTranslator("fa");
    expect(fa.number(2.5)).toBe("۲٫۵");
    expect(fa.t("distance", { km: 2.5 })).toContain("۲٫۵");
    const ar = await loadTranslator("ar");
    expect(ar.number(2.5)).toBe("2.5");
    expect((await loadTranslator("de")).t("distance", { km: 2.5 })).toBe("2,5 km entfernt");
  });

  it("joins lists with the language's separators", async () => {
    expect((await loadTranslator("de")).list(["A", "B", "C"])).toBe("A, B und C");
    expect((await loadTranslator("ar")).list(["A", "B", "C"])).toBe("A وB وC");
    expect((await loadTranslator("ru")).list(["A", "B", "C"])).toBe("A, B и C");
  });

  it("isolates a place inside Arabic and Farsi sentences, not inside German ones", async () => {
    const ar = await loadTranslator("ar");
    expect(ar.t("resultsNear", { count: 12, place: "99734 Nordhausen" })).toBe(
      "12 جهة اتصال بالقرب من \u206899734 Nordhausen\u2069",
    );
    const de = await loadTranslator("de");
    expect(de.t("resultsNear", { count: 12, place: "99734 Nordhausen" })).toBe(
      "12 Anlaufstellen in der Nähe von 99734 Nordhausen",
    );
  });
});
