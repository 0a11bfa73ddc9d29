import type { Locator } from "playwright-core";
import { describe, expect, it } from "vitest";
import { axeViolations } from "./support/axe.ts";
import { screenshot } from "./support/browser.ts";
import { useBrowserSession } from "./support/session.ts";

// What a visitor who does not read German gets: counts in their language's plural forms, a
// switcher they recognise, German addresses that stay readable in Arabic, event dates they know,
// and hints that fit their device. Against the real API and its sample data.

const { session, hostUrl, visit } = useBrowserSession();

const page = () => session.visit!.page;
const status = () => page().locator("kausa-finder [part=status]");
const switcher = () => page().locator("kausa-finder header select");

async function open(attributes: string, options = {}, extra = "&csp=1") {
  const opened = await visit(hostUrl(`view="list" url-state="off" ${attributes}`, extra), options);
  await page().locator("kausa-finder ol[part=list] > li").first().waitFor();
  return opened;
}

/** Where the text `word` is drawn inside the element: its left edge in CSS pixels. */
const leftOf = (element: Locator, word: string) =>
  element.evaluate((root, wanted) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.indexOf(wanted) ?? -1;
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + wanted.length);
      return range.getBoundingClientRect().left;
    }
    throw new Error(`"${wanted}" is not shown`);
  }, word);

/**
 * Filters (counselling language + service) with a known number of contact points in the sample
 * data, and how each language says that number.
 */
const COUNTS: { attributes: string; texts: Record<string, string> }[] = [
  {
    attributes: 'languages="ar" services="COMPANY_COUNSELLING"',
    texts: {
      de: "1 Anlaufstelle",
      en: "1 contact point",
      ar: "جهة اتصال واحدة",
      fa: "۱ مرکز مشاوره",
      uk: "1 контактний пункт",
      ru: "1 контактный пункт",
      tr: "1 danışma noktası",
    },
  },
  {
    attributes: 'languages="ru" services="COMPANY_COUNSELLING"',
    texts: {
      de: "2 Anlaufstellen",
      en: "2 contact points",
      ar: "جهتا اتصال",
      fa: "۲ مرکز مشاوره",
      uk: "2 контактні пункти",
      ru: "2 контактных пункта",
      tr: "2 danışma noktası",
    },
  },
  {
    attributes: 'languages="uk" services="RECOGNITION_OF_QUALIFICATIONS"',
    texts: { ar: "3 جهات اتصال", uk: "3 контактні пункти", ru: "3 контактных пункта" },
  },
  {
    attributes: 'languages="fa" services="MATCHING"',
    texts: { ar: "5 جهات اتصال", uk: "5 контактних пунктів", ru: "5 контактных пунктов" },
  },
  {
    attributes: 'languages="en" services="MATCHING"',
    texts: { ar: "11 جهة اتصال", uk: "11 контактних пунктів", ru: "11 контактных пунктов" },
  },
  {
    attributes: 'languages="en" services="APPLICATION_HELP"',
    texts: { ar: "21 جهة اتصال", uk: "21 контактний пункт", ru: "21 контактный пункт" },
  },
];

describe("<kausa-finder> in the visitor's language", () => {
  it("says each count in the plural form of each of the seven languages", async () => {
    const seen = new Set<string>();
    for (const { attributes, texts } of COUNTS) {
      await open(attributes);
      for (const [language, text] of Object.entries(texts)) {
        await switcher().selectOption(language);
        await expect
          .poll(() => status().textContent(), { message: `${attributes} in ${language}` })
          .toBe(text);
        seen.add(language);
      }
    }
    expect([...seen].sort()).toEqual(["ar", "de", "en", "fa", "ru", "tr", "uk"]);
    expect(await axeViolations(page())).toEqual([]);
  });

  it("has a switcher with a globe and every language named in itself, under a strict CSP", async () => {
    const { problems } = await open('lang="ar"');
    const globe = page().locator("kausa-finder header svg");
    expect(await globe.getAttribute("aria-hidden")).toBe("true");
    expect((await globe.boundingBox())?.width).toBeGreaterThan(10);
    expect(await switcher().locator("option").allTextContents()).toEqual([
      "Deutsch",
      "English",
      "العربية",
      "فارسی",
      "Українська",
      "Русский",
      "Türkçe",
    ]);
    // Named in the interface language for screen readers (Arabic here), and usable by that name.
    await page().getByRole("combobox", { name: "اللغة" }).selectOption("tr");
    await expect.poll(() => page().locator("kausa-finder [part=base]").getAttribute("lang")).toBe("tr");
    expect(await axeViolations(page())).toEqual([]);
    await screenshot(page(), "languages-01-switcher");
    expect(problems).toEqual([]);
  });

  it("keeps a postcode and town in order inside Arabic text", async () => {
    await open('lang="ar"');
    const input = page().locator("kausa-finder kausa-place-search input");
    await input.fill("99734");
    await page().locator("kausa-finder [role=option]").first().waitFor();
    await input.press("ArrowDown");
    await input.press("Enter");
    await expect.poll(() => status().textContent()).toContain("بالقرب من");
    // In the status sentence: "99734" stays left of "Nordhausen" (unisolated, it would jump right).
    expect(await status().textContent()).toContain("\u206899734 Nordhausen\u2069");
    expect(await leftOf(status(), "99734")).toBeLessThan(await leftOf(status(), "Nordhausen"));
    // In the first result's address, the postcode stays before the town too.
    const address = page().locator("kausa-finder ol[part=list] > li bdi.address").first();
    const text = (await address.textContent()) ?? "";
    const [, postcode, town] = text.match(/(\d{5}) (\S+)/) ?? [];
    expect(postcode).toBeTruthy();
    expect(await leftOf(address, postcode!)).toBeLessThan(await leftOf(address, town!));
    expect(await axeViolations(page())).toEqual([]);
    await screenshot(page(), "languages-02-arabic-place");
  });

  it("names the visitor's own position in the language chosen after locating", async () => {
    await open("", { geolocation: { latitude: 50.6087, longitude: 10.6923 }, permissions: ["geolocation"] });
    const input = page().locator("kausa-finder kausa-place-search input");
    await page().getByRole("button", { name: "In meiner Nähe" }).click();
    await expect.poll(() => status().textContent()).toMatch(/Anlaufstellen? in Ihrer Nähe/);
    await expect.poll(() => input.inputValue()).toBe("In meiner Nähe");
    await switcher().selectOption("uk");
    await expect.poll(() => input.inputValue()).toBe("Поруч зі мною");
    await expect.poll(() => status().textContent()).toMatch(/поруч із вами$/);
    await switcher().selectOption("en");
    await expect.poll(() => input.inputValue()).toBe("Near me");
  });

  it("mentions the arrow keys only on devices with a mouse", async () => {
    const hint = () => page().locator("kausa-finder kausa-place-search #hint");
    const placeStatus = () => page().locator("kausa-finder kausa-place-search [role=status]");
    const suggest = async () => {
      const input = page().locator("kausa-finder kausa-place-search input");
      await input.fill("Nordhausen");
      await page().locator("kausa-finder [role=option]").first().waitFor();
      return page().locator("kausa-finder [role=option]").count();
    };
    await open("");
    expect(await hint().textContent()).toBe("Vorschläge mit Pfeiltasten auswählen");
    const found = await suggest();
    expect(found).toBeGreaterThan(0);
    const places = found === 1 ? "1 Ort gefunden" : `${found} Orte gefunden`;
    await expect
      .poll(() => placeStatus().textContent())
      .toBe(`${places}. Vorschläge mit Pfeiltasten auswählen`);
    // A phone: a touch screen and no mouse.
    await open("", { hasTouch: true, isMobile: true, viewport: { width: 390, height: 844 } });
    expect(await hint().textContent()).toBe("Einen Vorschlag aus der Liste wählen");
    expect(await suggest()).toBe(found);
    await expect
      .poll(() => placeStatus().textContent())
      .toBe(`${places}. Einen Vorschlag aus der Liste wählen`);
    expect(await placeStatus().textContent()).not.toContain("Pfeil");
    expect(await axeViolations(page())).toEqual([]);
  });

  it("shows event dates in the Gregorian calendar with their time, in Farsi with the Solar Hijri date", async () => {
    await open('lang="fa"');
    await page().locator("kausa-finder #tab-offers").click();
    const when = page().locator("kausa-finder kausa-offers time").first();
    await when.waitFor();
    const start = new Date((await when.getAttribute("datetime"))!);
    const persianDigits = (n: number) => String(n).replace(/\d/g, (d) => "۰۱۲۳۴۵۶۷۸۹"[Number(d)]!);
    const text = (await when.textContent()) ?? "";
    // The Gregorian year and a time of day ("۱۰:۰۰"), then the Solar Hijri date in brackets.
    expect(text).toContain(persianDigits(start.getUTCFullYear()));
    expect(text).toMatch(/[۰-۹]{1,2}:[۰-۹]{2}/);
    expect(text).toMatch(/\(.*[۰-۹]{4}.*\)$/);
    expect(text).toContain(`(`);
    // The number of offers, in Farsi digits, in a live region.
    const count = page().locator("kausa-finder kausa-offers [role=status]");
    await expect.poll(() => count.textContent()).toMatch(/^[۰-۹]+ برنامه$/);
    expect(await axeViolations(page())).toEqual([]);
    await screenshot(page(), "languages-03-offers-fa");
  });
});
