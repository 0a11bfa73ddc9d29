import { widgetLanguage } from "../i18n/i18n.ts";
import { ATTRIBUTE_VALUES, type FinderView, PAGE_SIZE } from "./attribute-values.ts";

/** The finder's attributes as the page set them (properties named as on the element). */
export interface RawAttributes {
  region: string | null;
  district: string | null;
  services: string | null;
  languages: string | null;
  targetGroups: string | null;
  locked: string | null;
  view?: string | null;
  language?: string | null;
  urlState?: string | null;
  pageSize?: number | null;
}

/** The attributes with every value the finder does not know left out. */
export interface CheckedAttributes {
  region: string | null;
  district: string | null;
  services: string[];
  languages: string[];
  targetGroups: string[];
  /** Property names: "services", "languages", "targetGroups". */
  locked: string[];
  view: FinderView;
  pageSize: number;
}

/** One attribute with values the finder ignores, for the embedder's console. */
export interface AttributeProblem {
  attribute: string;
  /** The attribute's whole value, as written. */
  value: string;
  /** The parts of it that are not valid. */
  invalid: string[];
  valid: string;
  /** What the finder does instead. */
  fallback: string;
}

const csv = (value: string | null | undefined) => [
  ...new Set(
    (value ?? "")
      .split(/[\s,]+/)
      .map((v) => v.trim())
      .filter(Boolean),
  ),
];

function listOf(
  attribute: keyof typeof ATTRIBUTE_VALUES,
  raw: string | null | undefined,
  problems: AttributeProblem[],
) {
  const allowed: readonly string[] = ATTRIBUTE_VALUES[attribute];
  const values = csv(raw);
  const invalid = values.filter((v) => !allowed.includes(v));
  const kept = values.filter((v) => allowed.includes(v));
  if (invalid.length)
    problems.push({
      attribute,
      value: raw ?? "",
      invalid,
      valid: allowed.join(", "),
      fallback: kept.length ? `Only ${kept.join(", ")} is used.` : "No preset is used for it.",
    });
  return kept;
}

function oneOf(
  attribute: keyof typeof ATTRIBUTE_VALUES,
  raw: string | null | undefined,
  problems: AttributeProblem[],
  fallback = "No preset is used for it.",
) {
  const value = raw?.trim() ?? "";
  if (!value) return null;
  const allowed: readonly string[] = ATTRIBUTE_VALUES[attribute];
  if (allowed.includes(value)) return value;
  problems.push({
    attribute,
    value,
    invalid: [value],
    valid: allowed.join(", "),
    fallback,
  });
  return null;
}

/**
 * Checks the attributes against what the finder knows. Unknown values are left out (the finder
 * then behaves as if they had not been set) and reported, never shown to visitors as an error.
 */
export function checkAttributes(raw: RawAttributes): {
  values: CheckedAttributes;
  problems: AttributeProblem[];
} {
  const problems: AttributeProblem[] = [];
  const region = oneOf("region", raw.region, problems);
  const district = oneOf("district", raw.district, problems);
  const services = listOf("services", raw.services, problems);
  const languages = listOf("languages", raw.languages, problems);
  const targetGroups = listOf("target-groups", raw.targetGroups, problems);
  const locked = listOf("locked", raw.locked, problems).map((n) =>
    n === "target-groups" ? "targetGroups" : n,
  );
  const view = (oneOf("view", raw.view, problems, 'The finder uses "both".') ?? "both") as FinderView;
  const lang = raw.language?.trim();
  if (lang && !widgetLanguage(lang))
    problems.push({
      attribute: "lang",
      value: lang,
      invalid: [lang],
      valid: ATTRIBUTE_VALUES.lang.join(", "),
      fallback: "The finder follows the page's language.",
    });
  oneOf("url-state", raw.urlState, problems, 'The finder uses "on".');
  return {
    values: {
      region,
      district,
      services,
      languages,
      targetGroups,
      locked,
      view,
      pageSize: pageSizeOf(raw.pageSize, problems),
    },
    problems,
  };
}

/** What one check found: the values to use and the problems to report. */
export type AttributeCheck = ReturnType<typeof checkAttributes>;

// Every raw attribute, as an object's keys: a new attribute of RawAttributes not listed here is a
// compile error, never a cache that misses its changes.
const RAW_ATTRIBUTE_KEYS: Record<keyof RawAttributes, true> = {
  region: true,
  district: true,
  services: true,
  languages: true,
  targetGroups: true,
  locked: true,
  view: true,
  language: true,
  urlState: true,
  pageSize: true,
};
const RAW_ATTRIBUTES = Object.keys(RAW_ATTRIBUTE_KEYS) as (keyof RawAttributes)[];

/**
 * checkAttributes for one element, run again only when one of its raw values changed: the finder
 * asks for the checked values several times per update (presets, view, page size, warnings).
 */
export function attributeChecker(): (raw: RawAttributes) => AttributeCheck {
  let last: { values: unknown[]; check: AttributeCheck } | null = null;
  return (raw) => {
    const values = RAW_ATTRIBUTES.map((name) => raw[name]);
    // Object.is: page-size="x" is NaN, which is the same value as last time, too.
    if (!last || values.some((value, i) => !Object.is(value, last?.values[i])))
      last = { values, check: checkAttributes(raw) };
    return last.check;
  };
}

function pageSizeOf(raw: number | null | undefined, problems: AttributeProblem[]) {
  if (raw === null || raw === undefined) return PAGE_SIZE.default;
  if (Number.isInteger(raw) && raw >= PAGE_SIZE.min && raw <= PAGE_SIZE.max) return raw;
  problems.push({
    attribute: "page-size",
    value: String(raw),
    invalid: [String(raw)],
    valid: `a whole number from ${PAGE_SIZE.min} to ${PAGE_SIZE.max}`,
    fallback: `The finder shows ${PAGE_SIZE.default} per page.`,
  });
  return PAGE_SIZE.default;
}

/** The console text: which attribute, which value, what is valid, what the finder does instead. */
export const warningText = (p: AttributeProblem) =>
  `<kausa-finder>: attribute "${p.attribute}" has ${p.invalid.length > 1 ? "invalid values" : "an invalid value"}: ` +
  `${p.invalid.map((v) => JSON.stringify(v)).join(", ")}. Valid: ${p.valid}. ${p.fallback}`;

/**
 * One `console.warn` per attribute and value: the finder checks on every update, but the embedder
 * hears about a wrong value once (and again only after the attribute changed to another wrong one).
 */
export class AttributeWarnings {
  private readonly warned = new Map<string, string>();

  report(problems: AttributeProblem[]) {
    const now = new Map(problems.map((p) => [p.attribute, p]));
    for (const attribute of this.warned.keys()) if (!now.has(attribute)) this.warned.delete(attribute);
    for (const [attribute, problem] of now) {
      if (this.warned.get(attribute) === problem.value) continue;
      this.warned.set(attribute, problem.value);
      console.warn(warningText(problem));
    }
  }
}
