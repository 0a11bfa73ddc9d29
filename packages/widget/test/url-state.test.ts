import { describe, expect, it } from "vitest";
import { emptyState } from "../src/state/finder-state.ts";
import { readUrlState, writeUrlState } from "../src/state/url-state.ts";

describe("deep links", () => {
  it("round-trips the visitor's state and keeps the host page's own parameters", () => {
    const state = {
      ...emptyState(),
      origin: { lat: 51.505, lng: 10.791, label: "99734 Nordhausen" },
      services: ["MATCHING", "LANGUAGE_COURSES"],
      languages: ["ar"],
      accessible: true,
      selectedId: "Q29udGFjdFBvaW50OmNwLTAwMzg=",
      tab: "offers" as const,
    };
    const search = writeUrlState("?page=ausbildung", state);
    expect(search).toContain("page=ausbildung");
    expect({ ...emptyState(), ...readUrlState(search) }).toEqual(state);
  });

  it("ignores malformed or hostile values", () => {
    expect(readUrlState("?kf-lat=999&kf-lng=10")).toEqual({});
    expect(readUrlState("?kf-services=MATCHING,<script>,x")).toEqual({ services: ["MATCHING"] });
    expect(readUrlState('?kf-selected="><img src=x>')).toEqual({});
  });

  it("removes its parameters when the state is empty", () => {
    expect(writeUrlState("?kf-services=MATCHING&a=1", emptyState())).toBe("?a=1");
    expect(writeUrlState("?kf-services=MATCHING", emptyState())).toBe("");
  });
});
