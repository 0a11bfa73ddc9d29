import { describe, expect, it } from "vitest";
import { useBrowserSession } from "./support/session.ts";

const { session, hostUrl, visit: openVisit } = useBrowserSession();

describe("<kausa-finder> with invalid attributes", () => {
  it("warns once per attribute in the console and shows the unfiltered results", async () => {
    const { page, problems } = await openVisit(hostUrl('view="list"'));
    await page.locator("kausa-finder ol[part=list] > li").first().waitFor();
    const unfiltered = await page.locator("kausa-finder [part=status]").textContent();
    expect(unfiltered).toMatch(/\d+ Anlaufstellen/);

    // The same page with a typo in the region, an unknown service and target group, a wrong locked name.
    const warnings: string[] = [];
    page.on("console", (message) => {
      if (message.type() === "warning") warnings.push(message.text());
    });
    await page.goto(
      hostUrl('view="list" region="ost-thueringen" services="CAREER" target-groups="KIDS" locked="area"'),
    );
    await page.locator("kausa-finder ol[part=list] > li").first().waitFor();
    await expect.poll(() => page.locator("kausa-finder [part=status]").textContent()).toBe(unfiltered);
    const finderWarnings = warnings.filter((w) => w.startsWith("<kausa-finder>"));
    expect(finderWarnings).toEqual([
      '<kausa-finder>: attribute "region" has an invalid value: "ost-thueringen". Valid: nordthueringen, mittelthueringen, ostthueringen, suedwestthueringen. No preset is used for it.',
      expect.stringMatching(
        /^<kausa-finder>: attribute "services" has an invalid value: "CAREER"\. Valid: TRAINING_COUNSELLING, .*MATCHING/,
      ),
      expect.stringMatching(
        /^<kausa-finder>: attribute "target-groups" has an invalid value: "KIDS"\. Valid: YOUNG_PEOPLE, /,
      ),
      '<kausa-finder>: attribute "locked" has an invalid value: "area". Valid: services, languages, target-groups. No preset is used for it.',
    ]);
    // No error for the visitor, none in the console, no failed request.
    expect(await page.locator("kausa-finder [role=alert]").count()).toBe(0);
    expect(problems).toEqual([]);
    // The unknown values never reached the API.
    const apiRequests = session.visit?.requests.filter((url) => url.startsWith(session.servers.api)) ?? [];
    expect(apiRequests.some((url) => url.includes("graphql"))).toBe(true);
    expect(apiRequests.filter((url) => /ost-thueringen|CAREER|KIDS/.test(decodeURIComponent(url)))).toEqual(
      [],
    );
  });
});
