import { initGraphQLTada } from "gql.tada";
import type { introspection } from "./generated/graphql-env.d.ts";

/**
 * GraphQL documents typed from the checked-in schema.graphql: results and variables are inferred
 * from the query text. After a schema change run `pnpm schema:write` (it regenerates
 * generated/graphql-env.d.ts for the widget and this app).
 */
export const graphql = initGraphQLTada<{
  introspection: introspection;
  scalars: { DateTime: string; JSON: unknown; File: File };
  // Fragments are for sharing selections here, not for hiding fields between components.
  disableMasking: true;
}>();

export type { FragmentOf, ResultOf, VariablesOf } from "gql.tada";
export { readFragment } from "gql.tada";

export type Role = ReturnType<typeof graphql.scalar<"Role">>;
export type PublicationStatus = ReturnType<typeof graphql.scalar<"PublicationStatus">>;
export type Service = ReturnType<typeof graphql.scalar<"Service">>;
export type TargetGroup = ReturnType<typeof graphql.scalar<"TargetGroup">>;
export type OfferKind = ReturnType<typeof graphql.scalar<"OfferKind">>;
export type EntityType = ReturnType<typeof graphql.scalar<"EntityType">>;
