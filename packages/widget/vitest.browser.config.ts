import { playwright } from "@vitest/browser-playwright";
import { chromiumBrowser, kausaProject } from "../../vitest.shared.ts";

// The component tests next to each component (src/**/*.browser.test.ts) run in real Chromium —
// the Debian build; Playwright's own browsers are never downloaded — against a real API on a
// fresh test database, started by the global setup in apps/e2e (where the API is a dependency).
// kausaProject gives that setup, which runs in Node, the single copy of `graphql`.
export default kausaProject("widget-browser", {
  root: import.meta.dirname,
  include: ["src/**/*.browser.test.ts"],
  globalSetup: ["../../apps/e2e/test/support/widget-api.ts"],
  testTimeout: 30_000,
  hookTimeout: 60_000,
  // One page at a time on a 2-core machine; the map renders in software.
  fileParallelism: false,
  expect: { poll: { timeout: 10_000, interval: 50 } },
  browser: chromiumBrowser(playwright),
});
