import { initGraphQLTada } from "gql.tada";
import type { introspection } from "./generated/graphql-env.d.ts";

/** A GeoJSON geometry object, as the API sends district boundaries. */
export interface GeoJSONGeometry {
  type: string;
  coordinates: unknown;
}

/**
 * GraphQL documents typed from the checked-in schema.graphql: result and variable types are
 * inferred from the query text, enums come from the schema. After a schema change run
 * `pnpm --filter @kausa/widget graphql:generate` (a test fails while generated/graphql-env.d.ts is stale).
 */
export const graphql = initGraphQLTada<{
  introspection: introspection;
  scalars: { DateTime: string; JSON: unknown; GeoJSONGeometry: GeoJSONGeometry };
}>();

export type { FragmentOf, ResultOf, VariablesOf } from "gql.tada";

/** The schema's enums, as types. */
export type Service = ReturnType<typeof graphql.scalar<"Service">>;
export type TargetGroup = ReturnType<typeof graphql.scalar<"TargetGroup">>;
export type OfferKind = ReturnType<typeof graphql.scalar<"OfferKind">>;
