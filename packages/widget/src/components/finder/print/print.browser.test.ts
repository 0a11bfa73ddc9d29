import { afterEach, describe, expect, it } from "vitest";
import { api, cleanup, mount, shadow } from "../../../../test/browser/fixture.ts";
import "../finder.ts";
import type { KausaFinder } from "../finder.component.ts";

afterEach(cleanup);

// The print button waits for the QR code (print.controller.ts); finder-print.e2e.test.ts prints
// that way. Here: the browser's own print command, which does not wait.
describe("<kausa-finder> printed with the browser's print command (Ctrl+P)", () => {
  it("fills the summary with the search in words and its link written out; the QR code comes for the next print", async () => {
    // The finder writes its state into the test page's address (url-state on): put back afterwards.
    const address = location.href;
    try {
      const finder = await mount<KausaFinder>(
        `<kausa-finder api="${api()}" view="list" services="MATCHING"></kausa-finder>`,
      );
      await expect.poll(() => shadow(finder, "ol[part=list] > li").length).toBeGreaterThan(0);
      const languages = shadow<HTMLSelectElement>(finder, "select[name=languages]")[0]!;
      languages.value = "ar";
      languages.dispatchEvent(new Event("change"));
      await expect.poll(() => new URLSearchParams(location.search).get("kf-languages")).toBe("ar");
      await finder.updateComplete;

      // Ctrl+P: the browser fires beforeprint and lays the page out for paper right after its
      // listeners returned, so the summary must be complete by then.
      window.dispatchEvent(new Event("beforeprint"));
      const summary = shadow(finder, ".print-summary")[0]!;
      expect(summary.querySelector("p")!.textContent).toMatch(
        /Filter:\s*Vermittlung in Ausbildung, Arabisch/,
      );
      expect(summary.querySelector(".url")!.textContent).toBe(location.href);
      // The QR code is loaded lazily (qrcode is a chunk of its own): not on this first page yet.
      expect(summary.querySelector("svg.qr")).toBeNull();

      // Made meanwhile, for the next print of this search.
      await expect
        .poll(() => summary.querySelector("svg.qr")?.getAttribute("aria-label"))
        .toBe("Diese Suche online öffnen");
      expect(summary.querySelector("svg.qr path")!.getAttribute("d")).toMatch(/^M\d+ \d+h1v1h-1z/);
      expect(summary.querySelector(".url")!.textContent).toBe(location.href);
    } finally {
      history.replaceState(history.state, "", address);
    }
  });
});
