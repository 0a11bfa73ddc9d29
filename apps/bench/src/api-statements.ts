import { createApp } from "@kausa/api";
import { openDatabase } from "@kausa/db";
import type { Statement } from "./explain.ts";
import { API_BODIES, type QueryKind } from "./queries.ts";

/**
 * The SQL statements the API really runs for the benchmark's two queries, with their
 * parameters, for the EXPLAIN plans in docs/benchmarks.md: each query is sent once through the
 * app (in this process, not under load) and every statement the database reports is kept.
 */
export async function apiStatementsToExplain(databaseUrl: string): Promise<Statement[]> {
  const db = await openDatabase({ kind: "postgres", url: databaseUrl });
  const app = createApp({ db, graphiql: false, rateLimit: false });
  try {
    const statements: Statement[] = [];
    for (const kind of ["bbox", "near"] as QueryKind[]) {
      const captured: { sql: string; params: unknown[] }[] = [];
      const stop = db.onQuery((sql, params) => captured.push({ sql, params }));
      const response = await app.fetch("http://bench.invalid/graphql", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(API_BODIES[kind]),
      });
      await response.text();
      stop();
      if (response.status !== 200) throw new Error(`the API answered ${response.status} for ${kind}`);
      for (const [i, { sql, params }] of captured.entries()) {
        statements.push({
          label: `API ${kind} query: statement ${i + 1} of ${captured.length}`,
          sql,
          params,
        });
      }
    }
    return statements;
  } finally {
    await app.dispose();
    await db.close();
  }
}
