import { afterEach, describe, expect, it } from "vitest";
import { page, userEvent } from "vitest/browser";
import { allInShadow, cleanup, expectNoAxeViolations, mount } from "../browser-test-support.ts";
import type { Place, PlaceSearch } from "./place.ts";
import "./place-search.ts";
import type { KausaAdminPlaceSearch } from "./place-search.ts";

afterEach(cleanup);

const place = (postcode: string, name: string, district: string, lat: number, lng: number): Place => ({
  postcode,
  name,
  lat,
  lng,
  district: { name: district },
});

/** A small gazetteer: postcode prefixes and name beginnings, like the API's. */
const GAZETTEER = [
  place("99734", "Nordhausen", "Nordhausen", 51.5018, 10.7957),
  place("99084", "Erfurt", "Erfurt", 50.9787, 11.0328),
  place("99085", "Erfurt", "Erfurt", 50.9873, 11.0453),
  place("99817", "Eisenach", "Wartburgkreis", 50.9807, 10.3152),
  place("99610", "Sömmerda", "Sömmerda", 51.1599, 11.1176),
];

function gazetteer(fail = false) {
  const asked: string[] = [];
  const search: PlaceSearch = async (text) => {
    asked.push(text);
    if (fail) throw new Error("offline");
    const q = text.toLowerCase();
    return GAZETTEER.filter((p) => p.postcode.startsWith(q) || p.name.toLowerCase().startsWith(q));
  };
  return { asked, search };
}

async function placeSearch(search: PlaceSearch) {
  const element = await mount<KausaAdminPlaceSearch>("kausa-admin-place-search", (s) => {
    s.label = "Adresse oder PLZ";
    s.hint = "Postleitzahl oder Ort";
    s.search = search;
  });
  const chosen: Place[] = [];
  element.addEventListener("kausa-place-choose", (e) => chosen.push(e.detail.place));
  const input = page.getByRole("combobox", { name: "Adresse oder PLZ" });
  const options = () => allInShadow(element, "[role=option]");
  const status = () => element.shadowRoot!.querySelector("[role=status]")!.textContent!.trim();
  return { element, input, chosen, options, status };
}

describe("<kausa-admin-place-search>", () => {
  it("suggests places once the editor pauses typing, one lookup per pause", async () => {
    const { asked, search } = gazetteer();
    const { element, input, options, status } = await placeSearch(search);
    await expect.element(input).toHaveAccessibleDescription("Postleitzahl oder Ort");
    await userEvent.click(input);
    // A pause longer than any machine needs between two keys: "E" and "Er" must ask nothing.
    element.pauseMs = 60_000;
    await userEvent.keyboard("Er");
    await element.updateComplete;
    expect(asked).toEqual([]);
    element.pauseMs = 10;
    await userEvent.keyboard("f");
    await expect.poll(() => options().length).toBe(2);
    expect(asked).toEqual(["Erf"]);
    await expect.element(input).toHaveAttribute("aria-expanded", "true");
    expect(options().map((o) => o.textContent!.replace(/\s+/g, " ").trim())).toEqual([
      "99084 Erfurt (Erfurt)",
      "99085 Erfurt (Erfurt)",
    ]);
    expect(status()).toBe("2 Orte gefunden, mit den Pfeiltasten auswählen.");
  });

  it("moves through the suggestions with the arrow keys, wrapping around, and closes with Escape", async () => {
    const { element, input, options } = await placeSearch(gazetteer().search);
    await userEvent.click(input);
    await userEvent.keyboard("99");
    await expect.poll(() => options().length).toBe(5);
    const active = () => input.element().getAttribute("aria-activedescendant");
    const selected = () => options().findIndex((o) => o.getAttribute("aria-selected") === "true");
    expect(active()).toBeNull();
    await userEvent.keyboard("{ArrowDown}");
    await element.updateComplete;
    expect([active(), selected()]).toEqual(["place-0", 0]);
    await userEvent.keyboard("{ArrowUp}");
    await element.updateComplete;
    expect([active(), selected()]).toEqual(["place-4", 4]);
    await userEvent.keyboard("{ArrowDown}{ArrowDown}");
    await element.updateComplete;
    expect(active()).toBe("place-1");
    await expectNoAxeViolations(element.parentElement!);
    await userEvent.keyboard("{Escape}");
    await element.updateComplete;
    await expect.element(input).toHaveAttribute("aria-expanded", "false");
    expect(active()).toBeNull();
    expect(element.shadowRoot!.querySelector("[role=listbox]")!.hasAttribute("hidden")).toBe(true);
  });

  it("chooses the highlighted suggestion with Enter", async () => {
    const { element, input, options, chosen } = await placeSearch(gazetteer().search);
    await userEvent.click(input);
    await userEvent.keyboard("Erfurt");
    await expect.poll(() => options().length).toBe(2);
    await userEvent.keyboard("{ArrowDown}{ArrowDown}{Enter}");
    await element.updateComplete;
    expect(chosen).toEqual([GAZETTEER[2]]);
    await expect.element(input).toHaveValue("99085 Erfurt");
    await expect.element(input).toHaveAttribute("aria-expanded", "false");
  });

  it("takes the first place when Enter comes before the suggestions", async () => {
    const { asked, search } = gazetteer();
    const { element, input, chosen } = await placeSearch(search);
    // Enter must come within the typing pause however slow the machine (250 ms by default).
    element.pauseMs = 60_000;
    await userEvent.click(input);
    await userEvent.keyboard("99734{Enter}");
    await expect.poll(() => chosen).toEqual([GAZETTEER[0]]);
    expect(asked).toEqual(["99734"]);
    await expect.element(input).toHaveValue("99734 Nordhausen");
  });

  it("chooses a suggestion by click", async () => {
    const { input, options, chosen } = await placeSearch(gazetteer().search);
    await userEvent.click(input);
    await userEvent.keyboard("Söm");
    await expect.poll(() => options().length).toBe(1);
    await userEvent.click(page.getByRole("option", { name: "99610 Sömmerda (Sömmerda)" }));
    expect(chosen).toEqual([GAZETTEER[4]]);
  });

  it("says when nothing matches, and when the search fails", async () => {
    const empty = await placeSearch(gazetteer().search);
    await userEvent.click(empty.input);
    await userEvent.keyboard("Xyz");
    await expect.poll(empty.status).toBe("Kein Ort gefunden.");
    expect(empty.options()).toHaveLength(0);
    await expect.element(empty.input).toHaveAttribute("aria-expanded", "false");
    cleanup();

    const failing = await placeSearch(gazetteer(true).search);
    await userEvent.click(failing.input);
    await userEvent.keyboard("Erfurt");
    await expect.poll(failing.status).toBe("Die Ortssuche ist gerade nicht möglich.");
  });
});
