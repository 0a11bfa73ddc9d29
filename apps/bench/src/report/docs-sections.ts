import { readFileSync, writeFileSync } from "node:fs";
import { repositoryRoot } from "@kausa/db";

export const BENCHMARKS_DOC = `${repositoryRoot}/docs/benchmarks.md`;

/**
 * docs/benchmarks.md is written by several scripts (`pnpm bench`, `bench:load`) and partly by
 * hand (the import section): each script replaces only the text between its own markers
 * `<!-- generated:NAME -->` and `<!-- /generated:NAME -->`, so one run never erases another's
 * results or the hand-written parts.
 */
export function writeSection(name: string, markdown: string, file = BENCHMARKS_DOC) {
  const begin = `<!-- generated:${name} -->`;
  const end = `<!-- /generated:${name} -->`;
  const text = readFileSync(file, "utf8");
  const from = text.indexOf(begin);
  const to = text.indexOf(end);
  if (from < 0 || to < from) throw new Error(`${file} has no section ${begin} … ${end}`);
  writeFileSync(file, `${text.slice(0, from + begin.length)}\n${markdown.trim()}\n${text.slice(to)}`);
}
