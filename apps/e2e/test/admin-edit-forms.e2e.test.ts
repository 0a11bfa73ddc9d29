import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { expectNoAxeViolations, useAdminSession } from "./support/admin-session.ts";
import { screenshot } from "./support/browser.ts";

const { session, loginAs } = useAdminSession();

const prisma = () => session.servers.database.db.prisma;
const saveButton = (page: Page) => page.getByRole("button", { name: "Speichern", exact: true });

/** The focused element, through shadow roots: its tag, text and the edit field it belongs to. */
const focused = (page: Page) =>
  page.evaluate(() => {
    let element = document.activeElement;
    while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
    let field: Element | null = element;
    while (field && !field.getAttribute("data-field")) {
      field =
        field.parentElement ?? ((field.getRootNode() as ShadowRoot).host as Element | undefined) ?? null;
    }
    const host = (element?.getRootNode() as ShadowRoot | undefined)?.host;
    return {
      field: field?.getAttribute("data-field") ?? null,
      host: host?.tagName.toLowerCase() ?? null,
      text: host?.textContent?.trim() ?? "",
    };
  });

async function staffContactPoint() {
  return prisma().contactPoint.findFirstOrThrow({
    where: { status: "PUBLISHED", partnerId: { not: session.servers.accounts.partnerEditor.partnerId } },
    orderBy: { id: "asc" },
  });
}

describe("the edit forms", () => {
  it("shows the API's messages next to the fields, focuses the first and saves nothing", async () => {
    const point = await staffContactPoint();
    const { page } = await loginAs(
      session.servers.accounts.editor.email,
      `/admin/contact-points/${point.id}`,
    );
    await page.getByRole("heading", { level: 1, name: point.name }).waitFor();
    await page.getByRole("textbox", { name: /^Telefon/ }).fill("12");
    await page.getByRole("textbox", { name: /^E-Mail-Adresse/ }).fill("keine-adresse");
    await saveButton(page).click();

    await page.getByRole("alert").getByText("Bitte prüfen Sie 2 Angaben:").waitFor();
    await page
      .locator('sl-input[data-field="phone"]')
      .getByText("Keine deutsche Telefonnummer (z. B. 0361 123456 oder +49 361 123456).")
      .waitFor();
    await page
      .locator('sl-input[data-field="email"]')
      .getByText("Keine gültige E-Mail-Adresse (z. B. beratung@beispiel.de).")
      .waitFor();
    // The phone comes first in the form: it has the focus.
    await expect.poll(async () => (await focused(page)).field).toBe("phone");
    await expectNoAxeViolations(page);
    await screenshot(page, "admin-edit-validation");
    expect(await prisma().contactPoint.findUniqueOrThrow({ where: { id: point.id } })).toEqual(point);

    // Correcting a field takes its message away.
    await page.getByRole("textbox", { name: /^Telefon/ }).fill("0361 123456");
    await expect.poll(() => page.locator('sl-input[data-field="phone"] .problem').count()).toBe(0);
  });

  it("can be used with the keyboard alone: reach a field, change it, save", async () => {
    const point = await staffContactPoint();
    const { page } = await loginAs(
      session.servers.accounts.editor.email,
      `/admin/contact-points/${point.id}`,
    );
    await page.getByRole("heading", { level: 1, name: point.name }).waitFor();
    // Tab from the top of the page's content until the website field has the focus.
    for (let i = 0; i < 80 && (await focused(page)).field !== "website"; i++)
      await page.keyboard.press("Tab");
    expect((await focused(page)).field).toBe("website");
    await page.keyboard.press("ControlOrMeta+a");
    await page.keyboard.type("https://example.org/tastatur");
    // On to the save button, and back once with Shift+Tab past it to check both directions.
    for (let i = 0; i < 120 && (await focused(page)).text !== "Speichern"; i++)
      await page.keyboard.press("Tab");
    expect((await focused(page)).text).toBe("Speichern");
    await page.keyboard.press("Shift+Tab");
    expect((await focused(page)).text).not.toBe("Speichern");
    await page.keyboard.press("Tab");
    expect((await focused(page)).text).toBe("Speichern");
    await page.keyboard.press("Space");
    await page
      .getByRole("status")
      .getByText(`Gespeichert. Version ${point.version + 1}.`)
      .waitFor();
    const stored = await prisma().contactPoint.findUniqueOrThrow({ where: { id: point.id } });
    expect(stored.website).toBe("https://example.org/tastatur");
  });

  it("creates a contact point for the partner editor's own organisation", async () => {
    const { partnerEditor } = session.servers.accounts;
    const { page } = await loginAs(partnerEditor.email, "/admin/contact-points/new");
    await page.getByRole("heading", { level: 1, name: "Neu: Anlaufstelle" }).waitFor();
    await expect.poll(() => page.title()).toBe("Neu: Anlaufstelle – KAUSA Verwaltung");
    await expectNoAxeViolations(page);
    await screenshot(page, "admin-edit-create");

    // Without the required fields the API names them.
    await page.getByRole("button", { name: "Anlegen" }).click();
    await page.locator('sl-input[data-field="name"]').getByText("Bitte ausfüllen.").waitFor();
    expect(await prisma().contactPoint.count({ where: { name: "Beispiel-Anlaufstelle Neu" } })).toBe(0);

    await page.getByRole("textbox", { name: /^Name/ }).fill("Beispiel-Anlaufstelle Neu");
    await page.getByRole("textbox", { name: /^Postleitzahl/ }).fill("99084");
    await page.getByRole("textbox", { name: /^Ort/ }).fill("Erfurt");
    await page.getByRole("button", { name: "Anlegen" }).click();
    await expect.poll(() => new URL(page.url()).pathname).toMatch(/^\/admin\/contact-points\/(?!new)[^/]+$/);
    await page.getByRole("heading", { level: 1, name: "Beispiel-Anlaufstelle Neu" }).waitFor();
    const id = decodeURIComponent(new URL(page.url()).pathname.split("/").pop() ?? "");
    const created = await prisma().contactPoint.findUniqueOrThrow({ where: { id } });
    expect(created).toMatchObject({
      name: "Beispiel-Anlaufstelle Neu",
      partnerId: partnerEditor.partnerId,
      postcode: "99084",
      city: "Erfurt",
      status: "DRAFT",
      districtKey: "16051",
    });
  });

  it("does not offer partner editors to create partners or networks", async () => {
    const { page } = await loginAs(session.servers.accounts.partnerEditor.email, "/admin/networks/new");
    await page
      .getByRole("alert")
      .getByText("Neue Einträge dieser Art legt nur die KAUSA-Redaktion an.")
      .waitFor();
    expect(await page.locator("kausa-record-edit-page form").count()).toBe(0);
  });

  it("edits partners, offers and networks too, and offers staff the state changes", async () => {
    const { page } = await loginAs(session.servers.accounts.editor.email, "/admin");
    const partner = await prisma().partner.findFirstOrThrow({
      where: { status: "PUBLISHED" },
      orderBy: { id: "desc" },
    });
    const offer = await prisma().offer.findFirstOrThrow({
      where: { status: "PUBLISHED" },
      orderBy: { id: "asc" },
    });
    const network = await prisma().network.findFirstOrThrow({ orderBy: { id: "asc" } });
    const title = (offer.title as { de: string }).de;
    for (const [path, heading, screenshotName] of [
      [`/admin/partners/${partner.id}`, partner.name, "admin-edit-partner"],
      [`/admin/offers/${offer.id}`, title, "admin-edit-offer"],
      [`/admin/networks/${network.id}`, network.name, "admin-edit-network"],
    ] as const) {
      await page.goto(`${session.servers.api}${path}`);
      await page.getByRole("heading", { level: 1, name: heading }).waitFor();
      await page.getByRole("button", { name: "Archivieren" }).waitFor();
      await expectNoAxeViolations(page);
      await screenshot(page, screenshotName);
    }

    // The network's website, changed and saved by staff, applies at once.
    await page.getByRole("textbox", { name: /^Webseite/ }).fill("https://example.org/netzwerk");
    await saveButton(page).click();
    await page
      .getByRole("status")
      .getByText(`Gespeichert. Version ${network.version + 1}.`)
      .waitFor();
    const stored = await prisma().network.findUniqueOrThrow({ where: { id: network.id } });
    expect(stored).toMatchObject({ website: "https://example.org/netzwerk", name: network.name });

    // Staff confirm it is still correct: the page shows when and by whom.
    await page.getByRole("button", { name: "Als geprüft bestätigen" }).click();
    await page.getByText("Als geprüft bestätigt.").waitFor();
    await page.getByText(/^Zuletzt geprüft: .+ von redaktion$/).waitFor();
    const verified = await prisma().network.findUniqueOrThrow({ where: { id: network.id } });
    expect(verified.lastVerifiedAt).not.toBeNull();
  });
});
