import type { Statement } from "./explain.ts";
import { pgBaselineStatement } from "./pg-statements.ts";
import { BBOX, NEAR } from "./queries.ts";

/**
 * The SQL statements the API runs for the benchmark's two queries, for the EXPLAIN plans at
 * 100,000 points in docs/benchmarks.md.
 *
 * TODO(lead): replace with the API's own statements (the ranked-ids statement of
 * packages/schema/src/search/ranked-page.ts and the page's row loading, with the benchmark's
 * parameters). Until then this returns the pg baseline's statements, labelled as such, so the
 * report never shows the baseline's plan under the API's name.
 */
export function apiStatementsToExplain(): Statement[] {
  return [
    {
      label: "API bbox query (placeholder: the pg baseline's statement)",
      ...pgBaselineStatement({ kind: "bbox", params: BBOX }),
    },
    {
      label: "API near query (placeholder: the pg baseline's statement)",
      ...pgBaselineStatement({ kind: "near", params: NEAR }),
    },
  ];
}
