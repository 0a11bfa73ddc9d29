import { describe, expect, it } from "vitest";
import { directionOf, loadTranslator, WIDGET_LANGUAGES, widgetLanguage } from "../src/i18n/i18n.ts";
import { de } from "../src/i18n/messages.ts";

describe("widget languages", () => {
  it("loads every language, right-to-left for Arabic and Farsi", async () => {
    for (const language of WIDGET_LANGUAGES) {
      const t = await loadTranslator(language);
      expect(t.dir).toBe(language === "ar" || language === "fa" ? "rtl" : "ltr");
      expect(t.t("title").length).toBeGreaterThan(5);
    }
    expect(directionOf("ar")).toBe("rtl");
  });

  it("translates the core texts into every language, and falls back to German for the rest", async () => {
    const core = [
      "title",
      "searchLabel",
      "nearMe",
      "results",
      "noResults",
      "openingHours",
      "sample",
      "fallback",
    ] as const;
    for (const language of WIDGET_LANGUAGES.filter((l) => l !== "de")) {
      const t = await loadTranslator(language);
      for (const key of core) expect(t.t(key), `${language}.${key}`).not.toBe(de[key]);
    }
    const uk = await loadTranslator("uk");
    expect(uk.t("attribution")).toBe(de.attribution);
  });

  it("has every text in every language (only the data attribution stays German, as the licences word it)", async () => {
    for (const language of WIDGET_LANGUAGES.filter((l) => l !== "de")) {
      const messages = (await import(`../src/i18n/locales/${language}.ts`)).default as Record<string, string>;
      const missing = Object.keys(de).filter((key) => key !== "attribution" && !(key in messages));
      expect(missing, language).toEqual([]);
    }
  });

  it("fills parameters and picks a supported language from a tag", async () => {
    const ar = await loadTranslator("ar");
    expect(ar.t("resultsNear", { count: 3, place: "Nordhausen" })).toContain("Nordhausen");
    expect(widgetLanguage("fa-IR")).toBe("fa");
    expect(widgetLanguage("sw")).toBeUndefined();
  });
});
