import type { Page } from "playwright-core";

/** The finder's result count line (a live region). */
export const finderStatus = (page: Page) => page.locator("kausa-finder [part=status]");

/** The finder's result cards. */
export const finderResults = (page: Page) => page.locator("kausa-finder ol[part=list] > li");

/** Types `text` into the finder's place search and takes the first suggestion, as a visitor would. */
export async function choosePlace(page: Page, text: string) {
  const input = page.locator("kausa-finder kausa-place-search input");
  await input.fill(text);
  await page.locator("kausa-finder [role=option]").first().waitFor();
  await input.press("ArrowDown");
  await input.press("Enter");
}
