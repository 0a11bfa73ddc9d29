import { describe, expect, it } from "vitest";
import { outsideArea } from "../src/state/area-hint.ts";
import type { FinderState } from "../src/state/finder-state.ts";

const REGIONS = [
  {
    key: "nordthueringen",
    name: "Nordthüringen",
    districts: [
      { key: "16062", name: "Nordhausen" },
      { key: "16061", name: "Eichsfeld" },
    ],
  },
  { key: "mittelthueringen", name: "Mittelthüringen", districts: [{ key: "16071", name: "Weimarer Land" }] },
];
const state = (origin: FinderState["origin"], beyondArea?: boolean): FinderState => ({
  origin,
  filter: {},
  selectedId: null,
  tab: "contacts",
  beyondArea,
});
const apolda = { lat: 51.02, lng: 11.51, label: "99510 Apolda", districtKey: "16071" };
const nordhausen = { lat: 51.5, lng: 10.79, label: "99734 Nordhausen", districtKey: "16062" };

describe("outsideArea", () => {
  it("names the preset region a place lies outside of, and whether help beyond it was asked for", () => {
    const presets = { regionId: "nordthueringen", districtKey: null };
    expect(outsideArea(state(apolda), presets, REGIONS)).toEqual({
      place: "99510 Apolda",
      area: "Nordthüringen",
      beyond: false,
    });
    expect(outsideArea(state(apolda, true), presets, REGIONS)?.beyond).toBe(true);
    expect(outsideArea(state(nordhausen), presets, REGIONS)).toBeNull();
  });

  it("names the preset district, also for a place in the same region", () => {
    const presets = { regionId: null, districtKey: "16061" };
    expect(outsideArea(state(nordhausen), presets, REGIONS)?.area).toBe("Eichsfeld");
    expect(outsideArea(state({ ...nordhausen, districtKey: "16061" }), presets, REGIONS)).toBeNull();
  });

  it("says nothing without a preset, a known district of the place, or the regions", () => {
    expect(outsideArea(state(apolda), { regionId: null, districtKey: null }, REGIONS)).toBeNull();
    const { districtKey: _, ...unknown } = apolda;
    expect(
      outsideArea(state(unknown), { regionId: "nordthueringen", districtKey: null }, REGIONS),
    ).toBeNull();
    expect(
      outsideArea(state(apolda), { regionId: "nordthueringen", districtKey: null }, undefined),
    ).toBeNull();
  });
});
