import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { apiSession as sessionOf } from "./support/admin-helpers.ts";
import { expectNoAxeViolations, useAdminSession } from "./support/admin-session.ts";
import { screenshot } from "./support/browser.ts";

const { session, loginAs } = useAdminSession();

const globalId = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString("base64");

/** The number a dashboard link shows ("Offene Meldungen: 3"). */
async function shownCount(page: Page, card: string, label: string): Promise<number> {
  const link = page.getByRole("region", { name: card }).getByRole("link", { name: new RegExp(`^${label}`) });
  const text = (await link.textContent()) ?? "";
  return Number(text.replace(/.*:\s*/, "").replace(/\./g, ""));
}

/** What the API counts as stale: published, never verified or not within STALE_AFTER_MONTHS (12). */
function staleWhere(extra: object = {}) {
  const cutoff = new Date();
  cutoff.setMonth(cutoff.getMonth() - 12);
  return {
    status: "PUBLISHED" as const,
    OR: [{ lastVerifiedAt: null }, { lastVerifiedAt: { lt: cutoff } }],
    ...extra,
  };
}

describe("the dashboard: the week's work and the latest changes", () => {
  it("shows staff the counts the database holds, links to the filtered lists, and the latest change", async () => {
    const prisma = session.servers.database.db.prisma;
    const { partnerEditor, admin } = session.servers.accounts;
    // Something in every card: a stale contact point, an open review item, an open report.
    const stale = await prisma.contactPoint.findFirstOrThrow({
      where: { status: "PUBLISHED", lastVerifiedAt: { not: null } },
      orderBy: { name: "asc" },
    });
    const twoYearsAgo = new Date();
    twoYearsAgo.setFullYear(twoYearsAgo.getFullYear() - 2);
    await prisma.contactPoint.update({ where: { id: stale.id }, data: { lastVerifiedAt: twoYearsAgo } });

    const own = await prisma.contactPoint.findFirstOrThrow({
      where: { partnerId: partnerEditor.partnerId, status: "PUBLISHED" },
    });
    const asPartner = await sessionOf(session.servers.api, partnerEditor.email);
    const proposed = await asPartner(
      'mutation($id: ID!, $v: Int!) { updateContactPoint(id: $id, version: $v, input: { email: "neu@example.org" }) { __typename } }',
      { id: globalId("ContactPoint", own.id), v: own.version },
    );
    expect(proposed.updateContactPoint?.__typename).toBe("MutationUpdateContactPointSuccess");
    await asPartner("mutation($id: ID!) { submitContactPointForReview(id: $id) { __typename } }", {
      id: globalId("ContactPoint", own.id),
    });
    const reported = await fetch(`${session.servers.api}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        query: "mutation($id: ID!) { reportOutdated(id: $id, reason: WEBSITE) { __typename } }",
        variables: { id: globalId("ContactPoint", own.id) },
      }),
    });
    expect(((await reported.json()) as { data: unknown }).data).toEqual({
      reportOutdated: { __typename: "MutationReportOutdatedSuccess" },
    });

    // The change just made: staff rename a contact point.
    const renamed = await prisma.contactPoint.findFirstOrThrow({
      where: { status: "PUBLISHED", id: { not: own.id } },
      orderBy: { name: "desc" },
    });
    const newName = `${renamed.name} (umbenannt)`;
    const asAdmin = await sessionOf(session.servers.api, admin.email);
    const update = await asAdmin(
      "mutation($id: ID!, $v: Int!, $name: String) { updateContactPoint(id: $id, version: $v, input: { name: $name }) { __typename } }",
      { id: globalId("ContactPoint", renamed.id), v: renamed.version, name: newName },
    );
    expect(update.updateContactPoint?.__typename).toBe("MutationUpdateContactPointSuccess");

    const { page } = await loginAs(admin.email, "/admin");
    await page.getByRole("heading", { level: 1, name: "Übersicht" }).waitFor();
    await page.getByRole("region", { name: "Anlaufstellen" }).waitFor();
    const counts = {
      review: await prisma.changeRequest.count({ where: { status: "OPEN" } }),
      reports: await prisma.outdatedReport.count({ where: { status: "OPEN" } }),
      stale: await prisma.contactPoint.count({ where: staleWhere() }),
      drafts: await prisma.contactPoint.count({ where: { status: "DRAFT" } }),
      staleOffers: await prisma.offer.count({ where: staleWhere() }),
    };
    expect(counts.review).toBeGreaterThan(0);
    expect(counts.reports).toBeGreaterThan(0);
    expect(counts.stale).toBeGreaterThan(0);
    expect({
      review: await shownCount(page, "Prüfung", "Offene Prüfaufträge"),
      reports: await shownCount(page, "Meldungen", "Offene Meldungen"),
      stale: await shownCount(page, "Anlaufstellen", "Seit 12 Monaten nicht bestätigt"),
      drafts: await shownCount(page, "Anlaufstellen", "Entwürfe"),
      staleOffers: await shownCount(page, "Angebote", "Seit 12 Monaten nicht bestätigt"),
    }).toEqual(counts);

    // "Letzte Änderungen": the rename is the newest entry, with who and a link to the entry.
    await page.getByRole("heading", { level: 2, name: "Letzte Änderungen" }).waitFor();
    const newest = page.locator("kausa-recent-changes tbody tr").first();
    await expect.poll(() => newest.textContent()).toContain(newName);
    expect(await newest.textContent()).toContain("Geändert");
    expect(await newest.textContent()).toContain(admin.email);
    expect(await newest.getByRole("link", { name: newName }).getAttribute("href")).toBe(
      `/admin/contact-points/${renamed.id}`,
    );
    await expectNoAxeViolations(page);
    await screenshot(page, "admin-dashboard");

    await page
      .getByRole("region", { name: "Anlaufstellen" })
      .getByRole("link", { name: /^Seit 12 Monaten nicht bestätigt/ })
      .click();
    await expect.poll(() => new URL(page.url()).pathname).toBe("/admin/contact-points");
    expect(new URL(page.url()).searchParams.get("stale")).toBe("1");

    await page.goBack();
    await page
      .getByRole("region", { name: "Träger" })
      .getByRole("link", { name: /^Entwürfe/ })
      .click();
    await expect.poll(() => new URL(page.url()).pathname).toBe("/admin/partners");
    expect(new URL(page.url()).searchParams.get("status")).toBe("DRAFT");

    await page.goBack();
    await page.getByRole("region", { name: "Prüfung" }).getByRole("link").click();
    await expect.poll(() => new URL(page.url()).pathname).toBe("/admin/review");
  });

  it("shows a partner editor only their organisation's numbers, without networks or the history", async () => {
    const prisma = session.servers.database.db.prisma;
    const { partnerId, email } = session.servers.accounts.partnerEditor;
    const { page } = await loginAs(email, "/admin");
    await page.getByRole("heading", { level: 1, name: "Übersicht" }).waitFor();
    await page.getByRole("region", { name: "Anlaufstellen" }).waitFor();
    const counts = {
      review: await prisma.changeRequest.count({ where: { status: "OPEN", partnerId } }),
      reports: await prisma.outdatedReport.count({ where: { status: "OPEN", partnerId } }),
      stale: await prisma.contactPoint.count({ where: staleWhere({ partnerId }) }),
      allStale: await prisma.contactPoint.count({ where: staleWhere() }),
      staleOffers: await prisma.offer.count({ where: staleWhere({ partnerId }) }),
    };
    expect(counts.review).toBeGreaterThan(0);
    expect(counts.stale).toBeLessThan(counts.allStale);
    expect({
      review: await shownCount(page, "Prüfung", "Offene Prüfaufträge"),
      reports: await shownCount(page, "Meldungen", "Offene Meldungen"),
      stale: await shownCount(page, "Anlaufstellen", "Seit 12 Monaten nicht bestätigt"),
      allStale: counts.allStale,
      staleOffers: await shownCount(page, "Angebote", "Seit 12 Monaten nicht bestätigt"),
    }).toEqual(counts);
    expect(await page.getByRole("region", { name: "Netzwerke" }).count()).toBe(0);
    expect(await page.getByRole("heading", { name: "Letzte Änderungen" }).count()).toBe(0);
    expect(await page.getByRole("alert").count()).toBe(0);
    await expectNoAxeViolations(page);
    await screenshot(page, "admin-dashboard-partner");
  });
});
