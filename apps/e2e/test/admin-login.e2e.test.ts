import { describe, expect, it } from "vitest";
import { expectNoAxeViolations, login, useAdminSession } from "./support/admin-session.ts";
import { screenshot } from "./support/browser.ts";

const { session, open } = useAdminSession();

describe("the admin app: login and session", () => {
  it("is served at /admin under a strict CSP, never framed", async () => {
    const response = await fetch(`${session.servers.api}/admin`);
    expect(response.status).toBe(200);
    const csp = response.headers.get("content-security-policy") ?? "";
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("style-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|https?:/);
    expect(response.headers.get("x-frame-options")).toBe("DENY");
    expect(await response.text()).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>|<style|style=/);
  });

  it("sends an anonymous visitor to the login page and back where they wanted to go", async () => {
    const { page } = await open("/admin/review");
    await expect.poll(() => new URL(page.url()).pathname).toBe("/admin/login");
    expect(new URL(page.url()).searchParams.get("next")).toBe("/admin/review");
    await page.getByRole("heading", { name: "Anmelden" }).waitFor();
    await expectNoAxeViolations(page);
    await screenshot(page, "admin-login");

    await login(page, session.servers.accounts.admin.email);
    await expect.poll(() => new URL(page.url()).pathname).toBe("/admin/review");
  });

  it("says a wrong password is wrong, without telling whether the account exists", async () => {
    const { page } = await open("/admin/login");
    await page.getByRole("textbox", { name: /^E-Mail-Adresse/ }).fill(session.servers.accounts.editor.email);
    await page.getByRole("textbox", { name: /^Passwort/ }).fill("not the right password at all");
    await page.getByRole("button", { name: "Anmelden" }).click();
    await page.getByRole("alert").filter({ hasText: "E-Mail-Adresse oder Passwort ist falsch." }).waitFor();
    await expectNoAxeViolations(page);
  });

  it("keeps the session cookie away from script, and logout ends the session", async () => {
    const { page, context } = await open("/admin");
    await login(page, session.servers.accounts.editor.email);
    await page.getByRole("navigation", { name: "Hauptnavigation" }).waitFor();
    const cookies = await context.cookies();
    expect(cookies.map((c) => [c.name, c.httpOnly, c.sameSite])).toEqual([["kausa_session", true, "Strict"]]);
    expect(await page.evaluate(() => document.cookie)).toBe("");

    await page.getByRole("button", { name: "Abmelden" }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe("/admin/login");
    expect(await context.cookies()).toEqual([]);
    // Back to a page after logout: the login page again, not stale data.
    await page.goto(`${session.servers.api}/admin/contact-points`);
    await page.getByRole("heading", { name: "Anmelden" }).waitFor();
  });
});
