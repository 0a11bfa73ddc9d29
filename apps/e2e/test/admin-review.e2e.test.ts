import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { animationsDone, apiSession as sessionOf } from "./support/admin-helpers.ts";
import { expectNoAxeViolations, useAdminSession } from "./support/admin-session.ts";
import { screenshot } from "./support/browser.ts";

const { session, loginAs } = useAdminSession();

const contactPointId = (id: string) => Buffer.from(`ContactPoint:${id}`).toString("base64");

/** The partner editor proposes a new phone number for a published contact point and submits it. */
async function proposePhone(contactPoint: string, phone: string): Promise<string> {
  const prisma = session.servers.database.db.prisma;
  const { version } = await prisma.contactPoint.findUniqueOrThrow({ where: { id: contactPoint } });
  const call = await sessionOf(session.servers.api, session.servers.accounts.partnerEditor.email);
  const id = contactPointId(contactPoint);
  const updated = await call(
    "mutation($id: ID!, $v: Int!, $phone: String) { updateContactPoint(id: $id, version: $v, input: { phone: $phone }) { __typename } }",
    { id, v: version, phone },
  );
  expect(updated.updateContactPoint?.__typename).toBe("MutationUpdateContactPointSuccess");
  const submitted = await call("mutation($id: ID!) { submitContactPointForReview(id: $id) { __typename } }", {
    id,
  });
  expect(submitted.submitContactPointForReview?.__typename).toBe(
    "MutationSubmitContactPointForReviewSuccess",
  );
  const request = await prisma.changeRequest.findFirstOrThrow({
    where: { entityId: contactPoint, status: "OPEN", kind: "UPDATE" },
  });
  expect(request.proposed).toEqual({ phone });
  return request.id;
}

/** The cells of the diff row of one field: label, published, proposed, change. */
async function diffRow(page: Page, label: string) {
  const row = page
    .locator("kausa-change-diff tr")
    .filter({ has: page.getByRole("rowheader", { name: label }) });
  await row.waitFor();
  return (await row.locator("td").allTextContents()).map((text) => text.trim());
}

describe("the review queue: a partner editor's proposal, side by side, approved or rejected", () => {
  const state = { contactPoint: "", name: "", oldPhone: "", approvedPhone: "030 23125 987", rejectedId: "" };

  it("shows the proposal in the queue and side by side, and approving it publishes the new phone", async () => {
    const prisma = session.servers.database.db.prisma;
    const target = await prisma.contactPoint.findFirstOrThrow({
      where: {
        partnerId: session.servers.accounts.partnerEditor.partnerId,
        status: "PUBLISHED",
        phone: { not: null },
      },
      orderBy: { name: "asc" },
    });
    Object.assign(state, { contactPoint: target.id, name: target.name, oldPhone: target.phone });
    const requestId = await proposePhone(target.id, state.approvedPhone);

    const { page } = await loginAs(session.servers.accounts.admin.email, "/admin/review");
    await page.getByRole("heading", { level: 1, name: "Prüfung" }).waitFor();
    const link = page.getByRole("link", { name: target.name });
    await link.waitFor();
    const row = page.getByRole("row").filter({ has: link });
    await expect.poll(() => row.textContent()).toContain("Änderungsvorschlag");
    await expectNoAxeViolations(page);
    await screenshot(page, "admin-review-queue");

    await link.click();
    await expect.poll(() => new URL(page.url()).pathname).toBe(`/admin/review/${requestId}`);
    await page.getByRole("heading", { level: 1, name: target.name }).waitFor();
    expect(await diffRow(page, "Telefon")).toEqual([target.phone, state.approvedPhone, "geändert"]);
    await expect.poll(() => page.title()).toContain(target.name);
    await expectNoAxeViolations(page);
    await screenshot(page, "admin-review-item");

    await page.getByRole("button", { name: "Freigeben" }).click();
    const dialog = page.locator("kausa-comment-dialog.approve");
    await dialog.getByRole("dialog", { name: "Vorschlag freigeben" }).waitFor();
    await dialog.getByRole("textbox", { name: /Kommentar/ }).fill("Passt, danke für den Hinweis.");
    await dialog.getByRole("button", { name: "Freigeben" }).click();

    await expect.poll(() => new URL(page.url()).pathname).toBe("/admin/review");
    await page
      .getByRole("status")
      .filter({ hasText: `„${target.name}“ wurde freigegeben.` })
      .waitFor();
    await expectNoAxeViolations(page);
    const stored = await prisma.contactPoint.findUniqueOrThrow({ where: { id: target.id } });
    expect(stored.phone).toBe(state.approvedPhone);
    const request = await prisma.changeRequest.findUniqueOrThrow({ where: { id: requestId } });
    expect([request.status, request.decisionComment]).toEqual(["APPROVED", "Passt, danke für den Hinweis."]);
    // Decided: no longer in the open queue.
    await expect.poll(() => page.getByRole("link", { name: target.name }).count()).toBe(0);
  });

  it("refuses to reject without a reason, then rejects with one and leaves the published data alone", async () => {
    const prisma = session.servers.database.db.prisma;
    const requestId = await proposePhone(state.contactPoint, "030 23125 111");
    state.rejectedId = requestId;

    const { page } = await loginAs(session.servers.accounts.editor.email, `/admin/review/${requestId}`);
    await page.getByRole("heading", { level: 1, name: state.name }).waitFor();
    expect(await diffRow(page, "Telefon")).toEqual([state.approvedPhone, "030 23125 111", "geändert"]);

    await page.getByRole("button", { name: "Ablehnen" }).click();
    const dialog = page.locator("kausa-comment-dialog.reject");
    await dialog.getByRole("dialog", { name: "Vorschlag ablehnen" }).waitFor();
    await animationsDone(page);
    await expectNoAxeViolations(page);
    await screenshot(page, "admin-review-reject-dialog");

    await dialog.getByRole("button", { name: "Ablehnen" }).click();
    await dialog.getByRole("alert").filter({ hasText: "Bitte geben Sie eine Begründung an." }).waitFor();
    await expectNoAxeViolations(page);
    expect((await prisma.changeRequest.findUniqueOrThrow({ where: { id: requestId } })).status).toBe("OPEN");

    await dialog
      .getByRole("textbox", { name: /Begründung/ })
      .fill("Unter dieser Nummer meldet sich niemand.");
    await dialog.getByRole("button", { name: "Ablehnen" }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe("/admin/review");
    await page
      .getByRole("status")
      .filter({ hasText: `„${state.name}“ wurde abgelehnt.` })
      .waitFor();
    await expectNoAxeViolations(page);

    const request = await prisma.changeRequest.findUniqueOrThrow({ where: { id: requestId } });
    expect([request.status, request.decisionComment]).toEqual([
      "REJECTED",
      "Unter dieser Nummer meldet sich niemand.",
    ]);
    expect((await prisma.contactPoint.findUniqueOrThrow({ where: { id: state.contactPoint } })).phone).toBe(
      state.approvedPhone,
    );
  });

  it("shows the partner editor the decision and its comment, without approve or reject", async () => {
    const { page } = await loginAs(
      session.servers.accounts.partnerEditor.email,
      "/admin/review?status=decided",
    );
    await page.getByRole("heading", { level: 1, name: "Prüfung" }).waitFor();
    const rows = page.getByRole("row").filter({ has: page.getByRole("link", { name: state.name }) });
    await expect.poll(() => rows.count()).toBe(2);
    await expect
      .poll(async () => (await rows.allTextContents()).join(" "))
      .toMatch(/Freigegeben.*Abgelehnt/s);

    await page.goto(`${session.servers.api}/admin/review/${state.rejectedId}`);
    await page.getByRole("heading", { level: 1, name: state.name }).waitFor();
    await page.getByText("Unter dieser Nummer meldet sich niemand.").waitFor();
    await page.getByRole("heading", { name: "Kommentar der Redaktion" }).waitFor();
    expect(await page.getByRole("button", { name: /Freigeben|Ablehnen/ }).count()).toBe(0);
    await expectNoAxeViolations(page);
    await screenshot(page, "admin-review-partner-decided");
  });

  it("says clearly when the entry changed after the proposal, and approving it is refused", async () => {
    const prisma = session.servers.database.db.prisma;
    const requestId = await proposePhone(state.contactPoint, "030 23125 222");
    // Staff change the entry meanwhile: the proposal's base version is no longer current.
    await prisma.contactPoint.update({
      where: { id: state.contactPoint },
      data: { email: "neu@example.org", version: { increment: 1 } },
    });

    const { page } = await loginAs(session.servers.accounts.admin.email, `/admin/review/${requestId}`);
    await page.getByRole("heading", { level: 1, name: state.name }).waitFor();
    await page.getByText(/wurde geändert, nachdem dieser Vorschlag gemacht wurde/).waitFor();
    await page.getByRole("button", { name: "Freigeben" }).click();
    const dialog = page.locator("kausa-comment-dialog.approve");
    await dialog.getByRole("dialog", { name: "Vorschlag freigeben" }).waitFor();
    await dialog.getByRole("button", { name: "Freigeben" }).click();
    await page
      .getByRole("alert")
      .filter({ hasText: /inzwischen geändert/ })
      .waitFor();
    expect(new URL(page.url()).pathname).toBe(`/admin/review/${requestId}`);
    await animationsDone(page);
    await expectNoAxeViolations(page);
    expect((await prisma.changeRequest.findUniqueOrThrow({ where: { id: requestId } })).status).toBe("OPEN");
    expect((await prisma.contactPoint.findUniqueOrThrow({ where: { id: state.contactPoint } })).phone).toBe(
      state.approvedPhone,
    );
  });

  it("shows all values of a submitted new entry, and approving it publishes the entry", async () => {
    const prisma = session.servers.database.db.prisma;
    const { partnerEditor, editor } = session.servers.accounts;
    const sibling = await prisma.contactPoint.findFirstOrThrow({
      where: { partnerId: partnerEditor.partnerId, status: "PUBLISHED" },
    });
    const call = await sessionOf(session.servers.api, partnerEditor.email);
    const name = "Beispiel-Sprechstunde im Jugendhaus";
    const created = (await call(
      `mutation($input: ContactPointInput!) {
        createContactPoint(input: $input) { __typename ... on MutationCreateContactPointSuccess { data { id } } }
      }`,
      {
        input: {
          name,
          postcode: sibling.postcode,
          city: sibling.city,
          phone: "030 23125 333",
          openingHours: [{ day: 2, opens: "14:00", closes: "17:30" }],
          openingHoursNote: { de: "Ohne Termin", en: "No appointment needed" },
          services: ["TRAINING_COUNSELLING"],
        },
      },
    )) as unknown as { createContactPoint: { data: { id: string } } };
    const id = created.createContactPoint.data.id;
    await call("mutation($id: ID!) { submitContactPointForReview(id: $id) { __typename } }", { id });
    const request = await prisma.changeRequest.findFirstOrThrow({
      where: {
        kind: "PUBLISH",
        status: "OPEN",
        entityId: Buffer.from(id, "base64").toString().split(":")[1],
      },
    });

    const { page } = await loginAs(editor.email, "/admin/review");
    const row = page.getByRole("row").filter({ has: page.getByRole("link", { name }) });
    await expect.poll(() => row.textContent()).toContain("Neuer Eintrag");
    await row.getByRole("link", { name }).click();
    await page.getByRole("heading", { level: 1, name }).waitFor();
    await page.getByRole("heading", { level: 2, name: "Eingereichte Angaben" }).waitFor();
    /** A value cell's text; list items joined with " | ". */
    const value = async (label: string) => {
      const cell = page
        .locator("kausa-change-diff tr")
        .filter({ has: page.getByRole("rowheader", { name: label, exact: true }) })
        .locator("td");
      const items = await cell.locator("li").allTextContents();
      const texts = items.length ? items : [(await cell.textContent()) ?? ""];
      return texts.map((text) => text.replace(/\s+/g, " ").trim()).join(" | ");
    };
    expect(await value("Name")).toBe(name);
    expect(await value("Telefon")).toBe("030 23125 333");
    expect(await value("Öffnungszeiten")).toBe("Di 14:00–17:30");
    expect(await value("Hinweis zu den Öffnungszeiten")).toBe(
      "Deutsch: Ohne Termin | Englisch: No appointment needed",
    );
    expect(await value("Leistungen")).toBeTruthy();
    await expectNoAxeViolations(page);
    await screenshot(page, "admin-review-submission");

    await page.getByRole("button", { name: "Freigeben" }).click();
    const dialog = page.locator("kausa-comment-dialog.approve");
    await dialog.getByRole("dialog", { name: "Neuen Eintrag freigeben" }).waitFor();
    await dialog.getByRole("button", { name: "Freigeben" }).click();
    await page
      .getByRole("status")
      .filter({ hasText: `„${name}“ wurde freigegeben.` })
      .waitFor();
    const stored = await prisma.contactPoint.findUniqueOrThrow({ where: { id: request.entityId } });
    expect(stored.status).toBe("PUBLISHED");
    expect((await prisma.changeRequest.findUniqueOrThrow({ where: { id: request.id } })).status).toBe(
      "APPROVED",
    );
  });
});
