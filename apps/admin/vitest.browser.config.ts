import { playwright } from "@vitest/browser-playwright";
import { chromiumBrowser, kausaProject } from "../../vitest.shared.ts";

// The admin app's component tests (src/**/*.browser.test.ts) run in real Chromium — the Debian
// build; Playwright's own browsers are never downloaded. They need no API: the fields take their
// data as properties, and the parts that ask the API take a plain function the tests provide.
export default kausaProject("admin-browser", {
  root: import.meta.dirname,
  include: ["src/**/*.browser.test.ts"],
  testTimeout: 30_000,
  hookTimeout: 60_000,
  // One page at a time on a 2-core machine; the map renders in software.
  fileParallelism: false,
  expect: { poll: { timeout: 10_000, interval: 50 } },
  browser: chromiumBrowser(playwright),
});
