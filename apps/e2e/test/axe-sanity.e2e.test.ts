import type { Browser } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { axeViolations } from "./support/axe.ts";
import { launchBrowser } from "./support/browser.ts";

// The accessibility checks elsewhere expect no violations; this proves the checker finds some,
// including inside shadow roots.
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

it("axe reports violations in the page and in shadow roots", async () => {
  const page = await browser.newPage();
  await page.setContent(`<!doctype html><html lang="de"><head><title>t</title></head><body><main>
    <div id="host"></div></main></body></html>`);
  await page.evaluate(() => {
    const root = document.getElementById("host")!.attachShadow({ mode: "open" });
    root.innerHTML = '<input type="text"><button></button>';
  });
  const ids = (await axeViolations(page)).map((v) => v.id);
  expect(ids).toEqual(expect.arrayContaining(["label", "button-name"]));
  await page.close();
});
