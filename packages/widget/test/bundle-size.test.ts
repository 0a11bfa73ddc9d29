import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";

// Budget for the first paint: Lit, the GraphQL client and the finder (issue #4). MapLibre and
// the non-German languages are dynamic imports and do not count. Run after `pnpm build`.
const FIRST_PAINT_BUDGET_GZIP = 35 * 1024;
const dist = path.join(import.meta.dirname, "../dist");

/** The entry and every chunk it imports statically (what the browser loads before rendering). */
function firstPaintFiles(): string[] {
  const files = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    const code = readFileSync(path.join(dist, file), "utf8");
    // Static imports only: `import … from "./x.js"` / `import "./x.js"`, not `import("./x.js")`.
    for (const match of code.matchAll(/(?:^|[;}\s])import\s*(?:[\w$*{}\s,]+from\s*)?["']([^"']+\.js)["']/g)) {
      visit(path.join(path.dirname(file), match[1] as string).replace(/^\.\//, ""));
    }
  };
  visit("kausa-widget.js");
  return [...files];
}

describe("bundle size", () => {
  it(`keeps the first paint within ${FIRST_PAINT_BUDGET_GZIP / 1024} KB gzip`, () => {
    expect(existsSync(path.join(dist, "kausa-widget.js")), "run `pnpm build` first").toBe(true);
    const files = firstPaintFiles();
    const sizes = files.map((file) => ({ file, gzip: gzipSync(readFileSync(path.join(dist, file))).length }));
    const total = sizes.reduce((sum, s) => sum + s.gzip, 0);
    expect(
      files.some((f) => f.includes("map-")),
      "MapLibre must not be in the first paint",
    ).toBe(false);
    expect(total, JSON.stringify(sizes)).toBeLessThanOrEqual(FIRST_PAINT_BUDGET_GZIP);
  });
});
