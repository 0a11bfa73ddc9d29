// The schema builder and its plugins. It defines no types: each domain type lives in
// src/types/<name>.ts with its inputs and query fields (Pothos' complex-app layout).

import type { Database } from "@kausa/db";
import type PrismaTypes from "@kausa/db/generated/pothos-types";
import { getDatamodel } from "@kausa/db/generated/pothos-types";
import SchemaBuilder from "@pothos/core";
import ComplexityPlugin from "@pothos/plugin-complexity";
import ErrorsPlugin from "@pothos/plugin-errors";
import PrismaPlugin from "@pothos/plugin-prisma";
import RelayPlugin from "@pothos/plugin-relay";
import ScopeAuthPlugin from "@pothos/plugin-scope-auth";
import { type AuthScopes, authScopes, unauthorizedError } from "./auth/scopes.ts";
import { DEFAULT_LIST_SIZE, MAX_NODES } from "./complexity.ts";
import type { Context } from "./context.ts";
import { badInput } from "./errors.ts";
import { loadNodes, NODE_TYPE_NAMES } from "./node-loading.ts";

export const builder = new SchemaBuilder<{
  Context: Context;
  PrismaTypes: PrismaTypes;
  AuthScopes: AuthScopes;
  // Fields are non-null unless they say otherwise: clients need fewer null checks.
  DefaultFieldNullability: false;
  DefaultEdgesNullability: false;
  DefaultNodeNullability: false;
  Connection: { totalCount: number };
  Scalars: {
    DateTime: { Input: Date; Output: Date };
    GeoJSONGeometry: { Input: never; Output: unknown };
    JSON: { Input: unknown; Output: unknown };
    /** An uploaded file (GraphQL multipart request); import only. */
    File: { Input: File; Output: never };
    ID: { Input: string; Output: string | number };
  };
}>({
  // Scope-auth first: it wraps every other plugin's resolvers.
  plugins: [ScopeAuthPlugin, ErrorsPlugin, ComplexityPlugin, PrismaPlugin, RelayPlugin],
  scopeAuth: { authScopes, unauthorizedError },
  // Expected failures of a change (validation, version conflict) are typed results in a union.
  errors: { defaultTypes: [] },
  // Costs only: the API enforces the limit itself (apps/api query-cost), with variables known.
  complexity: { defaultComplexity: 1, defaultListMultiplier: DEFAULT_LIST_SIZE },
  defaultFieldNullability: false,
  prisma: {
    // One client per database handle: the same schema serves PGlite and PostgreSQL.
    client: (ctx) => (ctx as Context).db.prisma as unknown as Database["prisma"],
    dmmf: getDatamodel(),
    exposeDescriptions: true,
    filterConnectionTotalCount: true,
    onUnusedQuery: null,
  },
  relay: {
    clientMutationId: "omit",
    cursorType: "String",
    // The connection field multiplies by its page size (see perItem), so edges must not again.
    edgesFieldOptions: { nullable: false, complexity: { field: 0, multiplier: 1 } },
    nodeFieldOptions: { nullable: false },
    // node(id) follows the same public rules as nodes(ids): drafts are never reachable by id.
    nodeQueryOptions: {
      resolve: async (_root, args, ctx, info) => (await loadNodes(ctx, info, [args.id]))[0] ?? null,
    },
    // nodes(ids) costs per id and takes at most MAX_NODES: one request must stay cheap.
    nodesQueryOptions: {
      complexity: (args: { ids: readonly unknown[] }) => ({ field: 1, multiplier: tooManyIds(args.ids) }),
      resolve: (_root, args, ctx, info) => {
        tooManyIds(args.ids);
        return loadNodes(ctx, info, args.ids);
      },
    },
    // Malformed IDs are the client's mistake: a clear 400, not a masked internal error.
    decodeGlobalID: (globalID: string) => {
      // Our ids are slugs, cuids, AGS keys and integers: anything else (a NUL byte, which
      // PostgreSQL rejects, or broken UTF-8) is not one of ours and never reaches the database.
      const match = /^([A-Z][A-Za-z]{1,40}):([\w.:-]{1,100})$/.exec(
        Buffer.from(globalID, "base64").toString("utf8"),
      );
      if (!match || !NODE_TYPE_NAMES.has(match[1] as string))
        throw badInput(`"${globalID.slice(0, 80)}" is not an ID from this API.`, "id");
      return { typename: match[1] as string, id: match[2] as string };
    },
  },
});

/** Returns the number of ids, or refuses more than MAX_NODES (before any is looked up). */
function tooManyIds(ids: readonly unknown[]): number {
  if (ids.length > MAX_NODES) throw badInput(`"ids" accepts at most ${MAX_NODES} IDs.`, "ids");
  return ids.length;
}

builder.globalConnectionField("totalCount", (t) =>
  t.int({ description: "Number of results across all pages.", resolve: (parent) => parent.totalCount }),
);

builder.scalarType("DateTime", {
  description: "An ISO 8601 date-time in UTC, e.g. 2026-11-25T08:00:00.000Z.",
  serialize: (value) => (value instanceof Date ? value.toISOString() : String(value)),
  parseValue: (value) => {
    const date = typeof value === "string" ? new Date(value) : new Date(Number.NaN);
    if (Number.isNaN(date.getTime())) throw badInput("Expected an ISO 8601 date or date-time string.");
    // JavaScript dates reach ±275760; PostgreSQL's timestamps and ISO 8601 stop at 4 digits.
    const year = date.getUTCFullYear();
    if (year < 1 || year > 9999) throw badInput("Dates must lie in the years 1 to 9999.");
    return date;
  },
});

builder.scalarType("JSON", {
  description: "Any JSON value (field values in history entries and review proposals).",
  serialize: (value) => value,
  parseValue: (value) => value,
});

builder.queryType({});
builder.mutationType({});
