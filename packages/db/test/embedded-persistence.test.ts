import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { applyMigrations, openDatabase, seedIfEmpty } from "../src/index.ts";

// Embedded-only: the PostgreSQL runs exclude embedded-*.test.ts (see vitest.config.ts).
describe("embedded PGlite on disk", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "kausa-pglite-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("keeps acknowledged data across a restart", async () => {
    const first = await openDatabase({ kind: "pglite", dataDir: dir });
    await applyMigrations(first);
    await seedIfEmpty(first, { sample: false });
    await first.prisma.region.update({
      where: { id: "nordthueringen" },
      data: { name: "Nordthüringen (persisted)" },
    });
    await first.close();

    const second = await openDatabase({ kind: "pglite", dataDir: dir });
    expect(await applyMigrations(second)).toEqual([]);
    const region = await second.prisma.region.findUniqueOrThrow({ where: { id: "nordthueringen" } });
    expect(region.name).toBe("Nordthüringen (persisted)");
    await second.close();
  });
});
