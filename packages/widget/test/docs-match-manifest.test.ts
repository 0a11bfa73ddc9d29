import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// docs/widget.md is for people; dist/custom-elements.json is generated from the code. Every
// public attribute, event, part and CSS property of the embeddable elements must be documented.
const manifestPath = path.join(import.meta.dirname, "../dist/custom-elements.json");
const docs = readFileSync(path.join(import.meta.dirname, "../../../docs/widget.md"), "utf8");

interface Declaration {
  tagName?: string;
  attributes?: { name: string }[];
  events?: { name: string }[];
  cssParts?: { name: string }[];
  cssProperties?: { name: string }[];
}

describe("widget documentation", () => {
  it("documents everything the manifest declares for <kausa-finder> and <kausa-offers>", () => {
    expect(existsSync(manifestPath), "run `pnpm build` first").toBe(true);
    const manifest = JSON.parse(readFileSync(manifestPath, "utf8")) as {
      modules: { declarations?: Declaration[] }[];
    };
    const elements = manifest.modules
      .flatMap((m) => m.declarations ?? [])
      .filter((d) => d.tagName === "kausa-finder" || d.tagName === "kausa-offers");
    expect(elements).toHaveLength(2);
    const names = elements.flatMap((d) => [
      ...(d.attributes ?? []).map((a) => `\`${a.name}\``),
      ...(d.events ?? []).map((e) => `\`${e.name}\``),
      ...(d.cssParts ?? []).map((p) => `\`${p.name}\``),
      ...(d.cssProperties ?? []).map((p) => `\`${p.name}\``),
    ]);
    expect(names.length).toBeGreaterThan(30);
    expect(names.filter((name) => !docs.includes(name))).toEqual([]);
  });
});
