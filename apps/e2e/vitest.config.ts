import { kausaProject } from "../../vitest.shared.ts";

// One browser at a time on a 2-core machine; the map renders with SwiftShader, so allow time.
export default kausaProject("e2e", {
  include: ["test/**/*.e2e.test.ts"],
  testTimeout: 90_000,
  hookTimeout: 120_000,
  fileParallelism: false,
  // expect.poll waits 1 s by default: too short for a map rendered in software on a busy CI machine.
  expect: { poll: { timeout: 15_000, interval: 100 } },
});
