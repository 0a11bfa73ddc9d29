import pg from "pg";

/** One SQL statement to show the plan of, with its parameters. */
export interface Statement {
  label: string;
  sql: string;
  params: unknown[];
}

export interface Plan {
  label: string;
  sql: string;
  plan: string;
}

/**
 * EXPLAIN (ANALYZE, BUFFERS) of each statement on the benchmark database, run twice and the second
 * plan kept (warm buffers, as under load). The plans show whether a query is index-backed, which
 * is what keeps the cost per request flat from 10,000 to 100,000 points.
 */
export async function explain(databaseUrl: string, statements: Statement[]): Promise<Plan[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const plans: Plan[] = [];
    for (const { label, sql, params } of statements) {
      const text = `EXPLAIN (ANALYZE, BUFFERS, FORMAT TEXT) ${sql}`;
      await client.query(text, params);
      const result = await client.query<{ "QUERY PLAN": string }>(text, params);
      plans.push({ label, sql, plan: result.rows.map((r) => r["QUERY PLAN"]).join("\n") });
    }
    return plans;
  } finally {
    await client.end();
  }
}
