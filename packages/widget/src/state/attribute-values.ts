import { COUNSELLING_LANGUAGES, SERVICES, TARGET_GROUPS } from "../i18n/enum-options.ts";
import { WIDGET_LANGUAGES } from "../i18n/i18n.ts";

/**
 * Thuringia's four planning regions and their districts (Kreisschlüssel), fixed by the
 * Landesplanungsgesetz. The API accepts exactly these (packages/geo/data/regions.json; a test
 * compares the two). Kept here, not fetched: a preset must be checked before the first search,
 * or an unknown key would reach the API and show the visitor an error.
 */
export const REGION_DISTRICTS: Readonly<Record<string, readonly string[]>> = {
  nordthueringen: ["16061", "16062", "16064", "16065"],
  mittelthueringen: ["16051", "16055", "16067", "16068", "16070", "16071"],
  ostthueringen: ["16052", "16053", "16073", "16074", "16075", "16076", "16077"],
  suedwestthueringen: ["16054", "16063", "16066", "16069", "16072"],
};

/** Results per page: the finder's default and the range it accepts. */
export const PAGE_SIZE = { default: 20, min: 1, max: 100 } as const;

/**
 * Every value each enumerated attribute of `<kausa-finder>` accepts (lists: each comma-separated
 * item). Public as `KausaFinder.attributeValues`, so a configurator offers exactly these.
 */
export const ATTRIBUTE_VALUES = {
  region: Object.keys(REGION_DISTRICTS),
  district: Object.values(REGION_DISTRICTS).flat(),
  services: [...SERVICES],
  languages: [...COUNSELLING_LANGUAGES],
  "target-groups": [...TARGET_GROUPS],
  view: ["both", "list", "map"],
  locked: ["services", "languages", "target-groups"],
  lang: [...WIDGET_LANGUAGES],
  "url-state": ["on", "off"],
} as const satisfies Record<string, readonly string[]>;

export type EnumeratedAttribute = keyof typeof ATTRIBUTE_VALUES;
export type FinderView = "list" | "map" | "both";
