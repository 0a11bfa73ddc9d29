export * from "./accounts/index.ts";
export type { AdminLinks, DataEvents, Mailer, RequestAuth } from "./auth/request-auth.ts";
export { unavailableRequestAuth } from "./auth/request-auth.ts";
export { API_TOKEN_PREFIX, hashSecret, newSecret } from "./auth/secret-tokens.ts";
export { viewerFromApiToken } from "./auth/token-viewer.ts";
export type { Viewer } from "./auth/viewer.ts";
export { type CompiledOperation, compiledOperation } from "./compiled/index.ts";
export { MAX_NODES, operationCost } from "./complexity.ts";
export type { Context } from "./context.ts";
export { DEFAULT_RETENTION, deleteExpiredPersonalData, type RetentionPolicy } from "./editing/retention.ts";
export { badInput } from "./errors.ts";
export * from "./import-export/index.ts";
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
