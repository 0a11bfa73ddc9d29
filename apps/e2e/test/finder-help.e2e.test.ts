import type { Locator, Response } from "playwright-core";
import { describe, expect, it } from "vitest";
import { axeViolations } from "./support/axe.ts";
import { screenshot } from "./support/browser.ts";
import { useBrowserSession } from "./support/session.ts";

// Results that fit the visitor (issue #12): "Was bedeutet das?" explains services and target
// groups in plain words (German: Leichte Sprache) from the filter and from each card, its texts
// fetched on first use only; a visitor reading Arabic sees which contact points counsel in Arabic
// and narrows the list to them with one click. Against the real API and its sample data.

const { session, hostUrl, visit } = useBrowserSession();

const page = () => session.visit!.page;
const status = () => page().locator("kausa-finder [part=status]");
const cards = () => page().locator("kausa-finder ol[part=list] > li");
/** Whether the element (inside the shadow roots) has the focus. */
const focused = (locator: Locator) => locator.evaluate((el) => el.matches(":focus"));
const terms = (explanation: Locator) => explanation.locator("dt").allTextContents();
/** Bidi isolates around parameters in right-to-left texts are invisible: compared without them. */
const visible = (text: string | null) => (text ?? "").replace(/[\u2068\u2069]/g, "").trim();

async function open(attributes: string) {
  const opened = await visit(hostUrl(`view="list" url-state="off" ${attributes}`, "&csp=1"));
  await cards().first().waitFor();
  await expect.poll(() => status().textContent()).toMatch(/\S/);
  return opened;
}

/** The widget's chunk that holds these words: resolves when the browser has received it. */
const chunkWith = (words: string) =>
  page().waitForResponse(
    async (response: Response) =>
      response.url().includes("/widget/assets/") && (await response.text()).includes(words),
  );

/** What the API says about the contact points counselling in a language (all of them). */
async function counsellingIn(language: string): Promise<Set<string>> {
  const response = await fetch(`${session.servers.api}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/json" },
    body: JSON.stringify({
      query: `query In($filter: ContactPointFilter) { contactPoints(filter: $filter, first: 100) { edges { node { id } } } }`,
      variables: { filter: { languages: [language] } },
    }),
  });
  const { data } = (await response.json()) as {
    data: { contactPoints: { edges: { node: { id: string } }[] } };
  };
  return new Set(data.contactPoints.edges.map((edge) => edge.node.id));
}

/** The status line of another page showing the finder with these attributes (what a filter should lead to). */
async function statusWith(attributes: string) {
  const other = await session.visit!.context.newPage();
  await other.goto(hostUrl(`view="list" url-state="off" ${attributes}`));
  const line = other.locator("kausa-finder [part=status]");
  await expect.poll(() => line.textContent()).toMatch(/\d/);
  const text = await line.textContent();
  await other.close();
  return text;
}

describe("'Was bedeutet das?'", () => {
  it("opens from the filter and from a card by keyboard; the texts are fetched on first use only", async () => {
    const { page, requests, problems } = await open("");
    const services = page.locator("kausa-finder [data-filter=services]");
    const disclosure = services.locator("details.explanation");
    const summary = disclosure.locator("summary");
    expect(visible(await summary.textContent())).toBe("Was bedeutet das? – Was brauchen Sie?");
    const assetsBefore = requests.filter((url) => url.includes("/widget/assets/"));
    expect(
      assetsBefore.filter((url) => url.includes("/explanation-")),
      "the component is not in the first paint",
    ).toEqual([]);

    // From the select, Tab reaches the disclosure; Enter opens it.
    await services.locator("select").focus();
    await page.keyboard.press("Tab");
    await expect.poll(() => focused(summary)).toBe(true);
    const chunk = chunkWith("Ausbildungs-Platz");
    await page.keyboard.press("Enter");
    const fetched = (await chunk).url();
    expect(assetsBefore, "not fetched before the first opening").not.toContain(fetched);
    const explanation = disclosure.locator("kausa-explanation");
    await expect.poll(() => terms(explanation)).toHaveLength(9); // "Alle": every service
    expect(await disclosure.getAttribute("open")).not.toBeNull();
    expect(requests.filter((url) => url.includes("/explanation-"))).toHaveLength(1);
    expect(await axeViolations(page)).toEqual([]);

    // One service chosen: its explanation alone.
    await services.locator("select").selectOption("MATCHING");
    await expect.poll(() => terms(explanation)).toEqual(["Vermittlung in Ausbildung"]);
    expect(await explanation.locator("dd").textContent()).toContain(
      "Die Beratung sucht mit Ihnen einen passenden Betrieb.",
    );

    const card = cards().first();
    const onCardDisclosure = card.locator("details.explanation");
    const onCard = onCardDisclosure.locator("kausa-explanation");
    const named = await card.locator(".services p").textContent();
    await onCardDisclosure.locator("summary").focus();
    await page.keyboard.press("Enter");
    await expect.poll(async () => (await terms(onCard)).length).toBeGreaterThan(0);
    for (const term of await terms(onCard)) expect(named).toContain(term);
    expect(
      requests.filter((url) => url === fetched),
      "fetched once",
    ).toHaveLength(1);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, "finder-help-de");

    // Enter again closes it, the focus stays on the summary.
    await page.keyboard.press("Enter");
    await expect.poll(() => onCardDisclosure.getAttribute("open")).toBeNull();
    await expect.poll(() => focused(onCardDisclosure.locator("summary"))).toBe(true);
    expect(problems).toEqual([]);
  });
});

describe("a visitor who reads Arabic", () => {
  it("sees explanations in Arabic, right to left, from the filter and from a card", async () => {
    const { page, problems } = await open('lang="ar"');
    const targets = page.locator("kausa-finder [data-filter=targetGroups]");
    const disclosure = targets.locator("details.explanation");
    const explanation = disclosure.locator("kausa-explanation");
    await targets.locator("select").focus();
    await page.keyboard.press("Tab");
    await expect.poll(() => focused(disclosure.locator("summary"))).toBe(true);
    await page.keyboard.press("Enter");
    await expect.poll(() => terms(explanation)).toHaveLength(6);
    expect((await terms(explanation))[2]).toBe("الآباء والأمهات");
    expect(await explanation.locator("dd").nth(2).textContent()).toContain("للأمهات والآباء.");
    expect(
      await explanation
        .locator("dd")
        .first()
        .evaluate((el) => getComputedStyle(el).direction),
    ).toBe("rtl");

    const onCardDisclosure = cards().first().locator("details.explanation");
    const onCard = onCardDisclosure.locator("kausa-explanation");
    await onCardDisclosure.locator("summary").focus();
    await page.keyboard.press("Enter");
    await expect.poll(async () => (await terms(onCard)).length).toBeGreaterThan(0);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, "finder-help-ar");
    expect(problems).toEqual([]);
  });

  it("sees which contact points counsel in Arabic, and narrows the list to them with one click", async () => {
    const arabic = await counsellingIn("ar");
    const { page, problems } = await open('lang="ar"');
    const shown = await cards().evaluateAll((items) =>
      items.map((li) => ({
        id: (li as HTMLElement).dataset.id!,
        badge: li.querySelector(".badge.own-language")?.textContent ?? "",
      })),
    );
    // Both kinds on the first page, or the test could not tell them apart.
    expect(shown.filter((card) => arabic.has(card.id)).length).toBeGreaterThan(0);
    expect(shown.filter((card) => !arabic.has(card.id)).length).toBeGreaterThan(0);
    for (const card of shown) {
      expect(visible(card.badge), card.id).toBe(arabic.has(card.id) ? "استشارة باللغة العربية" : "");
    }
    expect(await axeViolations(page)).toEqual([]);

    const expected = await statusWith('lang="ar" languages="ar"');
    const before = await status().textContent();
    expect(before).not.toBe(expected);
    const button = page.locator("kausa-finder button.own-language");
    expect(visible(await button.textContent())).toBe("فقط مع استشارة باللغة العربية");
    await button.focus();
    await page.keyboard.press("Enter");
    await expect.poll(() => status().textContent()).toBe(expected);
    const select = page.locator("kausa-finder select[name=languages]");
    expect(await select.inputValue()).toBe("ar");
    await expect.poll(() => button.count()).toBe(0);
    await expect.poll(() => focused(select)).toBe(true);
    // Now every card shown counsels in Arabic, each with the badge.
    const badges = await cards().evaluateAll((items) =>
      items.map((li) => li.querySelector(".badge.own-language") !== null),
    );
    expect(badges.length).toBeGreaterThan(0);
    expect(badges.filter((badge) => !badge)).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, "finder-own-language-ar");
    expect(problems).toEqual([]);
  });

  it("is not offered in German: no badge, no one-click language", async () => {
    const { page } = await open("");
    expect(await page.locator("kausa-finder .badge.own-language").count()).toBe(0);
    expect(await page.locator("kausa-finder button.own-language").count()).toBe(0);
  });
});
