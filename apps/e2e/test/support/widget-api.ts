import type { TestProject } from "vitest/node";
import { startServers } from "./servers.ts";

declare module "vitest" {
  export interface ProvidedContext {
    /** The API's origin, e.g. http://localhost:PORT. */
    api: string;
  }
}

/**
 * Global setup of the widget's component tests (packages/widget/vitest.browser.config.ts): the
 * real API on a fresh test database, the same servers as this suite's. It lives here, where the
 * API is a dependency; the widget cannot depend on @kausa/api (which serves the widget's build).
 */
export default async function setup(project: TestProject) {
  const running = await startServers();
  project.provide("api", running.api);
  return () => running.close();
}
