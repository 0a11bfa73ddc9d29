import { describe, expect, it } from "vitest";
import { type FinderState, initialState, type Presets } from "../src/state/finder-state.ts";
import { readUrlState, writeUrlState } from "../src/state/url-state.ts";

const presets: Presets = {
  regionId: null,
  districtKey: null,
  services: [],
  languages: [],
  targetGroups: [],
  ruralOnly: false,
  locked: new Set(),
};

describe("deep links", () => {
  it("round-trips the visitor's state and keeps the host page's own parameters", () => {
    const state: FinderState = {
      origin: { lat: 51.505, lng: 10.791, label: "99734 Nordhausen" },
      filter: {
        services: ["MATCHING", "LANGUAGE_COURSES"],
        languages: ["ar"],
        accessible: true,
        districtKeys: ["16062"],
      },
      selectedId: "Q29udGFjdFBvaW50OmNwLTAwMzg=",
      tab: "offers",
    };
    const search = writeUrlState("?page=ausbildung", state);
    expect(search).toContain("page=ausbildung");
    expect(search).toContain("kf-area=district%3A16062");
    expect({ ...initialState(presets), ...readUrlState(search) }).toEqual(state);
  });

  it("ignores malformed or hostile values", () => {
    expect(readUrlState("?kf-lat=999&kf-lng=10")).toEqual({});
    expect(readUrlState("?kf-services=MATCHING,<script>,x")).toEqual({ filter: { services: ["MATCHING"] } });
    expect(readUrlState('?kf-selected="><img src=x>')).toEqual({});
  });

  it("never writes the visitor's own position (near me) into the host page's URL", () => {
    const state: FinderState = {
      ...initialState(presets),
      origin: { lat: 50.60871, lng: 10.69234, label: "In meiner Nähe", fromDevice: true },
      selectedId: "Q29udGFjdFBvaW50OmNwLTAwMzg=",
    };
    const search = writeUrlState("?kf-lat=50.1&kf-lng=10.1&kf-place=Suhl&a=1", state);
    expect(search).toBe("?a=1&kf-selected=Q29udGFjdFBvaW50OmNwLTAwMzg%3D");
  });

  it("removes its parameters when the state is empty", () => {
    expect(writeUrlState("?kf-services=MATCHING&kf-tab=offers&a=1", initialState(presets))).toBe("?a=1");
    expect(writeUrlState("?kf-services=MATCHING", initialState(presets))).toBe("");
  });
});
