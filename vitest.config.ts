import { defineConfig } from "vitest/config";

// Every package's tests run on the embedded PGlite. With TEST_DATABASE_URL set (CI sets it),
// the database-backed suites run a second time against that PostgreSQL server.
const onPostgres = Boolean(process.env.TEST_DATABASE_URL);
const databaseSuites = ["packages/db", "apps/api"];

export default defineConfig({
  test: {
    // In CI a JSON report lets .ci/run print a plain "N passed, N failed" line.
    reporters: process.env.CI ? ["default", "json"] : ["default"],
    outputFile: { json: "test-artifacts/vitest.json" },
    projects: [
      "packages/*",
      // The widget's component tests in Chromium (vitest browser mode); a config of its own.
      "packages/widget/vitest.browser.config.ts",
      // The admin app's form fields in Chromium.
      "apps/admin/vitest.browser.config.ts",
      "apps/*",
      ...(onPostgres
        ? databaseSuites.map((root) => ({
            extends: `${root}/vitest.config.ts`,
            test: {
              name: `${root.split("/")[1]} (postgres)`,
              root,
              env: { TEST_DATABASE: "postgres" },
              // Tests of the embedded database itself have nothing to check on a server; tests
              // that need a server (several processes on one database: *.pg-test.ts) run here only.
              include: ["test/**/*.pg-test.ts"],
              exclude: ["**/node_modules/**", "test/embedded-*.test.ts"],
            },
          }))
        : []),
    ],
  },
});
