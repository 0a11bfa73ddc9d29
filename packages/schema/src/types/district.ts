import { districtKeyAt } from "@kausa/geo";
import { builder } from "../builder.ts";
import { BOUNDARY_COST } from "../complexity.ts";
import { badInput } from "../errors.ts";
import { regionKeys } from "./connection-page.ts";
import { DistrictKindEnum } from "./enums.ts";

export const GeoJSONGeometry = builder.scalarType("GeoJSONGeometry", {
  description: "A GeoJSON geometry object (RFC 7946), WGS84.",
  serialize: (value) => value,
});

export const District = builder.prismaNode("District", {
  description: "A Landkreis or kreisfreie Stadt (BKG VG5000; BBSR and Thünen classifications).",
  id: { field: "key" },
  nullable: true,
  // Only the columns a query asks for: the boundary (~6 KB each) is loaded only when selected.
  select: { key: true },
  fields: (t) => ({
    key: t.exposeString("key", { description: '5-digit Kreisschlüssel, e.g. "16062".' }),
    name: t.exposeString("name"),
    kind: t.expose("kind", { type: DistrictKindEnum }),
    region: t.relation("region"),
    rural: t.exposeBoolean("rural", {
      description:
        "Derived from the Thünen typology: every district except Erfurt and Jena (type 5) is rural.",
    }),
    settlementType: t.exposeInt("settlementType", {
      description: "BBSR siedlungsstruktureller Kreistyp 2020 (1–4).",
    }),
    settlementTypeLabel: t.exposeString("settlementTypeLabel"),
    settlementType2024: t.exposeInt("settlementType2024", {
      nullable: true,
      description: "BBSR Kreistyp 2024, derived and unverified.",
    }),
    thuenenType: t.exposeInt("thuenenType", {
      description: "Thünen typology of rural areas (1–5, 5 = not rural), derived.",
    }),
    thuenenTypeLabel: t.exposeString("thuenenTypeLabel"),
    ruralityIndex: t.exposeFloat("ruralityIndex", { nullable: true }),
    boundary: t.field({
      type: GeoJSONGeometry,
      description:
        "Generalised outline (VG5000, ~1 km accuracy). © GeoBasis-DE / BKG 2021 (Daten verändert).",
      select: { boundary: true },
      complexity: BOUNDARY_COST,
      resolve: (district) => district.boundary,
    }),
  }),
});

builder.queryFields((t) => ({
  districts: t.prismaField({
    type: [District],
    description: "The 22 districts, optionally of one region or only rural / only urban ones.",
    complexity: { field: 1, multiplier: 22 },
    args: {
      regionId: t.arg.string({ description: 'Region key (e.g. "ostthueringen") or Region ID.' }),
      rural: t.arg.boolean(),
    },
    resolve: (query, _root, args, ctx) => {
      const [regionId] = regionKeys(args.regionId ? [args.regionId] : undefined) ?? [];
      if (args.regionId && !/^[a-z]{3,40}$/.test(regionId ?? ""))
        throw badInput("Unknown regionId.", "regionId");
      return ctx.db.prisma.district.findMany({
        ...query,
        where: { ...(regionId ? { regionId } : {}), ...(args.rural != null ? { rural: args.rural } : {}) },
        orderBy: { name: "asc" },
      });
    },
  }),
  district: t.prismaField({
    type: District,
    nullable: true,
    args: { key: t.arg.string({ required: true, description: "5-digit Kreisschlüssel." }) },
    resolve: (query, _root, args, ctx) => {
      if (!/^\d{5}$/.test(args.key)) throw badInput('"key" must be a 5-digit Kreisschlüssel.', "key");
      return ctx.db.prisma.district.findUnique({ ...query, where: { key: args.key } });
    },
  }),
  districtAt: t.prismaField({
    type: District,
    nullable: true,
    description:
      "The district a point lies in (the generalised outlines, ~1 km accuracy); null outside Thuringia. For map pickers: where a pin falls.",
    args: {
      lat: t.arg.float({ required: true }),
      lng: t.arg.float({ required: true }),
    },
    resolve: (query, _root, args, ctx) => {
      if (!(Math.abs(args.lat) <= 90 && Math.abs(args.lng) <= 180))
        throw badInput("lat must be within ±90 and lng within ±180.", "lat");
      const key = districtKeyAt(args.lat, args.lng);
      return key ? ctx.db.prisma.district.findUnique({ ...query, where: { key } }) : null;
    },
  }),
}));
