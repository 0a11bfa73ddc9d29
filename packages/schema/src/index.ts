export { MAX_NODES, operationCost } from "./complexity.ts";
export type { Context } from "./context.ts";
export { badInput } from "./errors.ts";
export {
  DEFAULT_LOCALE,
  type Locale,
  localeFromAcceptLanguage,
  normalizeLocale,
  SUPPORTED_LOCALES,
} from "./locale.ts";
export { contactPointFeatures, type MapFeatureCollection } from "./map-features.ts";
export { MAX_PAGE_SIZE } from "./pagination.ts";
export { schema } from "./schema.ts";
export { type FilterInput, validateFilter, validateNear } from "./search/filters.ts";
