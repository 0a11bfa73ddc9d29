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
