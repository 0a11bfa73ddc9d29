import type { Plan } from "../explain.ts";

/** The plans as collapsible blocks: long, but the proof that the queries are index-backed. */
export function explainSection(points: string, plans: Plan[]): string {
  const blocks = plans.map(
    (p) => `<details><summary>${p.label}</summary>

\`\`\`sql
${p.sql.replace(/\n\s+/g, "\n  ").trim()}
\`\`\`

\`\`\`
${p.plan}
\`\`\`

</details>`,
  );
  return `### EXPLAIN (ANALYZE, BUFFERS) at ${points}

${blocks.join("\n\n")}`;
}
