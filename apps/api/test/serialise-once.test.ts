import type { ExecutionResult } from "graphql";
import { describe, expect, it } from "vitest";
import { serialiseOnce } from "../src/execution/serialise-once.ts";

// The response-size limit serialises each result; Yoga then writes it with the result's own
// `stringify`. The text must be exactly JSON.stringify's, made once, and never used for a result
// that differs from the one it was made of.

type WithStringify = ExecutionResult & { stringify?: (value: ExecutionResult) => string };

describe("serialiseOnce", () => {
  it("gives JSON.stringify's text and keeps it for Yoga, also on the response cache's spread copy", () => {
    const result: WithStringify = { data: { list: [{ name: "Beratung \u2028 Gotha", lat: 50.9 }] } };
    const expected = JSON.stringify(result);
    const text = serialiseOnce(result);
    expect(text).toBe(expected);
    expect(result.stringify?.(result)).toBe(expected);
    const copy: WithStringify = { ...result, [Symbol.for("servedFromResponseCache")]: true };
    expect(copy.stringify?.(copy)).toBe(expected);
    // Functions are skipped by JSON.stringify: the kept function never shows in an answer.
    expect(JSON.stringify(copy)).toBe(expected);
    expect(serialiseOnce(copy)).toBe(expected);
  });

  it("serialises a result that changed, has errors or extensions the usual way", () => {
    const result: WithStringify = { data: { a: 1 } };
    serialiseOnce(result);
    const other = { data: { a: 2 } };
    expect(result.stringify?.(other)).toBe(JSON.stringify(other));
    const withErrors = { ...result, errors: [{ message: "x" }] } as unknown as ExecutionResult;
    expect(result.stringify?.(withErrors)).toBe(JSON.stringify(withErrors));
    const withExtensions = { ...result, extensions: { cost: 3 } };
    expect(result.stringify?.(withExtensions)).toBe(JSON.stringify(withExtensions));
  });

  it("keeps nothing on a result with errors (Yoga rewrites its errors before writing)", () => {
    const result = { data: null, errors: [{ message: "x" }] } as unknown as WithStringify;
    expect(serialiseOnce(result)).toBe(JSON.stringify(result));
    expect(result.stringify).toBeUndefined();
  });
});
