import type { FieldProblem } from "../../api/outcome.ts";
import { CONTENT_LANGUAGES } from "../../i18n/common.messages.ts";
import { canonical, sameValue, type Translations } from "../../shared/values/canonical.ts";
import { FIELDS } from "../../shared/values/record-fields.ts";
import type { RecordType } from "../record-types.ts";

// Pure helpers of the edit form: the form holds one value per input field, keyed exactly like
// the API's input type (ContactPointInput …) and like ConflictError.currentValues, so a save
// sends the changed keys as they are and a conflict compares key by key.

export type FormValues = Record<string, unknown>;
export { FIELDS };

/** What a new record's form starts with (the API's defaults, so untouched fields are not sent). */
export function emptyValues(type: RecordType): FormValues {
  const values: FormValues = {};
  for (const field of FIELDS[type]) {
    values[field] = canonical(field, null);
  }
  if (type === "offers") values.format = "IN_PERSON";
  return values;
}

/** The fields whose value differs from `base`, with their canonical new value: the update input. */
export function changedFields(type: RecordType, base: FormValues, values: FormValues): FormValues {
  const input: FormValues = {};
  for (const field of FIELDS[type]) {
    if (!sameValue(field, base[field], values[field])) input[field] = canonical(field, values[field]);
  }
  return input;
}

/** ConflictError.currentValues (a stored snapshot) as form values: only input fields, defaults filled. */
export function valuesFromSnapshot(type: RecordType, snapshot: Record<string, unknown>): FormValues {
  const values = emptyValues(type);
  for (const field of FIELDS[type]) {
    if (field in snapshot) values[field] = canonical(field, snapshot[field]);
  }
  return values;
}

/** Per field, which value wins when merging after a conflict. */
export type MergeChoice = "mine" | "theirs";

/**
 * Fields whose value in the form differs from the stored one (the rows of the merge view). The
 * pin is one choice: "lat" stands for both coordinates.
 */
export function conflictingFields(type: RecordType, mine: FormValues, theirs: FormValues): string[] {
  const fields = FIELDS[type]
    .filter((field) => !sameValue(field, mine[field], theirs[field]))
    .map((field) => (field === "lng" ? "lat" : field));
  return [...new Set(fields)];
}

export function mergeValues(
  mine: FormValues,
  theirs: FormValues,
  choices: Record<string, MergeChoice>,
): FormValues {
  const merged = { ...theirs };
  for (const [field, choice] of Object.entries(choices)) {
    if (choice !== "mine") continue;
    merged[field] = mine[field];
    if (field === "lat") merged.lng = mine.lng;
  }
  return merged;
}

/**
 * Field messages by form field. Paths follow the input: "openingHours.2.closes" belongs to the
 * opening hours, "title.de" to the title; "lng" is shown with "lat" (both are the map pin).
 */
export function problemsByField(
  problems: readonly FieldProblem[],
  describe: (problem: FieldProblem) => string,
): Record<string, string[]> {
  const byField: Record<string, string[]> = {};
  for (const problem of problems) {
    const head = problem.path.split(".")[0] ?? "";
    const field = head === "lng" ? "lat" : head;
    byField[field] = [...(byField[field] ?? []), describe(problem)];
  }
  return byField;
}

/** The first field (in form order) with a message, else the first message's field. */
export function firstInvalidField(type: RecordType, byField: Record<string, string[]>): string | undefined {
  return FIELDS[type].find((field) => byField[field]?.length) ?? Object.keys(byField)[0];
}

/** A translated text asked for in seven languages (aliases like `titleDe`) as one value. */
export function translationsOf(record: Record<string, unknown>, field: string): Translations | null {
  const result: Translations = {};
  for (const language of CONTENT_LANGUAGES) {
    const alias = `${field}${language[0]?.toUpperCase()}${language.slice(1)}`;
    const text = record[alias] as { text: string; isFallback: boolean } | null | undefined;
    if (text && !text.isFallback && text.text) result[language] = text.text;
  }
  return result.de ? result : null;
}
