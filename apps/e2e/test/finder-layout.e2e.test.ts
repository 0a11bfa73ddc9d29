import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { axeViolations } from "./support/axe.ts";
import { screenshot } from "./support/browser.ts";
import { useBrowserSession } from "./support/session.ts";

const { session, hostUrl, visit } = useBrowserSession();

const WIDTHS = [320, 768, 1280];
/** Presets with long option texts, several values and a locked list: the hardest case. */
const PRESETS =
  'view="list" services="RECOGNITION_OF_QUALIFICATIONS,TRAINING_COUNSELLING" languages="ar" locked="languages"';

type Box = { name: string; left: number; right: number; top: number; bottom: number; cell?: number };

/** The filter form's controls and their boxes, measured in the finder's shadow root. */
function filterBoxes(page: Page) {
  return page.evaluate(() => {
    const root = document.querySelector("kausa-finder")!.shadowRoot!;
    const fieldset = root.querySelector("fieldset[part=filters]")!;
    const box = (element: Element, name: string) => {
      const r = element.getBoundingClientRect();
      return { name, left: r.left, right: r.right, top: r.top, bottom: r.bottom };
    };
    const cells = [...fieldset.children].filter((c) => c.tagName !== "LEGEND");
    // Each control with the grid cell it belongs to: a control must stay inside its cell.
    const controls = cells.flatMap((cell, i) =>
      [
        ...cell.querySelectorAll("select, button:not(.chip button), input, .chip"),
        ...(cell.matches("button") ? [cell] : []),
      ].map((c) => ({
        ...box(c, `${c.tagName.toLowerCase()}:${c.textContent!.trim().slice(0, 30)}`),
        cell: i,
      })),
    );
    return {
      fieldset: box(fieldset, "fieldset"),
      cells: cells.map((c, i) => box(c, `${c.tagName.toLowerCase()}.${c.className || i}`)),
      controls,
    };
  });
}

const overlap = (a: Box, b: Box) =>
  Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0.5 &&
  Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.5;

/**
 * Every pair of grid cells and of controls apart, every control inside its own cell (a select
 * wider than its cell pokes into the next one), nothing scrolls sideways.
 */
async function expectTidyFilters(page: Page) {
  const { fieldset, cells, controls } = await filterBoxes(page);
  expect(cells.length).toBeGreaterThanOrEqual(6);
  expect(controls.length).toBeGreaterThanOrEqual(cells.length);
  const pairs = (boxes: Box[]) =>
    boxes.flatMap((a, i) =>
      boxes.slice(i + 1).flatMap((b) => (overlap(a, b) ? [`${a.name} × ${b.name}`] : [])),
    );
  expect(pairs(cells)).toEqual([]);
  expect(pairs(controls)).toEqual([]);
  const inside = (c: Box, outer: Box) => c.left >= outer.left - 0.5 && c.right <= outer.right + 0.5;
  expect(
    controls.filter((c) => !inside(c, cells[c.cell]!) || !inside(c, fieldset)).map((c) => c.name),
  ).toEqual([]);
  expect(
    await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
  ).toBeLessThanOrEqual(0);
}

async function openFilters(page: Page) {
  await page.locator("kausa-finder ol[part=list] > li").first().waitFor();
  // Narrow finders fold the filters away; open them to measure.
  const summary = page.locator("kausa-finder details.filters > summary");
  if (await summary.isVisible()) await summary.click();
  await page.locator("kausa-finder fieldset[part=filters] select[name=services]").waitFor();
}

/** The status line a finder with these attributes settles on, in a page of its own. */
async function statusOf(attributes: string) {
  const other = await session.visit!.context.newPage();
  try {
    await other.goto(hostUrl(attributes));
    await other.locator("kausa-finder ol[part=list] > li").first().waitFor();
    return await other.locator("kausa-finder [part=status]").textContent();
  } finally {
    await other.close();
  }
}

describe("<kausa-finder> filter layout", () => {
  for (const width of WIDTHS) {
    it(`has no overlapping filter controls at ${width} px, on a host page and in /embed`, async () => {
      const viewport = { width, height: 900 };
      const { page } = await visit(hostUrl(PRESETS), { viewport });
      await openFilters(page);
      await expectTidyFilters(page);
      await screenshot(page, `layout-host-${width}`);

      const query =
        "view=list&services=RECOGNITION_OF_QUALIFICATIONS,TRAINING_COUNSELLING&languages=ar&locked=languages";
      const embed = await visit(`${session.servers.api}/embed?${query}`, { viewport });
      await openFilters(embed.page);
      await expectTidyFilters(embed.page);
      await screenshot(embed.page, `layout-embed-${width}`);
    });
  }

  it("shows several preset values as chips that can be removed one by one, and locked ones as fixed", async () => {
    const { page } = await visit(hostUrl(PRESETS), { viewport: { width: 1280, height: 900 } });
    await openFilters(page);
    const services = page.locator("kausa-finder [data-filter=services]");
    expect(await services.locator("select").inputValue()).toBe("__several");
    expect(await services.locator("select option:checked").textContent()).toBe("2 ausgewählt");
    expect(await services.locator(".chip > span").allTextContents()).toEqual([
      "Anerkennung von Abschlüssen",
      "Ausbildungsberatung",
    ]);
    // The locked list: a chip with the value, the words "set by this page", nothing to change.
    const languages = page.locator("kausa-finder [data-filter=languages]");
    expect(await languages.locator(".chip > span").allTextContents()).toEqual([
      expect.stringContaining("Arabisch"),
    ]);
    expect(await languages.locator("select, button").count()).toBe(0);
    expect(await languages.getByRole("list", { name: "Beratungssprache" }).count()).toBe(1);
    expect(await languages.locator(".fixed-note").textContent()).toBe("Von dieser Seite festgelegt");
    expect(await axeViolations(page)).toEqual([]);

    const status = page.locator("kausa-finder [part=status]");
    const total = async () => Number(((await status.textContent()) ?? "").match(/\d+/)?.[0] ?? Number.NaN);
    await expect.poll(total).toBeGreaterThan(0);
    await page.getByRole("button", { name: "Anerkennung von Abschlüssen entfernen" }).click();
    await expect.poll(() => services.locator(".chip").count()).toBe(0);
    expect(await services.locator("select").inputValue()).toBe("TRAINING_COUNSELLING");
    // The same search as a finder preset to that one service finds.
    await expect
      .poll(() => status.textContent())
      .toBe(await statusOf('view="list" services="TRAINING_COUNSELLING" languages="ar" locked="languages"'));
    // Still Arabic only: the locked list is untouched by the visitor's changes.
    expect(await languages.locator(".chip").count()).toBe(1);
    await screenshot(page, "layout-chips");
  });
});
