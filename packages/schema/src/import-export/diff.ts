import type { FieldDiff, Snapshot } from "../editing/audit.ts";

/**
 * JSON with object keys sorted: stored JSON (jsonb) comes back with its keys reordered, so
 * `{"de","ar"}` from a file and `{"ar","de"}` from the database must compare equal.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value ?? null, (_key, v) =>
    v && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

/** The fields whose values differ, key order of objects aside (the history's diff shape). */
export function fieldDiff(before: Snapshot | null, after: Snapshot): FieldDiff {
  const diff: FieldDiff = {};
  for (const key of new Set([...Object.keys(before ?? {}), ...Object.keys(after)])) {
    const a = before?.[key] ?? null;
    const b = after[key] ?? null;
    if (canonicalJson(a) !== canonicalJson(b)) diff[key] = { before: a, after: b };
  }
  return diff;
}
