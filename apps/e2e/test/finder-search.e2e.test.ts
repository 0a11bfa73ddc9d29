import { describe, expect, it } from "vitest";
import { axeViolations } from "./support/axe.ts";
import { screenshot } from "./support/browser.ts";
import { useFinderSession } from "./support/finder-session.ts";
import { calendarLines, icsUtc, propertyValues } from "./support/icalendar.ts";

// A visitor looking for help: the first list, a place, filters, their own position, the offers
// and what they see when nothing matches or the API is out of reach.

const { session, hostUrl, openVisit, results, status, open, searchPlace } = useFinderSession();

describe("<kausa-finder> finding help", () => {
  it("loads from the API's origin, lists contact points and has no accessibility violations", async () => {
    const { page, problems } = await open();
    await expect.poll(() => status().textContent()).toMatch(/\d+ Anlaufstellen/);
    expect(await results().count()).toBe(20);
    expect(await page.locator("kausa-finder .badge").first().textContent()).toBe("Beispieldaten");
    await page.locator("kausa-finder kausa-map canvas").waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, "01-initial");
    expect(problems).toEqual([]);
  });

  it("searches by postcode and lists the nearest first", async () => {
    const { page } = await open();
    await searchPlace("99734");
    const texts = await results().locator("strong").allTextContents();
    const km = texts.map((t) => Number(t.replace(/[^\d,]/g, "").replace(",", ".")));
    expect(km.length).toBeGreaterThan(0);
    expect(km).toEqual([...km].sort((a, b) => a - b));
    const input = await page.locator("kausa-finder kausa-place-search input").inputValue();
    expect(input).toMatch(/^99734 /);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, "02-postcode-search");
  });

  it("filters by what the visitor needs, shows the count and clears the filters", async () => {
    const { page } = await open();
    await expect.poll(() => status().textContent()).toMatch(/\d+ Anlaufstellen/);
    const before = Number((await status().textContent())!.match(/\d+/)![0]);
    await page.locator("kausa-finder select[name=services]").selectOption("MATCHING");
    await expect
      .poll(async () => Number((await status().textContent())!.match(/\d+/)?.[0]))
      .toBeLessThan(before);
    await page.locator("kausa-finder input[type=checkbox]").check();
    await page.locator("kausa-finder select[name=languages]").selectOption("ar");
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, "03-filtered");
    await page.getByRole("button", { name: "Filter zurücksetzen" }).click();
    await expect.poll(async () => Number((await status().textContent())!.match(/\d+/)?.[0])).toBe(before);
    expect(await page.locator("kausa-finder select[name=services]").inputValue()).toBe("");
  });

  it("finds help near the visitor with the browser's location, and explains a refusal", async () => {
    const visit = await openVisit(hostUrl('view="list"'), {
      geolocation: { latitude: 50.6087, longitude: 10.6923 },
      permissions: ["geolocation"],
    });
    const { page } = visit;
    await results().first().waitFor();
    // The host page hears of places chosen from the suggestions, never of the visitor's position.
    await page.evaluate(() => {
      const heard: unknown[] = [];
      (window as unknown as { heard: unknown[] }).heard = heard;
      document.addEventListener("kausa-place-select", (e) => heard.push((e as CustomEvent).detail));
    });
    await page.getByRole("button", { name: "In meiner Nähe" }).click();
    await expect.poll(() => status().textContent()).toMatch(/\d+ Anlaufstellen in Ihrer Nähe/);
    expect(await page.locator("kausa-finder kausa-place-search [role=status]").textContent()).toContain(
      "Standort gefunden",
    );
    // Choosing a result writes the deep link; the position is not in it, nor in the history.
    await results().first().locator("h3 button").click();
    await expect.poll(() => new URL(page.url()).searchParams.has("kf-selected")).toBe(true);
    const url = new URL(page.url());
    expect([...url.searchParams.keys()].filter((k) => /^kf-(lat|lng|place)$/.test(k))).toEqual([]);
    expect(url.toString()).not.toContain("50.6087");
    expect(await page.evaluate(() => (window as unknown as { heard: unknown[] }).heard)).toEqual([]);
    const refused = await openVisit(hostUrl('view="list"'), { permissions: [] });
    await refused.page.locator("kausa-finder ol[part=list] > li").first().waitFor();
    await refused.page.getByRole("button", { name: "In meiner Nähe" }).click();
    await expect
      .poll(() => session.visit!.page.locator("kausa-finder kausa-place-search [role=status]").textContent())
      .toContain("Standort nicht verfügbar");
  });

  it("lists upcoming trainings and events in the offers tab", async () => {
    const { page, operations } = await open('view="list" region="suedwestthueringen"');
    const searches = () => operations.filter((o) => o.startsWith("ContactPoints")).length;
    const before = searches();
    await page.getByRole("tab", { name: "Angebote und Termine" }).click();
    const offers = page.locator("kausa-finder kausa-offers li");
    await offers.first().waitFor();
    // Switching tabs changes nothing the contact search depends on: it is not sent again.
    expect(searches()).toBe(before);
    expect(await offers.count()).toBeGreaterThan(0);
    expect(await offers.first().locator(".kind").textContent()).toBeTruthy();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, "05-offers");
  });

  it("downloads a dated offer from its card as a calendar file with the offer in it", async () => {
    const { page } = await open('view="list" region="suedwestthueringen"');
    await page.getByRole("tab", { name: "Angebote und Termine" }).click();
    // Only a dated offer has a calendar link (a guide has none): the first card that shows one.
    const card = page
      .locator("kausa-finder kausa-offers li")
      .filter({ has: page.getByRole("link", { name: "In den Kalender (.ics)" }) })
      .first();
    await card.waitFor();
    const link = card.getByRole("link", { name: "In den Kalender (.ics)" });
    expect(await link.getAttribute("download")).not.toBeNull();
    const href = (await link.getAttribute("href"))!;
    const title = (await card.locator("h3").textContent())!.trim();
    const startsAt = (await card.locator("time").getAttribute("datetime"))!;
    // Fetched from the host page, as its visitor's browser would: across origins, to the API.
    const file = await page.evaluate(async (url) => {
      const response = await fetch(url);
      return {
        status: response.status,
        type: response.headers.get("content-type"),
        disposition: response.headers.get("content-disposition"),
        body: await response.text(),
      };
    }, href);
    expect(file.status).toBe(200);
    expect(file.type).toMatch(/^text\/calendar\b/);
    expect(file.disposition).toMatch(/^attachment; filename="[^"]+\.ics"/);
    const lines = calendarLines(file.body);
    expect([lines[0], lines.at(-1)]).toEqual(["BEGIN:VCALENDAR", "END:VCALENDAR"]);
    expect(lines.filter((line) => line === "BEGIN:VEVENT")).toHaveLength(1);
    expect(propertyValues(lines, "SUMMARY")).toEqual([title]);
    expect(propertyValues(lines, "DTSTART")).toEqual([icsUtc(startsAt)]);
  });

  it("explains an empty result instead of showing an empty list", async () => {
    const visit = await openVisit(
      hostUrl('view="list" languages="es" services="COMPANY_COUNSELLING" locked="languages,services"'),
    );
    await expect
      .poll(() => status().textContent())
      .toBe("Keine Anlaufstellen gefunden. Versuchen Sie weniger Filter.");
    expect(await results().count()).toBe(0);
    expect(await axeViolations(visit.page)).toEqual([]);
  });

  it("says so when the API cannot be reached, and recovers with 'Erneut versuchen'", async () => {
    const visit = await openVisit(hostUrl('view="list"'));
    const { page } = visit;
    await results().first().waitFor();
    // The widget's persisted GETs carry their parameters after the path.
    const graphql = (url: URL) => url.pathname === "/graphql";
    await page.route(graphql, (route) => route.abort("connectionrefused"));
    await page.locator("kausa-finder select[name=services]").selectOption("MATCHING");
    const alert = page.locator("kausa-finder [role=alert]");
    await expect.poll(() => alert.textContent()).toContain("Die Daten konnten nicht geladen werden.");
    expect(await results().count()).toBe(0);
    await page.unroute(graphql);
    await alert.getByRole("button", { name: "Erneut versuchen" }).click();
    await expect.poll(() => alert.count()).toBe(0);
    await expect.poll(() => status().textContent()).toMatch(/\d+ Anlaufstellen/);
  });
});
