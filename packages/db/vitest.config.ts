import { defineProject } from "vitest/config";

export default defineProject({
  test: {
    name: "db",
    include: ["test/**/*.test.ts"],
    // Seeding an embedded database takes a few seconds on a small machine.
    hookTimeout: 60_000,
    testTimeout: 30_000,
  },
});
