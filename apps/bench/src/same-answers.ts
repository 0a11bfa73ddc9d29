import { type RunningTarget, requestFor } from "./bench-targets.ts";
import type { Answer, QueryKind } from "./queries.ts";

/** What each target answered to one query: its body (expected under load) and the reduced answer. */
export type Answers = Record<string, { body: string; answer: Answer }>;

async function ask(target: RunningTarget, kind: QueryKind) {
  const { url, init } = requestFor(target.spec, target.url, target.spec.bodies[kind]);
  const send = () => fetch(url, init);
  // Twice: the cached API's second answer is the cache hit that the measurement will see.
  await (await send()).text();
  const response = await send();
  const body = await response.text();
  if (!response.ok) throw new Error(`${target.spec.label} answered ${response.status}: ${body}`);
  return { body, answer: target.spec.answerOf(JSON.parse(body)) };
}

function differences(expected: Answer, actual: Answer): string[] {
  const found: string[] = [];
  if (expected.total !== actual.total) found.push(`total ${actual.total}, expected ${expected.total}`);
  if (expected.ids.join() !== actual.ids.join()) {
    const first = expected.ids.findIndex((id, i) => actual.ids[i] !== id);
    const at = first < 0 ? expected.ids.length : first;
    found.push(`ids differ from position ${at}: ${actual.ids[at]} instead of ${expected.ids[at]}`);
  }
  if (expected.names.join("\n") !== actual.names.join("\n")) found.push("names/partners/districts differ");
  const far = expected.distances.findIndex((d, i) => Math.abs((d ?? 0) - (actual.distances[i] ?? 0)) > 1e-6);
  if (far >= 0)
    found.push(`distance at ${far}: ${actual.distances[far]} instead of ${expected.distances[far]}`);
  return found;
}

/**
 * Before anything is measured: every target answers `kind` with the same total, the same ids in
 * the same order, the same names and (near) the same distances as the uncached API. Throws with
 * every difference; a comparison of different work would be meaningless.
 */
export async function checkSameAnswers(targets: RunningTarget[], kind: QueryKind): Promise<Answers> {
  const answers: Answers = {};
  for (const target of targets) answers[target.spec.key] = await ask(target, kind);
  const reference = answers[targets[0]!.spec.key]!.answer;
  if (reference.ids.length === 0) throw new Error(`${kind}: the reference answer is empty`);
  const problems = targets.flatMap((t) =>
    differences(reference, answers[t.spec.key]!.answer).map((p) => `${kind}, ${t.spec.label}: ${p}`),
  );
  if (problems.length) throw new Error(`the targets disagree:\n${problems.join("\n")}`);
  console.log(
    `${kind}: all ${targets.length} targets return ${reference.total} rows, the same first ${reference.ids.length}`,
  );
  return answers;
}
