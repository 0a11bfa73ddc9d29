import { describe, expect, it } from "vitest";
import { flag, integer, optionalInteger } from "../src/env.ts";

// One parser for every numeric and boolean setting of the API process.
describe("settings from the environment", () => {
  it("reads plain and grouped digits, and falls back when unset or blank", () => {
    expect(integer("10000", "X", 5, 0, 100_000)).toBe(10_000);
    expect(integer("10_000", "X", 5, 0, 100_000)).toBe(10_000);
    expect(integer(undefined, "X", 5, 0, 100_000)).toBe(5);
    expect(integer("  ", "X", 5, 0, 100_000)).toBe(5);
    expect(optionalInteger(undefined, "X", 0, 10)).toBeUndefined();
  });

  it.each([["1e4"], ["0x10"], ["-1"], ["1.5"], ["ten"], ["_1"], ["100001"]])(
    "refuses %s with one line naming the variable",
    (value) => {
      expect(() => integer(value, "HEADERS_TIMEOUT_MS", 5, 0, 100_000)).toThrow(
        `HEADERS_TIMEOUT_MS must be an integer from 0 to 100000 (got "${value}")`,
      );
    },
  );

  it("reads flags in the usual spellings and refuses others", () => {
    expect(flag("yes", "F", false)).toBe(true);
    expect(flag("OFF", "F", true)).toBe(false);
    expect(flag("", "F", true)).toBe(true);
    expect(() => flag("maybe", "GRAPHIQL", true)).toThrow('GRAPHIQL must be true or false (got "maybe")');
  });
});
