import type { Browser } from "playwright-core";
import { expect } from "vitest";
import { choosePlace, finderResults, finderStatus } from "./finder-page.ts";
import { useBrowserSession } from "./session.ts";

/**
 * A browser session on a host page embedding <kausa-finder>, with the finder of the current page
 * at hand: the finder journeys (search, list and map, host page) share these steps.
 */
export function useFinderSession() {
  const { session, hostUrl, visit: openVisit } = useBrowserSession();
  const page = () => session.visit!.page;
  const results = () => finderResults(page());
  const status = () => finderStatus(page());
  /** The result count in the status line ("Keine …" is 0). */
  const count = async () => {
    const text = (await status().textContent()) ?? "";
    return text.startsWith("Keine") ? 0 : Number(text.match(/\d+/)?.[0]);
  };

  /** Opens a host page with these finder attributes and waits for the first results. */
  async function open(
    attributes = 'view="both"',
    extra = "",
    options: Parameters<Browser["newContext"]>[0] = {},
  ) {
    const visit = await openVisit(hostUrl(attributes, extra), options);
    await results().first().waitFor();
    return visit;
  }

  /** Chooses a place from the suggestions and waits until the results are sorted by distance to it. */
  async function searchPlace(text: string) {
    await choosePlace(page(), text);
    await expect.poll(() => status().textContent()).toContain("in der Nähe von");
  }

  return { session, hostUrl, openVisit, results, status, count, open, searchPlace };
}
