import { afterEach, describe, expect, it } from "vitest";
import { page, userEvent } from "vitest/browser";
import { cleanup, expectNoAxeViolations, inShadow, mount, recordChanges } from "../browser-test-support.ts";
import type { OpeningHours } from "./opening-hours.ts";
import "./opening-hours-field.ts";
import type { KausaOpeningHoursField } from "./opening-hours-field.ts";

afterEach(cleanup);

async function field(value: OpeningHours[] = [], language: "de" | "en" = "de") {
  const element = await mount<KausaOpeningHoursField>(
    "kausa-opening-hours-field",
    (f) => {
      f.label = language === "de" ? "Öffnungszeiten" : "Opening hours";
      f.value = value;
    },
    { language },
  );
  const changes = recordChanges(element, () => element.value);
  return { element, changes };
}

const time = (label: string) => page.getByLabelText(label, { exact: true });

describe("<kausa-opening-hours-field>", () => {
  it("shows a row per weekday, Monday first, with the given periods sorted", async () => {
    const { element, changes } = await field([
      { day: 3, opens: "13:00", closes: "16:00" },
      { day: 1, opens: "09:00", closes: "12:00" },
      { day: 3, opens: "08:00", closes: "12:00" },
    ]);
    const days = [...element.shadowRoot!.querySelectorAll(".day-name")].map((d) => d.textContent);
    expect(days).toEqual(["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]);
    await expect.element(page.getByRole("checkbox", { name: "Montag geöffnet" })).toBeChecked();
    await expect.element(page.getByRole("checkbox", { name: "Dienstag geöffnet" })).not.toBeChecked();
    await expect.element(time("Mittwoch, öffnet")).toHaveValue("08:00");
    await expect.element(time("Mittwoch, Zeitraum 2, schließt")).toHaveValue("16:00");
    await expect.element(page.getByRole("group", { name: "Öffnungszeiten" })).toBeVisible();
    expect(changes, "setting the value is no change by the editor").toEqual([]);
  });

  it("opens a day with the keyboard and takes the times typed in", async () => {
    const { element, changes } = await field();
    const monday = page.getByRole("checkbox", { name: "Montag geöffnet" });
    (monday.element() as HTMLInputElement).focus();
    await userEvent.keyboard(" ");
    await expect.element(monday).toBeChecked();
    await userEvent.fill(time("Montag, öffnet"), "09:00");
    await userEvent.fill(time("Montag, schließt"), "17:30");
    expect(element.value).toEqual([{ day: 1, opens: "09:00", closes: "17:30" }]);
    expect(changes.at(-1)).toEqual(element.value);
    expect(changes.length).toBeGreaterThanOrEqual(3);
  });

  it("adds a second period for a lunch break and keeps the value sorted by day and time", async () => {
    const { element } = await field([
      { day: 5, opens: "10:00", closes: "12:00" },
      { day: 2, opens: "13:00", closes: "17:00" },
    ]);
    await userEvent.click(page.getByRole("button", { name: "Dienstag: Zeitraum hinzufügen" }));
    // The new period's first input has the focus (in the field's shadow root).
    await expect
      .poll(() => element.shadowRoot!.activeElement)
      .toBe(time("Dienstag, Zeitraum 2, öffnet").element());
    await userEvent.fill(time("Dienstag, Zeitraum 2, öffnet"), "08:00");
    await userEvent.fill(time("Dienstag, Zeitraum 2, schließt"), "12:00");
    expect(element.value).toEqual([
      { day: 2, opens: "08:00", closes: "12:00" },
      { day: 2, opens: "13:00", closes: "17:00" },
      { day: 5, opens: "10:00", closes: "12:00" },
    ]);

    await userEvent.click(page.getByRole("button", { name: "Dienstag, Zeitraum 2: Entfernen" }));
    expect(element.value).toEqual([
      { day: 2, opens: "13:00", closes: "17:00" },
      { day: 5, opens: "10:00", closes: "12:00" },
    ]);
  });

  it("says next to the day when a period closes before it opens, and links the message", async () => {
    const { element } = await field([{ day: 4, opens: "14:00", closes: "16:00" }]);
    expect(element.valid).toBe(true);
    await userEvent.fill(time("Donnerstag, schließt"), "12:00");
    const message = inShadow(element, "#d4-error");
    await expect
      .poll(() => message.textContent?.trim())
      .toBe("Die Schließzeit muss nach der Öffnungszeit liegen.");
    const closes = time("Donnerstag, schließt").element();
    expect(closes.getAttribute("aria-invalid")).toBe("true");
    expect(closes.getAttribute("aria-describedby")).toContain("d4-error");
    await expect.element(time("Donnerstag, schließt")).toHaveAccessibleDescription(/Schließzeit muss nach/);
    expect(element.valid).toBe(false);
    // The value still says what the editor entered: the server refuses it too.
    expect(element.value).toEqual([{ day: 4, opens: "14:00", closes: "12:00" }]);
    await expectNoAxeViolations(element.parentElement!);
  });

  it("finds overlapping periods of a day", async () => {
    const { element } = await field([
      { day: 1, opens: "09:00", closes: "13:00" },
      { day: 1, opens: "12:00", closes: "16:00" },
    ]);
    expect(inShadow(element, "#d1-error").textContent?.trim()).toBe("Die Zeiträume überschneiden sich.");
    await userEvent.fill(time("Montag, Zeitraum 2, öffnet"), "13:30");
    await expect.poll(() => inShadow(element, "#d1-error").textContent?.trim()).toBe("");
    expect(element.valid).toBe(true);
  });

  it("copies Monday to Tuesday–Friday and leaves the weekend alone", async () => {
    const { element, changes } = await field([
      { day: 1, opens: "09:00", closes: "12:00" },
      { day: 1, opens: "13:00", closes: "15:00" },
      { day: 3, opens: "07:00", closes: "08:00" },
      { day: 6, opens: "10:00", closes: "12:00" },
    ]);
    await userEvent.click(
      page.getByRole("button", { name: "Zeiten vom Montag für Dienstag bis Freitag übernehmen" }),
    );
    const week = [1, 2, 3, 4, 5].flatMap((day) => [
      { day, opens: "09:00", closes: "12:00" },
      { day, opens: "13:00", closes: "15:00" },
    ]);
    expect(element.value).toEqual([...week, { day: 6, opens: "10:00", closes: "12:00" }]);
    expect(changes).toHaveLength(1);
    await expect.element(time("Freitag, Zeitraum 2, schließt")).toHaveValue("15:00");
    await expect
      .element(page.getByRole("status"))
      .toHaveTextContent("Dienstag bis Freitag haben jetzt die Zeiten vom Montag.");
  });

  it("leaves a closed day out of the value and brings its periods back when it opens again", async () => {
    const { element } = await field([
      { day: 2, opens: "09:00", closes: "12:00" },
      { day: 7, opens: "10:00", closes: "11:00" },
    ]);
    const tuesday = page.getByRole("checkbox", { name: "Dienstag geöffnet" });
    await userEvent.click(tuesday);
    expect(element.value).toEqual([{ day: 7, opens: "10:00", closes: "11:00" }]);
    await expect.element(time("Dienstag, öffnet")).not.toBeInTheDocument();
    await userEvent.click(tuesday);
    expect(element.value).toEqual([
      { day: 2, opens: "09:00", closes: "12:00" },
      { day: 7, opens: "10:00", closes: "11:00" },
    ]);
  });

  it("shows the server's messages as an alert and links them to the inputs", async () => {
    const { element } = await field([{ day: 3, opens: "09:00", closes: "12:00" }]);
    element.problems = ["Mittwoch: Die Zeiten müssen HH:MM sein."];
    await element.updateComplete;
    await expect
      .element(page.getByRole("alert"))
      .toHaveTextContent("Mittwoch: Die Zeiten müssen HH:MM sein.");
    const opens = time("Mittwoch, öffnet");
    await expect.element(opens).toHaveAttribute("aria-invalid", "true");
    await expect.element(opens).toHaveAccessibleDescription(/Die Zeiten müssen HH:MM sein/);
    await expectNoAxeViolations(element.parentElement!);
  });

  it("can be shown without being editable, and focuses the first wrong input for the form", async () => {
    const { element } = await field([
      { day: 1, opens: "09:00", closes: "12:00" },
      { day: 5, opens: "12:00", closes: "10:00" },
    ]);
    element.focus();
    expect(element.shadowRoot!.activeElement).toBe(time("Freitag, öffnet").element());
    element.disabled = true;
    await element.updateComplete;
    await expect.element(page.getByRole("checkbox", { name: "Montag geöffnet" })).toBeDisabled();
    await expect.element(time("Montag, schließt")).toBeDisabled();
    await expect.element(page.getByRole("button", { name: "Montag: Zeitraum hinzufügen" })).toBeDisabled();
  });

  it("speaks English with English day names", async () => {
    const { element } = await field([{ day: 7, opens: "10:00", closes: "14:00" }], "en");
    await expect.element(page.getByRole("checkbox", { name: "Sunday open" })).toBeChecked();
    await expect.element(time("Sunday, closes")).toHaveValue("14:00");
    await expect.element(page.getByRole("button", { name: "Sunday: Add period" })).toBeVisible();
    await expectNoAxeViolations(element.parentElement!);
  });
});
