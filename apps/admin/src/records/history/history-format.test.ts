import { describe, expect, it } from "vitest";
import { changesOf } from "./history-format.ts";
import type { HistoryEntry } from "./history-query.ts";

const entry = (changes: unknown): HistoryEntry =>
  ({
    id: 1,
    at: "2026-01-01T00:00:00Z",
    action: "UPDATE",
    actorLabel: "a@b.de",
    changes,
    reason: null,
  }) as HistoryEntry;

describe("a history entry's changes", () => {
  it("show the pin as one change of the position, where lat was", () => {
    const changes = changesOf(
      entry({
        name: { before: "A", after: "B" },
        lat: { before: 50.1, after: 50.2 },
        lng: { before: 11.1, after: 11.2 },
        phone: { before: null, after: "1" },
      }),
    );
    expect(changes.map((c) => c.field)).toEqual(["name", "coordinates", "phone"]);
    expect(changes[1]).toEqual({
      field: "coordinates",
      before: { lat: 50.1, lng: 11.1 },
      after: { lat: 50.2, lng: 11.2 },
    });
  });

  it("keep the half of the pin that changed, and nothing when there are no field changes", () => {
    expect(changesOf(entry({ lng: { before: 11, after: 12 } }))).toEqual([
      { field: "coordinates", before: { lat: null, lng: 11 }, after: { lat: null, lng: 12 } },
    ]);
    expect(changesOf(entry(null))).toEqual([]);
  });
});
