import { kausaProject } from "../../vitest.shared.ts";

// One browser at a time on a 2-core machine; the map renders with SwiftShader, so allow time.
export default kausaProject("e2e", {
  include: ["test/**/*.e2e.test.ts"],
  testTimeout: 90_000,
  hookTimeout: 120_000,
  fileParallelism: false,
});
