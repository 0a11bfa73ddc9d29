import { createRequire } from "node:module";
import { defineProject, type UserWorkspaceConfig } from "vitest/config";

const require = createRequire(import.meta.url);

/**
 * graphql 16 ships CJS (main) and ESM (module) builds without an exports map: Vite would hand
 * our sources the ESM build while Node loads the CJS build for graphql-yoga, and errors from one
 * copy fail `instanceof GraphQLError` in the other (Yoga then masks them). One copy for all.
 */
export function kausaProject(name: string, test: UserWorkspaceConfig["test"] = {}) {
  return defineProject({
    resolve: {
      alias: [
        {
          find: /^graphql$/,
          replacement: require.resolve("graphql", { paths: [`${import.meta.dirname}/packages/schema`] }),
        },
      ],
    },
    test: { name, include: ["test/**/*.test.ts"], ...test },
  });
}

/**
 * Browser mode in the machine's Chromium (the Debian build, or CHROMIUM_PATH; Playwright's own
 * browsers are never downloaded). The provider factory comes from the calling package, which
 * depends on @vitest/browser-playwright (the root does not).
 */
export function chromiumBrowser<Provider>(
  playwright: (options: { launchOptions: { executablePath: string; args: string[] } }) => Provider,
) {
  return {
    enabled: true,
    headless: true,
    screenshotFailures: false,
    provider: playwright({
      launchOptions: {
        executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
        args: [
          "--headless",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-background-networking",
          "--enable-unsafe-swiftshader",
        ],
      },
    }),
    instances: [{ browser: "chromium" as const, viewport: { width: 1280, height: 900 } }],
  };
}
