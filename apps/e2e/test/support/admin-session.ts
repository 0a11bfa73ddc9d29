import type { Browser, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, expect } from "vitest";
import { type AdminServers, PASSWORD, startAdminServers } from "./admin-servers.ts";
import { axeViolations } from "./axe.ts";
import { foreignRequests, launchBrowser, openPage, type Visit } from "./browser.ts";

/**
 * One API (with /admin), SMTP server and browser per test file. Every page opened through
 * `open` is checked after its test: no request left this machine, no CSP violation, no error in
 * the console or the page.
 */
export function useAdminSession() {
  const session = {} as { servers: AdminServers; browser: Browser; visits: Visit[] };
  beforeAll(async () => {
    session.servers = await startAdminServers();
    session.browser = await launchBrowser();
    session.visits = [];
  });
  afterAll(async () => {
    await session.browser?.close();
    await session.servers?.close();
  });
  afterEach(async () => {
    const visits = session.visits.splice(0);
    for (const visit of visits) await visit.context.close();
    for (const visit of visits) {
      expect(foreignRequests(visit.requests)).toEqual([]);
      expect(visit.problems.filter((p) => !isExpectedProblem(p))).toEqual([]);
    }
  });

  /** A new browser context (its own cookies) at `path` of the admin app. */
  async function open(path: string, options: Parameters<Browser["newContext"]>[0] = {}): Promise<Visit> {
    // Staff who ask their system for less motion get no dialog fades (Shoelace honours it); the
    // tests ask too, so axe never judges a dialog's colours halfway through a fade.
    const visit = await openPage(session.browser, `${session.servers.api}${path}`, {
      reducedMotion: "reduce",
      ...options,
    });
    session.visits.push(visit);
    return visit;
  }

  /** Logs in on the login page (as a person would) and waits for the dashboard. */
  async function loginAs(email: string, path = "/admin", options: Parameters<Browser["newContext"]>[0] = {}) {
    const visit = await open(path, options);
    await login(visit.page, email);
    return visit;
  }

  return { session, open, loginAs };
}

/** Fills the login form and submits it; waits until the login page is gone. */
export async function login(page: Page, email: string, password = PASSWORD) {
  await page.getByRole("textbox", { name: /^(E-Mail-Adresse|E-mail address)/ }).fill(email);
  await page.getByRole("textbox", { name: /^(Passwort|Password)/ }).fill(password);
  await page.getByRole("button", { name: /^(Anmelden|Log in)$/ }).click();
  await page.locator("kausa-login-page").waitFor({ state: "detached" });
}

/**
 * Failed requests the browser logs on its own although the app handles them: a 401 from the
 * login mutation with a wrong password, a 409 conflict, a 4xx the page shows as a message.
 */
function isExpectedProblem(problem: string): boolean {
  return /Failed to load resource: the server responded with a status of (400|401|403|404|409|429)/.test(
    problem,
  );
}

/** axe-core over the current state of the page: must find nothing. */
export async function expectNoAxeViolations(page: Page) {
  // Whatever still animates (a dialog opening) is judged once it has arrived.
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== "running"));
  expect(await axeViolations(page)).toEqual([]);
}
