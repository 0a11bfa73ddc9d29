import { describe, expect, it } from "vitest";
import { login, useAdminSession } from "./support/admin-session.ts";
import { screenshot } from "./support/browser.ts";

const { session, open } = useAdminSession();

/** The app's main pages, each with its heading (the page has loaded when it shows). */
const PAGES: [path: string, heading: RegExp][] = [
  ["/admin", /^Übersicht$/],
  ["/admin/contact-points", /^Anlaufstellen$/],
  ["/admin/review", /^Prüfung$/],
  ["/admin/reports", /^Meldungen$/],
  ["/admin/import", /^Import$/],
  ["/admin/users", /^Benutzer$/],
];

/** How far the page is wider than the window (0: nothing to scroll sideways). */
const sidewaysOverflow = () => document.documentElement.scrollWidth - document.documentElement.clientWidth;

describe("the admin app at 200 % zoom and on a tablet", () => {
  for (const [label, viewport, scale] of [
    // 1280 px at 200 % zoom: 640 CSS pixels.
    ["200 % zoom", { width: 640, height: 720 }, 2],
    ["tablet", { width: 768, height: 1024 }, 2],
  ] as const) {
    it(`needs no sideways scrolling on any main page (${label})`, async () => {
      const { page } = await open("/admin/login", {
        viewport,
        deviceScaleFactor: scale,
        hasTouch: label === "tablet",
      });
      await login(page, session.servers.accounts.admin.email);
      for (const [path, heading] of PAGES) {
        await page.goto(`${session.servers.api}${path}`);
        await page.getByRole("heading", { level: 1, name: heading }).waitFor();
        expect(await page.evaluate(sidewaysOverflow), path).toBeLessThanOrEqual(0);
        // The main navigation stays reachable (it wraps instead of hiding).
        await page
          .getByRole("navigation", { name: "Hauptnavigation" })
          .getByRole("link", { name: "Prüfung" })
          .waitFor();
      }
      const record = await session.servers.database.db.prisma.contactPoint.findFirstOrThrow({
        where: { status: "PUBLISHED" },
      });
      await page.goto(`${session.servers.api}/admin/contact-points/${record.id}`);
      await page.getByRole("heading", { level: 1, name: record.name }).waitFor();
      expect(await page.evaluate(sidewaysOverflow)).toBeLessThanOrEqual(0);
      await screenshot(page, `admin-edit-${label === "tablet" ? "tablet" : "zoom-200"}`);
    });
  }

  it("starts with a skip link that leads the keyboard past the navigation", async () => {
    const { page } = await open("/admin/login");
    await login(page, session.servers.accounts.editor.email);
    await page.getByRole("heading", { level: 1, name: "Übersicht" }).waitFor();
    // After a navigation the app puts focus on the content itself.
    const focusedId = () =>
      page.evaluate(() => document.querySelector("kausa-admin-app")?.shadowRoot?.activeElement?.id);
    expect(await focusedId()).toBe("main");
    // From the top of the page, the skip link is the first stop: visible once focused.
    const skip = page.getByRole("link", { name: "Zum Inhalt springen" });
    await skip.focus();
    const box = await skip.boundingBox();
    expect(box && box.x >= 0 && box.y >= 0 && box.width > 0).toBe(true);
    await page.keyboard.press("Enter");
    expect(await focusedId()).toBe("main");
  });
});
