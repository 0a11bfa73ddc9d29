import type { Browser } from "playwright-core";
import { afterAll, afterEach, beforeAll, expect } from "vitest";
import { foreignRequests, launchBrowser, openPage, type Visit } from "./browser.ts";
import { startServers } from "./servers.ts";

/**
 * One API, host site and browser per test file; one page per test. After every test the page
 * must not have contacted any host but this machine (the widget's privacy promise).
 */
export function useBrowserSession() {
  // The servers with their test database (tests check what a visitor's action stored).
  const session = {} as {
    servers: Awaited<ReturnType<typeof startServers>>;
    browser: Browser;
    visit?: Visit;
  };
  beforeAll(async () => {
    session.servers = await startServers();
    session.browser = await launchBrowser();
  });
  afterAll(async () => {
    await session.browser?.close();
    await session.servers?.close();
  });
  afterEach(async () => {
    if (session.visit) expect(foreignRequests(session.visit.requests)).toEqual([]);
    await session.visit?.context.close();
    session.visit = undefined;
  });
  return {
    session,
    /** A host page on another origin embedding <kausa-finder> with these attributes. */
    hostUrl: (attributes: string, extra = "") =>
      `${session.servers.host}/page?attributes=${encodeURIComponent(attributes)}${extra}`,
    async visit(url: string, options: Parameters<Browser["newContext"]>[0] = {}) {
      await session.visit?.context.close();
      session.visit = await openPage(session.browser, url, options);
      return session.visit;
    },
  };
}
