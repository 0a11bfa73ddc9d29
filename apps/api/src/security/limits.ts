import { EnvelopArmorPlugin } from "@escape.tech/graphql-armor";

/** Bounds on what one request may ask for; documented in the README. */
export const LIMITS = {
  maxDepth: 10,
  maxAliases: 15,
  maxTokens: 2000,
  maxCost: 10_000,
  maxDirectives: 20,
  maxBodyBytes: 100_000,
  /** An import file uploaded by staff (multipart); nobody else gets past maxBodyBytes. */
  maxUploadBytes: 20 * 1024 * 1024,
  /** Largest answer; the biggest legitimate one (5,000 map markers) is about 1 MB. */
  maxResponseBytes: 2_000_000,
} as const;

/** Depth, alias, token and directive limits, checked while parsing and validating. */
export function armor({ fieldSuggestions = true }: { fieldSuggestions?: boolean } = {}) {
  return EnvelopArmorPlugin({
    maxDepth: { n: LIMITS.maxDepth, ignoreIntrospection: true, flattenFragments: true },
    maxAliases: { n: LIMITS.maxAliases },
    maxTokens: { n: LIMITS.maxTokens },
    maxDirectives: { n: LIMITS.maxDirectives },
    // Cost is checked by query-cost.ts, which knows page sizes and variables.
    costLimit: { enabled: false },
    // Field suggestions ("Did you mean …?") stay on by default: they help developers of a public,
    // documented API. FIELD_SUGGESTIONS=false removes them.
    blockFieldSuggestion: { enabled: !fieldSuggestions },
  });
}
