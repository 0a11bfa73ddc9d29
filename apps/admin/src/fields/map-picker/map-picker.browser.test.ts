/// <reference types="@vitest/browser-playwright" />
import { afterEach, describe, expect, it } from "vitest";
import { page, userEvent } from "vitest/browser";
import { cleanup, expectNoAxeViolations, inShadow, mount, recordChanges } from "../browser-test-support.ts";
import "./map-picker.ts";
import type { KausaMapPicker } from "./map-picker.ts";

afterEach(cleanup);

// No API here (the contact point form's end-to-end test covers search, district and outlines):
// the picker shows the map without outlines and looks no district up.

async function picker(lat: number | null = null, lng: number | null = null) {
  const element = await mount<KausaMapPicker>("kausa-map-picker", (p) => {
    p.label = "Lage";
    p.lat = lat;
    p.lng = lng;
    p.address = { street: "Markt 1" };
  });
  const changes = recordChanges(element, () => ({
    lat: element.lat,
    lng: element.lng,
    districtName: element.districtName,
  }));
  return { element, changes };
}

const latInput = () => page.getByRole("spinbutton", { name: "Breitengrad" });
const lngInput = () => page.getByRole("spinbutton", { name: "Längengrad" });
const marker = () => page.getByRole("button", { name: "Markierung, mit den Pfeiltasten verschieben" });

/** Waits until MapLibre has drawn its first frame. */
async function mapLoaded(element: KausaMapPicker) {
  await expect.poll(() => element.map?.loaded() ?? false, { timeout: 20_000 }).toBe(true);
  return element.map!;
}

describe("<kausa-map-picker>", () => {
  it("shows the point as labelled coordinates and a marker on a labelled map", async () => {
    const { element, changes } = await picker(50.97797, 11.02883);
    await expect.element(latInput()).toHaveValue(50.97797);
    await expect.element(lngInput()).toHaveValue(11.02883);
    await expect.element(page.getByRole("region", { name: "Karte zum Setzen der Markierung" })).toBeVisible();
    await expect.element(marker()).toBeVisible();
    const map = await mapLoaded(element);
    expect(map.getBounds().contains([11.02883, 50.97797])).toBe(true);
    expect(changes, "showing a point is no change").toEqual([]);
    await expectNoAxeViolations(element.parentElement!);
  });

  it("takes typed coordinates, rounded to 6 decimals, and puts the marker there", async () => {
    const { element, changes } = await picker();
    expect(inShadow(element, ".district").textContent!.trim()).toBe("Noch keine Markierung gesetzt.");
    await userEvent.fill(latInput(), "51.50181234567");
    await userEvent.keyboard("{Tab}");
    expect(changes).toEqual([{ lat: 51.501812, lng: null, districtName: null }]);
    await expect.element(marker()).not.toBeInTheDocument();
    await userEvent.fill(lngInput(), "10.7957");
    await userEvent.keyboard("{Tab}");
    expect(changes.at(-1)).toEqual({ lat: 51.501812, lng: 10.7957, districtName: null });
    await expect.element(latInput()).toHaveValue(51.501812);
    await expect.element(marker()).toBeVisible();
    const map = await mapLoaded(element);
    expect(map.getBounds().contains([10.7957, 51.501812])).toBe(true);
  });

  it("refuses a latitude out of range with a linked message", async () => {
    const { element, changes } = await picker(50.9, 11);
    await userEvent.fill(latInput(), "95");
    await userEvent.keyboard("{Tab}");
    await expect.element(latInput()).toHaveAttribute("aria-invalid", "true");
    await expect
      .element(latInput())
      .toHaveAccessibleDescription(/Bitte eine Zahl zwischen -90 und 90 eingeben/);
    expect(changes).toEqual([]);
    expect(element.lat).toBe(50.9);
    await expectNoAxeViolations(element.parentElement!);
  });

  it("removes the point when a coordinate is emptied", async () => {
    const { element, changes } = await picker(50.9, 11);
    await expect.element(marker()).toBeVisible();
    await userEvent.clear(lngInput());
    await userEvent.keyboard("{Tab}");
    expect(changes).toEqual([{ lat: 50.9, lng: null, districtName: null }]);
    await expect.element(marker()).not.toBeInTheDocument();
    expect(inShadow(element, ".district").textContent!.trim()).toBe("Noch keine Markierung gesetzt.");
  });

  it("moves the point through moveTo, rounded, and fires change", async () => {
    const { element, changes } = await picker(50.9, 11);
    element.moveTo(50.68123456789, 10.93987654321);
    expect(changes).toEqual([{ lat: 50.681235, lng: 10.939877, districtName: null }]);
    await expect.element(lngInput()).toHaveValue(10.939877);
  });

  it("moves the point where the editor clicks into the map, and zooms in there", async () => {
    const { element, changes } = await picker();
    const map = await mapLoaded(element);
    const canvas = map.getCanvas();
    const at = { x: Math.round(canvas.clientWidth / 3), y: Math.round(canvas.clientHeight / 2) };
    const expected = map.unproject([at.x, at.y]);
    const zoom = map.getZoom();
    await userEvent.click(page.getByRole("region", { name: "Karte zum Setzen der Markierung" }), {
      position: at,
    });
    await expect.poll(() => changes.length).toBe(1);
    // Within about two pixels (the test page is scaled, so the mouse lands on whole pixels of it).
    expect(Math.abs(changes[0]!.lat! - expected.lat)).toBeLessThan(0.01);
    expect(Math.abs(changes[0]!.lng! - expected.lng)).toBeLessThan(0.015);
    expect(changes[0]!.lat).toBe(Math.round(changes[0]!.lat! * 1e6) / 1e6);
    await expect.element(marker()).toBeVisible();
    // From the whole of Thuringia the map zooms in on the point, to place it exactly.
    expect(map.getZoom()).toBeGreaterThan(zoom);
    const shown = map.project([changes[0]!.lng!, changes[0]!.lat!]);
    expect(Math.abs(shown.x - canvas.clientWidth / 2)).toBeLessThan(1);
  });

  it("nudges the marker with the arrow keys", async () => {
    const { element, changes } = await picker(50.9, 11);
    await mapLoaded(element);
    (marker().element() as HTMLElement).focus();
    await userEvent.keyboard("{ArrowRight}");
    await expect.poll(() => changes.length).toBe(1);
    expect(changes[0]!.lng!).toBeGreaterThan(11);
    expect(changes[0]!.lat!).toBeCloseTo(50.9, 4);
    await userEvent.keyboard("{Shift>}{ArrowUp}{/Shift}");
    await expect.poll(() => changes.length).toBe(2);
    expect(changes[1]!.lat!).toBeGreaterThan(changes[0]!.lat!);
  });

  it("asks for a postcode or town before using the address", async () => {
    const { changes } = await picker();
    await userEvent.click(page.getByRole("button", { name: "Aus Adresse übernehmen" }));
    await expect
      .element(page.getByRole("status").filter({ hasText: "Adresse" }))
      .toHaveTextContent("Die Adresse hat noch keine Postleitzahl und keinen Ort.");
    expect(changes).toEqual([]);
  });

  it("can be shown without being editable, and focuses the latitude for the form", async () => {
    const { element, changes } = await picker(50.9, 11);
    element.focus();
    expect(element.shadowRoot!.activeElement).toBe(latInput().element());
    element.disabled = true;
    await element.updateComplete;
    await expect.element(latInput()).toBeDisabled();
    await expect.element(page.getByRole("combobox", { name: "Adresse oder PLZ" })).toBeDisabled();
    await expect.element(page.getByRole("button", { name: "Aus Adresse übernehmen" })).toBeDisabled();
    await mapLoaded(element);
    // A fixed marker is an image (not a button), not draggable, and not in the tab order.
    const fixed = page.getByRole("img", { name: "Markierung", exact: true });
    await expect.element(fixed).toBeVisible();
    expect(fixed.element().hasAttribute("tabindex")).toBe(false);
    expect(changes).toEqual([]);
  });

  it("shows the server's messages as an alert linked to the coordinates", async () => {
    const { element } = await picker(52.52, 13.4);
    element.problems = ["Die Lage muss in Thüringen sein."];
    await element.updateComplete;
    await expect.element(page.getByRole("alert")).toHaveTextContent("Die Lage muss in Thüringen sein.");
    await expect.element(latInput()).toHaveAttribute("aria-invalid", "true");
    await expect.element(lngInput()).toHaveAccessibleDescription(/Die Lage muss in Thüringen sein/);
    await mapLoaded(element);
    await expectNoAxeViolations(element.parentElement!);
  });
});
