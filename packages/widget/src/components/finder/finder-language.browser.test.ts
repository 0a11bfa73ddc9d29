import { afterEach, describe, expect, it } from "vitest";
import { api, cleanup, mount, shadow } from "../../../test/browser/fixture.ts";
import "./finder.ts";
import type { KausaFinder } from "./finder.component.ts";

afterEach(() => {
  cleanup();
  document.documentElement.lang = "de";
});

const heading = (finder: KausaFinder) => shadow(finder, "h2")[0]?.textContent ?? "";
const base = (finder: KausaFinder) => shadow(finder, "[part=base]")[0]!;
const status = (finder: KausaFinder) => shadow(finder, "[part=status]")[0]?.textContent?.trim() ?? "";

async function finder(attributes = "") {
  const element = await mount<KausaFinder>(
    `<kausa-finder api="${api()}" url-state="off" view="list" ${attributes}></kausa-finder>`,
  );
  await expect.poll(() => status(element)).toMatch(/\d/);
  return element;
}

describe("<kausa-finder> language", () => {
  it("follows the page's <html lang> while it is shown, texts and results alike", async () => {
    const element = await finder();
    expect(heading(element)).toBe("Hilfe zur Ausbildung in Ihrer Nähe");
    document.documentElement.lang = "en";
    await expect.poll(() => base(element).getAttribute("lang")).toBe("en");
    expect(heading(element)).not.toBe("Hilfe zur Ausbildung in Ihrer Nähe");
    await expect.poll(() => status(element)).toMatch(/^\d+ contact points$/i);
    document.documentElement.lang = "ar";
    await expect.poll(() => base(element).getAttribute("dir")).toBe("rtl");
  });

  it("follows its lang attribute, which wins over the page, and falls back to the page without it", async () => {
    const element = await finder('lang="uk"');
    expect(base(element).getAttribute("lang")).toBe("uk");
    element.setAttribute("lang", "fa");
    await expect.poll(() => base(element).getAttribute("dir")).toBe("rtl");
    expect(base(element).getAttribute("lang")).toBe("fa");
    // A finder without the attribute on the same page: once it shows English, the page's change has
    // reached both (their observers ran in the same turn, and English has loaded).
    const follower = await finder();
    document.documentElement.lang = "en";
    await expect.poll(() => base(follower).getAttribute("lang")).toBe("en");
    await element.updateComplete;
    expect(base(element).getAttribute("lang")).toBe("fa");
    element.removeAttribute("lang");
    await expect.poll(() => base(element).getAttribute("lang")).toBe("en");
  });

  it("switches with the language switcher and tells the page", async () => {
    const element = await finder();
    const announced: string[] = [];
    document.addEventListener(
      "kausa-language-change",
      (e) => announced.push((e as CustomEvent).detail.language),
      {
        once: true,
      },
    );
    const switcher = shadow<HTMLSelectElement>(element, "header select")[0]!;
    switcher.value = "tr";
    switcher.dispatchEvent(new Event("change"));
    await expect.poll(() => base(element).getAttribute("lang")).toBe("tr");
    expect(announced).toEqual(["tr"]);
    expect(shadow<HTMLSelectElement>(element, "header select")[0]!.value).toBe("tr");
    // The embedder's later word (a new attribute value) replaces the visitor's choice.
    element.setAttribute("lang", "en");
    await expect.poll(() => base(element).getAttribute("lang")).toBe("en");
  });

  it("ends in the language chosen last when switching away and back before the first one loaded", async () => {
    const element = await finder();
    const announced: string[] = [];
    element.addEventListener("kausa-language-change", (e) => announced.push(e.detail.language));
    const switcher = shadow<HTMLSelectElement>(element, "header select")[0]!;
    // de → en → de within one task: English cannot have loaded yet.
    switcher.value = "en";
    switcher.dispatchEvent(new Event("change"));
    switcher.value = "de";
    switcher.dispatchEvent(new Event("change"));
    // Each choice is announced once its texts are shown — for English, once its load finished.
    await expect.poll(() => [...announced].sort()).toEqual(["de", "en"]);
    await element.updateComplete;
    expect(base(element).getAttribute("lang")).toBe("de");
    expect(heading(element)).toBe("Hilfe zur Ausbildung in Ihrer Nähe");
    expect(status(element)).toMatch(/^\d+ Anlaufstellen$/);
  });
});

/** Chooses a language with the switcher, as a visitor does. */
async function switchTo(element: KausaFinder, language: string) {
  const switcher = shadow<HTMLSelectElement>(element, "header select")[0]!;
  switcher.value = language;
  switcher.dispatchEvent(new Event("change"));
  await expect.poll(() => base(element).getAttribute("lang")).toBe(language);
}

describe("<kausa-finder> counts and switcher", () => {
  it("says the count in each language's plural form (the sample data has 1 and 2 such places)", async () => {
    // One contact point counsels companies in Arabic, two in Russian (packages/db/sample-data).
    const one = await finder('languages="ar" services="COMPANY_COUNSELLING"');
    await expect.poll(() => status(one)).toBe("1 Anlaufstelle");
    await switchTo(one, "ar");
    await expect.poll(() => status(one)).toBe("جهة اتصال واحدة");
    await switchTo(one, "ru");
    await expect.poll(() => status(one)).toBe("1 контактный пункт");
    const two = await finder('languages="ru" services="COMPANY_COUNSELLING"');
    await expect.poll(() => status(two)).toBe("2 Anlaufstellen");
    await switchTo(two, "ar");
    await expect.poll(() => status(two)).toBe("جهتا اتصال");
    await switchTo(two, "uk");
    await expect.poll(() => status(two)).toBe("2 контактні пункти");
  });

  it("shows a globe and each language named in itself, without style attributes", async () => {
    const element = await finder();
    const globe = shadow<SVGElement>(element, "header svg")[0]!;
    expect(globe.getAttribute("aria-hidden")).toBe("true");
    expect(globe.getBoundingClientRect().width).toBeGreaterThan(10);
    expect(shadow(element, "header [style]")).toEqual([]);
    const options = shadow<HTMLOptionElement>(element, "header select option");
    expect(options.map((o) => [o.value, o.lang, o.textContent])).toEqual([
      ["de", "de", "Deutsch"],
      ["en", "en", "English"],
      ["ar", "ar", "العربية"],
      ["fa", "fa", "فارسی"],
      ["uk", "uk", "Українська"],
      ["ru", "ru", "Русский"],
      ["tr", "tr", "Türkçe"],
    ]);
    // The names stay the same in every interface language: a visitor finds their own.
    await switchTo(element, "fa");
    expect(shadow<HTMLOptionElement>(element, "header select option")[2]!.textContent).toBe("العربية");
    expect(shadow(element, "header label .visually-hidden")[0]!.textContent).toBe("زبان");
  });
});
