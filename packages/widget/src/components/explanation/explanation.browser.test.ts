import { afterEach, describe, expect, it } from "vitest";
import { userEvent } from "vitest/browser";
import { contactPoints } from "../../../test/browser/api-queries.ts";
import { api, cleanup, mount, shadow } from "../../../test/browser/fixture.ts";
import "../finder/finder.ts";
import type { KausaFinder } from "../finder/finder.component.ts";
import type { KausaExplanation } from "./explanation.component.ts";

afterEach(cleanup);

// No static import of ./explanation.ts: the finder fetches it on the first opening, as on a host page.

/** The modules the page has fetched whose path matches (Vite serves each module as its own file). */
const fetched = (path: RegExp) =>
  performance
    .getEntriesByType("resource")
    .map((entry) => entry.name)
    .filter((name) => path.test(name));
const COMPONENT = /\/explanation\/explanation\.ts/;
const TEXTS = /\/i18n\/explanations\/\w+\.ts/;

/** The disclosure in a filter field or a card, and the explanation inside it. */
const disclosureIn = (root: ParentNode) => root.querySelector<HTMLDetailsElement>("details.explanation")!;
const explanationIn = (root: ParentNode) => root.querySelector<KausaExplanation>("kausa-explanation")!;
const terms = (explanation: KausaExplanation) =>
  [...(explanation.shadowRoot?.querySelectorAll("dt") ?? [])].map((dt) => dt.textContent?.trim());
const definitions = (explanation: KausaExplanation) =>
  [...(explanation.shadowRoot?.querySelectorAll("dd") ?? [])].map((dd) => dd.textContent?.trim() ?? "");
/** Bidi isolates around parameters in right-to-left texts are invisible: compared without them. */
const visible = (text: string | null | undefined) => (text ?? "").replace(/[\u2068\u2069]/g, "").trim();

async function openByKeyboard(root: ParentNode) {
  const disclosure = disclosureIn(root);
  disclosure.querySelector("summary")!.focus();
  await userEvent.keyboard("{Enter}");
  await expect.poll(() => disclosure.open).toBe(true);
  return explanationIn(root);
}

const status = (finder: KausaFinder) => visible(shadow(finder, "[part=status]")[0]?.textContent);
const cards = (finder: KausaFinder) => shadow(finder, "ol[part=list] > li");
const shortcut = (finder: KausaFinder) => shadow<HTMLButtonElement>(finder, "button.own-language")[0];
const field = (finder: KausaFinder, name: string) => shadow(finder, `[data-filter=${name}]`)[0]!;

async function finder(attributes: string) {
  const element = await mount<KausaFinder>(
    `<kausa-finder api="${api()}" url-state="off" view="list" ${attributes}></kausa-finder>`,
  );
  await expect.poll(() => cards(element).length).toBeGreaterThan(0);
  await expect.poll(() => status(element)).not.toBe("");
  return element;
}

describe("<kausa-finder> in German", () => {
  // First in the file: the modules are fetched once per page.
  it("fetches the explanation and its texts on the first opening only, and explains in Leichte Sprache", async () => {
    const element = await finder("");
    const services = field(element, "services");
    expect(visible(disclosureIn(services).querySelector("summary")?.textContent)).toBe(
      "Was bedeutet das? – Was brauchen Sie?",
    );
    expect(fetched(COMPONENT)).toEqual([]);
    expect(fetched(TEXTS)).toEqual([]);

    const explanation = await openByKeyboard(services);
    await expect.poll(() => terms(explanation)).toHaveLength(9); // "Alle": every service
    expect(fetched(COMPONENT)).toHaveLength(1);
    expect(fetched(TEXTS)).toEqual([expect.stringMatching(/explanations\/de\.ts/)]);
    expect(definitions(explanation).filter((text) => text.length < 40)).toEqual([]);

    // One service chosen: its explanation alone, from the texts already there.
    const select = services.querySelector("select")!;
    select.value = "MATCHING";
    select.dispatchEvent(new Event("change"));
    await expect.poll(() => terms(explanation)).toEqual(["Vermittlung in Ausbildung"]);
    expect(definitions(explanation)[0]).toContain("Ausbildungs-Platz");
    await userEvent.keyboard("{Enter}");
    await expect.poll(() => disclosureIn(services).open).toBe(false);
    expect(fetched(TEXTS)).toHaveLength(1);
  });

  it("has no language badge and no one-click language, and explains the chosen target group", async () => {
    const element = await finder('target-groups="PARENTS"');
    expect(shadow(element, ".badge.own-language")).toEqual([]);
    expect(shortcut(element)).toBeUndefined();
    const explanation = await openByKeyboard(field(element, "targetGroups"));
    await expect.poll(() => terms(explanation)).toEqual(["Eltern"]);
    expect(definitions(explanation)[0]).toContain("Mütter und Väter");
  });
});

describe("<kausa-finder> for a visitor who reads Arabic", () => {
  it("marks the contact points counselling in Arabic, and only those", async () => {
    const arabic = new Set((await contactPoints({ languages: ["ar"] }, 100)).ids);
    const element = await finder('lang="ar"');
    await expect.poll(() => shadow(element, ".badge.own-language").length).toBeGreaterThan(0);
    const shown = cards(element).map((card) => ({
      id: card.dataset.id!,
      badge: visible(card.querySelector(".badge.own-language")?.textContent),
    }));
    // Both kinds are on the first page, so the test can tell them apart.
    expect(shown.some((card) => !arabic.has(card.id))).toBe(true);
    expect(shown.some((card) => arabic.has(card.id))).toBe(true);
    for (const card of shown)
      expect(card.badge, card.id).toBe(arabic.has(card.id) ? "استشارة باللغة العربية" : "");
  });

  it("sets the language filter to Arabic with one click, then focuses the select", async () => {
    const element = await finder('lang="ar"');
    const onlyArabic = await finder('lang="ar" languages="ar"');
    const expected = status(onlyArabic);
    expect(shortcut(onlyArabic), "not offered when the filter has Arabic already").toBeUndefined();
    expect(status(element)).not.toBe(expected);

    const button = shortcut(element)!;
    expect(visible(button.textContent)).toBe("فقط مع استشارة باللغة العربية");
    button.focus();
    await userEvent.keyboard("{Enter}");
    await expect.poll(() => status(element)).toBe(expected);
    const select = shadow<HTMLSelectElement>(element, "select[name=languages]")[0]!;
    expect(select.value).toBe("ar");
    expect(shortcut(element)).toBeUndefined();
    expect(element.shadowRoot!.activeElement).toBe(select);
  });

  it("explains the services in Arabic, right to left, from the filter and from a card", async () => {
    const element = await finder('lang="ar"');
    const filter = await openByKeyboard(field(element, "services"));
    await expect.poll(() => terms(filter)).toHaveLength(9);
    expect(terms(filter)[0]).toBe("استشارات التدريب المهني");
    const text = filter.shadowRoot!.querySelector("dd")!;
    expect(getComputedStyle(text).direction).toBe("rtl");
    expect(definitions(filter)[0]).toContain("التدريب المهني");

    const card = cards(element)[0]!;
    const onCard = await openByKeyboard(card);
    await expect.poll(() => terms(onCard).length).toBeGreaterThan(0);
    const named = visible(card.querySelector(".services p")?.textContent);
    for (const term of terms(onCard)) expect(named).toContain(term);
    // The other cards' explanations stay closed and empty.
    const closed = cards(element)
      .slice(1)
      .map((other) => explanationIn(other).shadowRoot?.querySelector("dl"));
    expect(closed.length).toBeGreaterThan(0);
    expect(closed.filter(Boolean)).toEqual([]);
  });

  it("follows a language switch while open", async () => {
    const element = await finder('lang="en"');
    const explanation = await openByKeyboard(field(element, "targetGroups"));
    await expect.poll(() => terms(explanation)[0]).toBe("Young people");
    element.setAttribute("lang", "tr");
    await expect.poll(() => terms(explanation)[0]).toBe("Gençler");
    expect(definitions(explanation)[0]).toContain("genç yetişkinler");
  });
});
