// The schema builder and its plugins. It defines no types: each domain type lives in
// src/types/<name>.ts with its inputs and query fields (Pothos' complex-app layout).

import type { Database } from "@kausa/db";
import type PrismaTypes from "@kausa/db/generated/pothos-types";
import { getDatamodel } from "@kausa/db/generated/pothos-types";
import SchemaBuilder from "@pothos/core";
import PrismaPlugin from "@pothos/plugin-prisma";
import RelayPlugin from "@pothos/plugin-relay";
import type { Context } from "./context.ts";
import { badInput } from "./errors.ts";

export const builder = new SchemaBuilder<{
  Context: Context;
  PrismaTypes: PrismaTypes;
  // Fields are non-null unless they say otherwise: clients need fewer null checks.
  DefaultFieldNullability: false;
  DefaultEdgesNullability: false;
  DefaultNodeNullability: false;
  Connection: { totalCount: number };
  Scalars: {
    DateTime: { Input: Date; Output: Date };
    GeoJSONGeometry: { Input: never; Output: unknown };
    ID: { Input: string; Output: string | number };
  };
}>({
  plugins: [PrismaPlugin, RelayPlugin],
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
    edgesFieldOptions: { nullable: false },
    nodeFieldOptions: { nullable: false },
    // Malformed IDs are the client's mistake: a clear 400, not a masked internal error.
    decodeGlobalID: (globalID: string) => {
      const match = /^([A-Z][A-Za-z]{1,40}):(.{1,100})$/.exec(
        Buffer.from(globalID, "base64").toString("utf8"),
      );
      if (!match) throw badInput(`"${globalID.slice(0, 80)}" is not an ID from this API.`, "id");
      return { typename: match[1] as string, id: match[2] as string };
    },
  },
});

builder.globalConnectionField("totalCount", (t) =>
  t.int({ description: "Number of results across all pages.", resolve: (parent) => parent.totalCount }),
);

builder.scalarType("DateTime", {
  description: "An ISO 8601 date-time in UTC, e.g. 2026-11-25T08:00:00.000Z.",
  serialize: (value) => (value instanceof Date ? value.toISOString() : String(value)),
  parseValue: (value) => {
    const date = typeof value === "string" ? new Date(value) : new Date(Number.NaN);
    if (Number.isNaN(date.getTime())) throw badInput("Expected an ISO 8601 date or date-time string.");
    return date;
  },
});

builder.queryType({});
