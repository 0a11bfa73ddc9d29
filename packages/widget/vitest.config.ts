import { kausaProject } from "../../vitest.shared.ts";

// Node tests. The component tests in real Chromium have their own project: vitest.browser.config.ts.
export default kausaProject("widget");
