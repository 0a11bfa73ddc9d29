import { kausaProject } from "../../vitest.shared.ts";

// Node tests of plain functions (src/**/*.test.ts). The component tests in real Chromium have
// their own project: vitest.browser.config.ts.
export default kausaProject("admin", {
  include: ["src/**/*.test.ts"],
  exclude: ["**/node_modules/**", "src/**/*.browser.test.ts"],
});
