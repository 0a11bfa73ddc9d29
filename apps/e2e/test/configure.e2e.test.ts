import { createServer, type Server } from "node:http";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { axeViolations } from "./support/axe.ts";
import { screenshot } from "./support/browser.ts";
import { useBrowserSession } from "./support/session.ts";

const { session, visit: openVisit } = useBrowserSession();

// A web editor's site on another origin: serves what the configurator gave them — the snippet in a
// page, the CSS in its stylesheet — under a strict policy made of its own base plus the copied lines.
const BASE_POLICY = "default-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none'";
const site = { html: "", css: "", policy: "", url: "" };
let siteServer: Server;

beforeAll(async () => {
  siteServer = createServer((req, res) => {
    const css = req.url === "/site.css";
    res.writeHead(200, {
      "content-type": css ? "text/css" : "text/html; charset=utf-8",
      ...(css ? {} : { "content-security-policy": site.policy }),
    });
    res.end(
      css
        ? site.css
        : `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Landratsamt</title>
<link rel="stylesheet" href="/site.css"></head>
<body><main><h1>Ausbildung im Landkreis</h1>
${site.html}
</main></body></html>`,
    );
  });
  await new Promise<void>((resolve) => siteServer.listen(0, "127.0.0.1", resolve));
  site.url = `http://127.0.0.1:${(siteServer.address() as { port: number }).port}/`;
});
afterAll(() => new Promise((resolve) => siteServer.close(resolve)));

/** Clicks a snippet's copy button and returns what landed on the clipboard. */
async function copy(page: Page, snippet: string) {
  await page.locator(`[data-snippet=${snippet}] button`).click();
  await expect.poll(() => page.locator("#copy-status").textContent()).toContain("Kopiert");
  const text = await page.evaluate(() => navigator.clipboard.readText());
  // The clipboard holds exactly the text shown on the page (the fallback to select by hand).
  expect(text).toBe(await page.locator(`[data-snippet=${snippet}] textarea`).inputValue());
  await page.locator("#copy-status").evaluate((el) => {
    el.textContent = "";
  });
  return text;
}

/** The policy a host page sends: its base plus the copied lines ("a;\nb;" → "a; b"). */
const policyWith = (lines: string) => `${BASE_POLICY}; ${lines.replace(/;\s*$/, "").replace(/;\n/g, "; ")}`;

async function openConfigurator() {
  const visit = await openVisit(`${session.servers.api}/configure`);
  await visit.context.grantPermissions(["clipboard-read", "clipboard-write"], {
    origin: session.servers.api,
  });
  await visit.page.locator("body[data-ready=true]").waitFor();
  return visit;
}

async function configure(page: Page) {
  await page
    .getByLabel("Planungsregion oder Landkreis")
    .selectOption({ label: "Planungsregion Ostthüringen (gesamt)" });
  await page.getByRole("radio", { name: "Nur Liste" }).check();
  await page.getByLabel("Sprache der Oberfläche").selectOption("en");
  await page.locator("#colour-primary").fill("#1b5e20");
}

describe("the configurator at /configure", () => {
  it("is in German, shows a live preview and has no accessibility violations", async () => {
    const { page, problems } = await openConfigurator();
    expect(await page.locator("html").getAttribute("lang")).toBe("de");
    await page.locator("#preview kausa-finder ol[part=list] > li").first().waitFor();
    await configure(page);
    const finder = page.locator("#preview kausa-finder");
    await expect.poll(() => finder.getAttribute("region")).toBe("ostthueringen");
    expect(await finder.getAttribute("view")).toBe("list");
    await page.locator("#preview kausa-finder ol[part=list] > li").first().waitFor();
    expect(await finder.evaluate((el) => getComputedStyle(el).getPropertyValue("--kausa-primary"))).toBe(
      "#1b5e20",
    );
    expect(await axeViolations(page)).toEqual([]);
    // Every copy button is reachable and usable by keyboard: focus it, press Enter.
    await page.locator("[data-snippet=script-html] button").focus();
    await page.keyboard.press("Enter");
    await expect.poll(() => page.locator("#copy-status").textContent()).toContain("Kopiert");
    expect(problems).toEqual([]);
    await screenshot(page, "20-configure");
  });

  it("gives a script snippet that works on a host page under exactly the copied policy", async () => {
    const { page } = await openConfigurator();
    await configure(page);
    const html = await copy(page, "script-html");
    const css = await copy(page, "script-css");
    const csp = await copy(page, "script-csp");
    expect(html).toContain(`src="${session.servers.api}/widget/kausa-widget.js"`);
    expect(html).toContain('<kausa-finder region="ostthueringen" view="list" lang="en"></kausa-finder>');
    expect(csp).toContain(`script-src 'self' ${session.servers.api};`);
    Object.assign(site, { html, css, policy: policyWith(csp) });

    const host = await openVisit(site.url);
    await host.page.locator("kausa-finder ol[part=list] > li").first().waitFor();
    expect(await host.page.locator("kausa-finder [part=status]").textContent()).toMatch(/contact points/i);
    const primary = await host.page
      .locator("kausa-finder")
      .evaluate((el) => getComputedStyle(el).getPropertyValue("--kausa-primary"));
    expect(primary.trim()).toBe("#1b5e20");
    expect(host.problems).toEqual([]);
  });

  it("gives an iframe snippet without inline styles that works, and grows, under exactly the copied policy", async () => {
    const { page } = await openConfigurator();
    await configure(page);
    await page.getByRole("radio", { name: "iframe" }).check();
    const preview = page.frameLocator("#preview iframe");
    await preview.locator("kausa-finder ol[part=list] > li").first().waitFor();
    const html = await copy(page, "iframe-html");
    const css = await copy(page, "iframe-css");
    const csp = await copy(page, "iframe-csp");
    expect(html).not.toMatch(/\sstyle=/);
    expect(html).toContain(
      `src="${session.servers.api}/embed?region=ostthueringen&amp;view=list&amp;lang=en&amp;primary=%231b5e20"`,
    );
    expect(csp).toBe(`frame-src 'self' ${session.servers.api};\nscript-src 'self' ${session.servers.api};`);
    Object.assign(site, { html, css, policy: policyWith(csp) });

    const host = await openVisit(site.url);
    const frame = host.page.frameLocator("iframe.kausa-finder-frame");
    await frame.locator("kausa-finder ol[part=list] > li").first().waitFor();
    expect(await frame.locator("kausa-finder [part=status]").textContent()).toMatch(/contact points/i);
    const primary = await frame
      .locator("kausa-finder")
      .evaluate((el) => getComputedStyle(el).getPropertyValue("--kausa-primary"));
    expect(primary.trim()).toBe("#1b5e20");
    // The pasted CSS applies (no border), and host.js grows the frame to the finder's height.
    expect(await host.page.locator("iframe").evaluate((f) => getComputedStyle(f).borderTopStyle)).toBe(
      "none",
    );
    await expect
      .poll(() => host.page.locator("iframe").evaluate((f) => f.getBoundingClientRect().height))
      .toBeGreaterThan(700);
    expect(host.problems).toEqual([]);
    await screenshot(host.page, "21-configure-iframe-host");
  });
});
