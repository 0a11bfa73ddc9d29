import { afterEach, describe, expect, it } from "vitest";
import { page, userEvent } from "vitest/browser";
import {
  allInShadow,
  cleanup,
  expectNoAxeViolations,
  mount,
  recordChanges,
} from "../browser-test-support.ts";
import { COUNSELLING_LANGUAGES, type KausaLanguageSelect } from "./language-select.ts";

afterEach(cleanup);

async function select(value: string[], language: "de" | "en" = "de") {
  const element = await mount<KausaLanguageSelect>(
    "kausa-language-select",
    (s) => {
      s.label = language === "de" ? "Beratungssprachen" : "Counselling languages";
      s.value = value;
    },
    { language },
  );
  const changes = recordChanges(element, () => element.value);
  return { element, changes };
}

const checkbox = (name: string) => page.getByRole("checkbox", { name, exact: true });
const boxes = (element: HTMLElement) => allInShadow<HTMLInputElement>(element, "input[type=checkbox]");

describe("<kausa-language-select>", () => {
  it("offers every counselling language, alphabetically, named in German and in itself", async () => {
    const { element } = await select([]);
    const codes = boxes(element).map((b) => b.value);
    expect([...codes].sort()).toEqual([...COUNSELLING_LANGUAGES].sort());
    const names = allInShadow(element, "label").map((l) => l.textContent!.replace(/\s+/g, " ").trim());
    expect(names).toEqual([...names].sort(new Intl.Collator("de").compare));
    await expect.element(checkbox("Arabisch (العربية)")).not.toBeChecked();
    await expect.element(checkbox("Deutsch")).toBeVisible();
    await expect.element(checkbox("Ukrainisch (Українська)")).toBeVisible();
    await expect.element(checkbox("Türkisch (Türkçe)")).toBeVisible();
    await expect.element(checkbox("Dari (دری)")).toBeVisible();
    await expect.element(checkbox("Kurdisch (Kurdî)")).toBeVisible();
    // The own name is marked with its language, so that a screen reader pronounces it right.
    const arabic = element.shadowRoot!.querySelector("input[value=ar]")!.parentElement!.querySelector("bdi")!;
    expect(arabic.lang).toBe("ar");
    expect(arabic.dir).toBe("rtl");
    await expect.element(page.getByRole("group", { name: "Beratungssprachen" })).toBeVisible();
    await expectNoAxeViolations(element.parentElement!);
  });

  it("ticks and unticks languages with the keyboard and keeps the order of choosing", async () => {
    const { element, changes } = await select(["de"]);
    (checkbox("Tigrinya (ትግርኛ)").element() as HTMLElement).focus();
    await userEvent.keyboard(" ");
    (checkbox("Arabisch (العربية)").element() as HTMLElement).focus();
    await userEvent.keyboard(" ");
    expect(element.value).toEqual(["de", "ti", "ar"]);
    await userEvent.keyboard("{Shift>}{Tab}{/Shift} ");
    // Shift+Tab went to the language before Arabic alphabetically: Albanisch.
    expect(element.value).toEqual(["de", "ti", "ar", "sq"]);
    await userEvent.click(checkbox("Deutsch"));
    expect(element.value).toEqual(["ti", "ar", "sq"]);
    expect(changes).toEqual([
      ["de", "ti"],
      ["de", "ti", "ar"],
      ["de", "ti", "ar", "sq"],
      ["ti", "ar", "sq"],
    ]);
    expect(element.shadowRoot!.querySelector(".summary")!.textContent!.trim()).toBe(
      "Ausgewählt: Tigrinya, Arabisch, Albanisch",
    );
  });

  it("shows and keeps codes that are not on the list", async () => {
    const { element } = await select(["hu", "ar", "xq"]);
    await expect.element(checkbox("Ungarisch (Magyar)")).toBeChecked();
    await expect.element(checkbox("xq")).toBeChecked();
    await userEvent.click(checkbox("Englisch (English)"));
    expect(element.value).toEqual(["hu", "ar", "xq", "en"]);
    await userEvent.click(checkbox("xq"));
    expect(element.value).toEqual(["hu", "ar", "en"]);
    // Still offered: the editor can tick it again.
    await userEvent.click(checkbox("xq"));
    expect(element.value).toEqual(["hu", "ar", "en", "xq"]);
  });

  it("shows the server's messages as an alert linked to the checkboxes", async () => {
    const { element } = await select(["de"]);
    element.problems = ["Bitte mindestens eine Sprache angeben."];
    await element.updateComplete;
    await expect.element(page.getByRole("alert")).toHaveTextContent("Bitte mindestens eine Sprache angeben.");
    await expect.element(checkbox("Deutsch")).toHaveAttribute("aria-invalid", "true");
    await expect
      .element(checkbox("Polnisch (Polski)"))
      .toHaveAccessibleDescription("Bitte mindestens eine Sprache angeben.");
    await expectNoAxeViolations(element.parentElement!);
  });

  it("can be shown without being editable", async () => {
    const { element } = await select(["de"]);
    element.disabled = true;
    await element.updateComplete;
    await expect.element(checkbox("Deutsch")).toBeDisabled();
    await expect.element(checkbox("Arabisch (العربية)")).toBeDisabled();
  });

  it("speaks English", async () => {
    const { element } = await select(["fa"], "en");
    await expect.element(checkbox("Persian (فارسی)")).toBeChecked();
    await expect.element(checkbox("German (Deutsch)")).not.toBeChecked();
    expect(element.shadowRoot!.querySelector(".summary")!.textContent!.trim()).toBe("Selected: Persian");
    await expectNoAxeViolations(element.parentElement!);
  });
});
