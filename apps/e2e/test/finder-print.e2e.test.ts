import { create } from "qrcode";
import { describe, expect, it } from "vitest";
import { screenshot } from "./support/browser.ts";
import { useBrowserSession } from "./support/session.ts";

const { hostUrl, visit } = useBrowserSession();

/** The SVG path the widget draws for a QR code of `text` (dark modules as unit squares). */
function expectedQrPath(text: string) {
  const { modules } = create(text, { errorCorrectionLevel: "M" });
  let path = "";
  for (let row = 0; row < modules.size; row++)
    for (let col = 0; col < modules.size; col++) if (modules.get(row, col)) path += `M${col} ${row}h1v1h-1z`;
  return path;
}

describe("<kausa-finder> printed", () => {
  it("prints the search in words, the links written out and a QR code of this search, without controls", async () => {
    const { page } = await visit(hostUrl('view="both" services="MATCHING"'), {
      viewport: { width: 1280, height: 900 },
    });
    // The print dialog itself is the browser's: counted here instead of opened.
    await page.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => void (window as unknown as { printed: number }).printed++;
    });
    const finder = page.locator("kausa-finder");
    await finder.locator("ol[part=list] > li").first().waitFor();
    await finder.locator("select[name=languages]").selectOption("ar");
    await expect.poll(() => page.evaluate(() => location.search)).toContain("ar");

    await finder.getByRole("button", { name: "Drucken" }).click();
    await expect.poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    await page.emulateMedia({ media: "print" });

    const summary = finder.locator(".print-summary");
    expect(await summary.isVisible()).toBe(true);
    expect(await summary.locator("p").textContent()).toMatch(/Filter:\s*Vermittlung in Ausbildung, Arabisch/);
    // The link opens this very search: the page's address with the finder's state in it.
    const url = await page.evaluate(() => location.href);
    expect(await summary.locator(".url").textContent()).toBe(url);
    expect(await summary.locator("svg.qr path").getAttribute("d")).toBe(expectedQrPath(url));
    expect(await summary.locator("svg.qr").getAttribute("aria-label")).toBe("Diese Suche online öffnen");

    // No controls on paper (the contact's name stays: it is a button on screen).
    const controls = await finder
      .locator("select, input, button:not(h3 > button), summary, kausa-map")
      .evaluateAll((elements) => elements.filter((e) => (e as HTMLElement).offsetParent !== null).length);
    expect(controls).toBe(0);
    // Website addresses written out after the link text.
    const written = await finder
      .locator(".links a[href^='http']")
      .first()
      .evaluate((a) => getComputedStyle(a, "::after").content);
    expect(written).toMatch(/^": http/);
    // The list takes the whole width of the finder.
    const [list, whole] = await Promise.all([
      finder.locator("ol[part=list]").boundingBox(),
      finder.locator("[part=base]").boundingBox(),
    ]);
    expect(list!.width).toBeGreaterThan(whole!.width * 0.95);
    await screenshot(page, "print");
  });
});
