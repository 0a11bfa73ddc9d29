import { OfferKind, TargetGroup } from "@kausa/db";
import { loadDistricts, loadRegions } from "@kausa/geo";
import { validateFilter } from "@kausa/schema";
import { excerpt, stringProblem } from "../../security/input-values.ts";

/** A feed query the route must refuse (400); the message is plain text meant for a person. */
export class FeedQueryError extends Error {
  override name = "FeedQueryError";
}

/**
 * The feed's query parameters: the `<kausa-offers>` attribute names (region, district, kinds) and
 * the `offers` query's OfferFilter field names alike, so a widget's attributes or a GraphQL filter
 * can be copied into a feed URL. Lists are comma-separated or repeated; any value matches (OR),
 * different parameters combine with AND — as in the GraphQL filter.
 */
const PARAMETERS = {
  region: "regionIds",
  regionIds: "regionIds",
  district: "districtKeys",
  districtKeys: "districtKeys",
  kind: "offerKinds",
  kinds: "offerKinds",
  offerKinds: "offerKinds",
  language: "languages",
  languages: "languages",
  targetGroups: "targetGroups",
} as const;

/** Parameters that are not filters: the language of the texts (like the widget's `lang`). */
const OTHER_PARAMETERS = ["lang"];

type FilterField = (typeof PARAMETERS)[keyof typeof PARAMETERS];
type FeedFilter = Partial<Record<FilterField, string[]>>;

const ENUMS: Partial<Record<FilterField, Record<string, string>>> = {
  offerKinds: OfferKind,
  targetGroups: TargetGroup,
};

/**
 * The OfferFilter for a feed URL. Unknown parameters and values are refused rather than ignored:
 * a subscription with a typo would otherwise quietly show every offer of the state.
 */
export function feedFilter(params: URLSearchParams): FeedFilter {
  const filter: FeedFilter = {};
  for (const [name, value] of params) {
    const problem = stringProblem(value);
    if (problem) throw new FeedQueryError(`"${excerpt(name)}" ${problem}.`);
    if (OTHER_PARAMETERS.includes(name)) continue;
    const field = Object.hasOwn(PARAMETERS, name) ? PARAMETERS[name as keyof typeof PARAMETERS] : undefined;
    if (!field) {
      throw new FeedQueryError(
        `Unknown parameter "${excerpt(name)}". Allowed: ${[...Object.keys(PARAMETERS), ...OTHER_PARAMETERS].join(", ")}.`,
      );
    }
    const allowed = ENUMS[field];
    const values = value
      .split(",")
      .map((v) => v.trim())
      .filter(Boolean)
      .map((v) => (allowed ? v.toUpperCase() : v));
    const unknown = allowed ? values.filter((v) => !Object.hasOwn(allowed, v)) : [];
    if (unknown.length) {
      throw new FeedQueryError(
        `Unknown ${name}: ${unknown
          .slice(0, 5)
          .map((v) => excerpt(v))
          .join(", ")}. Allowed: ${Object.keys(allowed!).join(", ")}.`,
      );
    }
    filter[field] = [...(filter[field] ?? []), ...values];
  }
  try {
    // The schema's own checks (known regions and districts, ISO 639-1 codes, list lengths).
    validateFilter(filter);
  } catch (error) {
    throw new FeedQueryError((error as Error).message);
  }
  return filter;
}

const regionNames = new Map(loadRegions().map((r) => [r.id, r.name]));
const districtNames = new Map(loadDistricts().map((d) => [d.key, d.name]));

/** The area a feed is about, for its name ("Nordhausen, Eichsfeld"); empty for the whole state. */
export function areaName(filter: FeedFilter): string {
  return [
    ...(filter.regionIds ?? []).map((id) => regionNames.get(id) ?? id),
    ...(filter.districtKeys ?? []).map((key) => districtNames.get(key) ?? key),
  ].join(", ");
}
