import { complexityFromQuery } from "@pothos/plugin-complexity";
import { type DocumentNode, type GraphQLSchema, getOperationAST, Kind } from "graphql";

/**
 * What a field costs, for the query cost limit (@pothos/plugin-complexity computes the sum; the
 * API refuses operations over its limit before any resolver runs). Costs follow the work and the
 * bytes a field causes: every field costs 1, a list multiplies the cost of what is selected below
 * it by the number of items it can return — the page size for connections, the number of ids
 * for `nodes`, a realistic bound for relation lists — so aliases and nesting add up honestly.
 */

/** Items assumed for a relation list without a page size (an offer's contact points, …). */
export const DEFAULT_LIST_SIZE = 10;

/**
 * Items assumed for the relation lists that grow with an organisation: a partner's contact
 * points and offers (a Jobcenter or a chamber may have dozens), a network's members.
 */
export const LARGE_LIST_SIZE = 50;
export const largeList = { field: 1, multiplier: LARGE_LIST_SIZE };

/**
 * Prices measured on 10,000 contact points (docs/worst-case-requests.md), so that the most
 * expensive request within the limit answers in well under 2 s on two cores:
 * - a ranked list (contactPoints, partners, offers, networks) runs one statement that ranks and
 *   counts every matching row (~100 ms at 10,000 rows without a narrowing filter);
 * - each word of a full-text search adds stemming, compound and trigram matching per row;
 * - a district outline is kilobytes of GeoJSON that Prisma parses and re-serialises;
 * - `contactPointMap` returns every matching marker (at most 5,000, ~700 KB) in one answer.
 */
export const RANKED_LIST_COST = 1000;
export const SEARCH_WORD_COST = 150;
export const BOUNDARY_COST = 80;
export const MAP_LAYER_COST = 5000;

/** Most `ids` one `nodes` call takes. */
export const MAX_NODES = 100;

/** A list field whose size is its page argument. */
export const perItem = (size: number | null | undefined, fallback: number, field = 1) => ({
  field,
  multiplier: Math.max(1, size ?? fallback),
});

/** A ranked connection: its statement, its search words, then its page of nodes. */
export function rankedListCost(
  args: { first?: number | null; filter?: { search?: string | null } | null },
  defaultPageSize: number,
) {
  // Words as PostgreSQL's parser sees them: "beratung-ausbildung" is two, not one.
  const words = args.filter?.search?.split(/[^\p{L}\p{N}]+/u).filter(Boolean).length ?? 0;
  return perItem(args.first, defaultPageSize, RANKED_LIST_COST + words * SEARCH_WORD_COST);
}

/**
 * The cost of the operation a request executes, with its variables: the sum over every
 * selected field (aliases each count) of its cost, times the sizes of the lists above it.
 * Throws the schema's own GraphQLErrors for arguments refused on sight (e.g. too many ids).
 */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown> | null | undefined,
  context: object,
): number {
  const operation = getOperationAST(document, operationName);
  if (!operation) return 0;
  const selected: DocumentNode = {
    ...document,
    definitions: document.definitions.filter((d) => d === operation || d.kind === Kind.FRAGMENT_DEFINITION),
  };
  return complexityFromQuery(selected, { schema, variables: variables ?? {}, ctx: context }).complexity;
}
