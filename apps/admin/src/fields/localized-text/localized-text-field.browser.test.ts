import { afterEach, describe, expect, it } from "vitest";
import { page, userEvent } from "vitest/browser";
import {
  allInShadow,
  cleanup,
  expectNoAxeViolations,
  mount,
  recordChanges,
} from "../browser-test-support.ts";
import type { LocalizedTextValue } from "./localized-text.ts";
import "./localized-text-field.ts";
import type { KausaLocalizedTextField } from "./localized-text-field.ts";

afterEach(cleanup);

async function field(
  value: LocalizedTextValue | null,
  options: { required?: boolean; multiline?: boolean; language?: "de" | "en" } = {},
) {
  const element = await mount<KausaLocalizedTextField>(
    "kausa-localized-text-field",
    (f) => {
      f.label = "Beschreibung";
      f.value = value;
      f.required = options.required ?? false;
      f.multiline = options.multiline ?? false;
    },
    { language: options.language ?? "de", width: 1100 },
  );
  const changes = recordChanges(element, () => element.value);
  return { element, changes };
}

// By accessible name: the star after a required label is hidden from it.
const input = (name: string) => page.getByRole("textbox", { name, exact: true });
const missingMarkers = (element: HTMLElement) =>
  allInShadow(element, ".missing").map((m) => m.id.replace("missing-", ""));
const count = (element: HTMLElement) => element.shadowRoot!.querySelector(".count")!.textContent!.trim();

describe("<kausa-localized-text-field>", () => {
  it("shows German first and each translation in its language and direction, labelled in both languages", async () => {
    const { element } = await field({ de: "Beratung", en: "Counselling" });
    const inputs = allInShadow<HTMLInputElement>(element, "input");
    expect(inputs.map((i) => [i.lang, i.dir])).toEqual([
      ["de", "ltr"],
      ["en", "ltr"],
      ["ar", "rtl"],
      ["fa", "rtl"],
      ["uk", "ltr"],
      ["ru", "ltr"],
      ["tr", "ltr"],
    ]);
    await expect.element(input("Deutsch")).toHaveValue("Beratung");
    await expect.element(input("Englisch (English)")).toHaveValue("Counselling");
    await expect.element(input("Arabisch (العربية)")).toHaveAttribute("dir", "rtl");
    await expect.element(input("Persisch (فارسی)")).toHaveAttribute("lang", "fa");
    await expect.element(input("Ukrainisch (Українська)")).toBeVisible();
    await expect.element(input("Russisch (Русский)")).toBeVisible();
    await expect.element(input("Türkisch (Türkçe)")).toBeVisible();
  });

  it("marks each missing translation with text and counts the existing ones", async () => {
    const { element } = await field({ de: "Beratung", en: "Counselling", tr: "Danışmanlık" });
    expect(missingMarkers(element)).toEqual(["ar", "fa", "uk", "ru"]);
    expect(allInShadow(element, ".missing").map((m) => m.textContent)).toEqual([
      "fehlt",
      "fehlt",
      "fehlt",
      "fehlt",
    ]);
    await expect.element(input("Arabisch (العربية)")).toHaveAccessibleDescription("fehlt");
    await expect.element(input("Türkisch (Türkçe)")).not.toHaveAttribute("aria-describedby");
    expect(count(element)).toBe("2 von 6 Übersetzungen");
    await expectNoAxeViolations(element.parentElement!);
  });

  it("takes a typed translation into the value and updates marker and count", async () => {
    const { element, changes } = await field({ de: "Beratung" });
    await userEvent.click(input("Ukrainisch (Українська)"));
    await userEvent.keyboard("Консультація");
    expect(element.value).toEqual({ de: "Beratung", uk: "Консультація" });
    expect(changes.at(-1)).toEqual({ de: "Beratung", uk: "Консультація" });
    expect(changes).toHaveLength("Консультація".length);
    expect(missingMarkers(element)).not.toContain("uk");
    expect(count(element)).toBe("1 von 6 Übersetzungen");
  });

  it("leaves emptied and blank translations out of the value", async () => {
    const { element } = await field({ de: "Beratung", en: "Counselling", ar: "استشارة" });
    await userEvent.clear(input("Englisch (English)"));
    await userEvent.fill(input("Arabisch (العربية)"), "   ");
    expect(element.value).toEqual({ de: "Beratung" });
    expect(missingMarkers(element)).toEqual(["en", "ar", "fa", "uk", "ru", "tr"]);
    expect(count(element)).toBe("0 von 6 Übersetzungen");
  });

  it("is null without any text unless German is required", async () => {
    const optional = await field({ de: "Hallo" });
    await userEvent.clear(input("Deutsch"));
    expect(optional.element.value).toBeNull();
    expect(optional.changes).toEqual([null]);
    cleanup();

    const required = await field({ de: "Hallo", fa: "سلام" }, { required: true });
    await expect.element(input("Deutsch")).toHaveAttribute("required");
    await userEvent.clear(input("Deutsch"));
    expect(required.element.value).toEqual({ de: "", fa: "سلام" });
    await userEvent.clear(input("Persisch (فارسی)"));
    expect(required.element.value).toEqual({ de: "" });
  });

  it("uses textareas when multiline, with language and direction", async () => {
    const { element } = await field({ de: "Zeile 1" }, { multiline: true });
    expect(allInShadow(element, "input")).toHaveLength(0);
    const areas = allInShadow<HTMLTextAreaElement>(element, "textarea");
    expect(areas).toHaveLength(7);
    await expect.element(input("Arabisch (العربية)")).toHaveAttribute("dir", "rtl");
    await userEvent.click(input("Deutsch"));
    await userEvent.keyboard("{End}{Enter}Zeile 2");
    expect(element.value).toEqual({ de: "Zeile 1\nZeile 2" });
    await expectNoAxeViolations(element.parentElement!);
  });

  it("shows the server's messages as an alert linked to the inputs", async () => {
    const { element } = await field({ de: "" }, { required: true });
    element.problems = ["Der deutsche Text fehlt."];
    await element.updateComplete;
    await expect.element(page.getByRole("alert")).toHaveTextContent("Der deutsche Text fehlt.");
    await expect.element(input("Deutsch")).toHaveAttribute("aria-invalid", "true");
    await expect.element(input("Deutsch")).toHaveAccessibleDescription("Der deutsche Text fehlt.");
    await expectNoAxeViolations(element.parentElement!);
  });

  it("can be shown without being editable, and focuses German for the form", async () => {
    const { element } = await field({ de: "Beratung" });
    element.focus();
    expect(element.shadowRoot!.activeElement).toBe(input("Deutsch").element());
    element.disabled = true;
    await element.updateComplete;
    await expect.element(input("Deutsch")).toBeDisabled();
    await expect.element(input("Türkisch (Türkçe)")).toBeDisabled();
  });

  it("speaks English", async () => {
    const { element } = await field({ de: "Beratung", ru: "Консультация" }, { language: "en" });
    await expect.element(input("German (Deutsch)")).toHaveValue("Beratung");
    await expect.element(input("Arabic (العربية)")).toHaveAccessibleDescription("missing");
    expect(count(element)).toBe("1 of 6 translations");
    await expectNoAxeViolations(element.parentElement!);
  });
});
