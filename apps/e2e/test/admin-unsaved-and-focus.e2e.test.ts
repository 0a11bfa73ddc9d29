import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { useAdminSession } from "./support/admin-session.ts";

// Unsaved work is never thrown away without asking (links, Back, logout), and keyboard focus
// comes back to where it was when a dialog closes.

const { session, loginAs } = useAdminSession();

const QUESTION = "Es gibt ungespeicherte Änderungen. Seite trotzdem verlassen?";

/** Answers the next confirm() with `accept` and records its text. */
function answerNextQuestion(page: Page, accept: boolean) {
  const asked: string[] = [];
  page.once("dialog", (dialog) => {
    asked.push(dialog.message());
    void (accept ? dialog.accept() : dialog.dismiss());
  });
  return asked;
}

/** Opens the first contact point of the list inside the app (so Back stays in the app) and edits it. */
async function editedContactPoint(page: Page) {
  await page
    .getByRole("navigation", { name: "Hauptnavigation" })
    .getByRole("link", { name: "Anlaufstellen" })
    .click();
  const first = page.locator("kausa-record-list-page tbody tr a").first();
  await first.waitFor();
  const name = ((await first.textContent()) ?? "").trim();
  expect(name).not.toBe("");
  await first.click();
  await page.getByRole("heading", { level: 1, name }).waitFor();
  await page.getByRole("textbox", { name: /^Telefon/ }).fill("0361 99 88 77");
  return { name };
}

describe("unsaved changes and focus", () => {
  it("asks before Back discards unsaved changes, and staying keeps page, address and input", async () => {
    const { page } = await loginAs(session.servers.accounts.editor.email);
    const point = await editedContactPoint(page);
    const address = page.url();
    const asked = answerNextQuestion(page, false);
    await page.goBack();
    await expect.poll(() => asked).toEqual([QUESTION]);
    await expect.poll(() => page.url()).toBe(address);
    expect(await page.getByRole("textbox", { name: /^Telefon/ }).inputValue()).toBe("0361 99 88 77");
    await page.getByRole("heading", { level: 1, name: point.name }).waitFor();

    // Agreeing leaves (and the next Back asks nothing).
    const again = answerNextQuestion(page, true);
    await page.goBack();
    await expect.poll(() => again).toEqual([QUESTION]);
    await expect.poll(() => new URL(page.url()).pathname).toBe("/admin/contact-points");
  });

  it("asks before logging out over unsaved changes", async () => {
    const { page, context } = await loginAs(session.servers.accounts.editor.email);
    await editedContactPoint(page);
    const asked = answerNextQuestion(page, false);
    await page.getByRole("button", { name: "Abmelden" }).click();
    await expect.poll(() => asked).toEqual([QUESTION]);
    expect(new URL(page.url()).pathname).not.toBe("/admin/login");
    expect((await context.cookies()).map((c) => c.name)).toEqual(["kausa_session"]);
  });

  it("gives focus back to the button that opened a dialog when it closes", async () => {
    const { page } = await loginAs(session.servers.accounts.admin.email, "/admin/users");
    const invite = page.getByRole("button", { name: "Person einladen" });
    await invite.focus();
    await page.keyboard.press("Enter");
    await page.getByRole("dialog", { name: "Person einladen" }).waitFor();
    await page.keyboard.press("Escape");
    await page.getByRole("dialog", { name: "Person einladen" }).waitFor({ state: "hidden" });
    await expect
      .poll(() =>
        page.evaluate(() => {
          let active = document.activeElement;
          while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
          // The native button inside <sl-button>: its host carries the label.
          const root = active?.getRootNode();
          return (root instanceof ShadowRoot ? root.host : active)?.textContent?.trim();
        }),
      )
      .toBe("Person einladen");
  });
});
