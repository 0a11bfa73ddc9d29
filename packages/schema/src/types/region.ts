import { builder } from "../builder.ts";

export const Region = builder.prismaNode("Region", {
  description: "One of the four Planungsregionen of Thuringia.",
  id: { field: "id" },
  nullable: true,
  fields: (t) => ({
    key: t.exposeString("id", {
      description: 'Stable key, e.g. "nordthueringen"; accepted wherever regionIds are.',
    }),
    name: t.exposeString("name"),
    districts: t.relation("districts", { query: { orderBy: { name: "asc" } } }),
    networks: t.relation("networks", { query: { where: { status: "PUBLISHED" }, orderBy: { name: "asc" } } }),
  }),
});

builder.queryField("regions", (t) =>
  t.prismaField({
    type: [Region],
    description: "The four planning regions.",
    complexity: { field: 1, multiplier: 4 },
    resolve: (query, _root, _args, ctx) =>
      ctx.db.prisma.region.findMany({ ...query, orderBy: { id: "asc" } }),
  }),
);
