// `pnpm --filter @kausa/bench bench:import [rows]`: generates a 10,000-row XLSX of contact points,
// then times reading it, a dry run, the import, and a re-import (all unchanged) on an in-memory
// PGlite (the default database). Results: docs/benchmarks.md (written by hand from the output).

// The rows stay in apps/api: its import-interruption test uses the same generator.
import { BENCH_COLUMNS, syntheticContactPoints } from "@kausa/api/testing/synthetic-import-rows";
import { createTestDatabase } from "@kausa/db/testing";
import { type ImportReport, readTable, runImport, toXlsx } from "@kausa/schema";

const rows = Number(process.argv[2] ?? 10_000);
const actor = { userId: null, tokenId: null, label: "bench" };

async function timed<T>(label: string, fn: () => Promise<T>): Promise<T> {
  const start = performance.now();
  const result = await fn();
  console.log(`${label.padEnd(34)} ${((performance.now() - start) / 1000).toFixed(2).padStart(7)} s`);
  return result;
}

const summary = (r: ImportReport) =>
  `applied=${r.applied} created=${r.created} updated=${r.updated} unchanged=${r.unchanged} problems=${r.problems.length}`;

const test = await createTestDatabase({ kind: "pglite" });
try {
  const partners = await test.db.prisma.partner.findMany({
    select: { id: true },
    take: 20,
    orderBy: { id: "asc" },
  });
  const xlsx = await timed(`generate ${rows}-row XLSX`, () =>
    toXlsx([
      {
        name: "contact-points",
        columns: BENCH_COLUMNS,
        rows: syntheticContactPoints(
          rows,
          partners.map((p) => p.id),
        ),
      },
    ]),
  );
  console.log(`XLSX size ${(xlsx.length / 1024 / 1024).toFixed(1)} MB`);
  const table = await timed("read XLSX", () => readTable(xlsx, "xlsx", "contact-points"));
  const run = (dryRun: boolean) =>
    runImport(test.db.prisma, { type: "contact-points", table, dryRun, actor });
  const dry = await timed("dry run (validate all rows)", () => run(true));
  console.log(`  ${summary(dry.report)}`);
  const applied = await timed("import (one transaction)", () => run(false));
  console.log(`  ${summary(applied.report)}`);
  const again = await timed("re-import (all unchanged)", () => run(false));
  console.log(`  ${summary(again.report)}`);
  const audits = await test.db.prisma.auditEntry.count({ where: { action: "IMPORT" } });
  console.log(`IMPORT history entries: ${audits}`);
  if (
    !applied.report.applied ||
    applied.report.created !== rows ||
    again.report.unchanged !== rows ||
    audits !== rows
  ) {
    throw new Error("the benchmark's import did not do what it should");
  }
} finally {
  await test.dispose();
}
