import type { ExecutionResult } from "graphql";

type Stringify = ((value: ExecutionResult) => string) & { text: string; data: unknown };
type Serialisable = ExecutionResult & { stringify?: Stringify };

/**
 * The JSON text of a result, made once per result. Yoga writes a result with the result's own
 * `stringify` when it has one (the hook graphql-jit uses), so the text the response-size limit
 * measured is the text sent — and a result the memory response cache keeps is serialised once,
 * not on every hit: the cache's hit copies the result by spread, which carries this enumerable
 * function along (JSON.stringify skips functions, so it never shows in an answer). The text is
 * used only for a result with the same `data` and without errors or extensions (Yoga rewrites
 * those before writing them); anything else is serialised as usual.
 */
export function serialiseOnce(result: ExecutionResult): string {
  const own = (result as Serialisable).stringify;
  if (own && own.data === result.data && typeof own.text === "string" && plain(result)) return own.text;
  const text = JSON.stringify(result);
  if (plain(result)) {
    const data = result.data;
    const stringify = ((value: ExecutionResult) =>
      value.data === data && plain(value) ? text : JSON.stringify(value)) as Stringify;
    stringify.text = text;
    stringify.data = data;
    (result as Serialisable).stringify = stringify;
  }
  return text;
}

const plain = (result: ExecutionResult) => !result.errors?.length && result.extensions === undefined;
