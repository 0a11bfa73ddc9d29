import { builder } from "../builder.ts";
import { largeList, rankedListCost } from "../complexity.ts";
import { DEFAULT_PAGE_SIZE } from "../pagination.ts";
import { searchPartnerIds } from "../search/partner-search.ts";
import { httpUrl } from "../urls.ts";
import {
  type ListArgs,
  listArguments,
  RANKED_LIST,
  rankedList,
  resolveRankedConnection,
} from "./connection-page.ts";
import { PartnerTypeEnum } from "./enums.ts";
import { commonFilterFields } from "./filter-fields.ts";
import { NearInput } from "./geo-inputs.ts";
import { LocalizedText, localeArgDescription, localized } from "./localized-text.ts";

export const Partner = builder.prismaNode("Partner", {
  description: "An organisation: chamber, administration, counselling service, school, company, KAUSA …",
  id: { field: "id" },
  nullable: true,
  // Only the columns a query asks for (a contact point's card needs the name, not the description).
  select: { id: true },
  // Loads a row already reached through an allowed path (its relations, an editor's draft);
  // node(id) and nodes(ids) apply the public rules in node-loading.ts.
  findUnique: (id) => ({ id }),
  fields: (t) => ({
    type: t.expose("type", { type: PartnerTypeEnum }),
    name: t.exposeString("name"),
    description: t.field({
      type: LocalizedText,
      nullable: true,
      args: { locale: t.arg.string({ description: localeArgDescription }) },
      select: { description: true },
      resolve: (partner, args, ctx) => localized(partner.description, args.locale, ctx),
    }),
    website: t.string({
      nullable: true,
      description: "Only http(s) URLs.",
      select: { website: true },
      resolve: (partner) => httpUrl(partner.website),
    }),
    logoUrl: t.string({
      nullable: true,
      description: "Only http(s) URLs.",
      select: { logoUrl: true },
      resolve: (partner) => httpUrl(partner.logoUrl),
    }),
    isSample: t.exposeBoolean("isSample", { description: "Sample data: not a real organisation's details." }),
    updatedAt: t.expose("updatedAt", { type: "DateTime" }),
    regions: t.relation("regions", { description: "Regions the organisation serves." }),
    contactPoints: t.relation("contactPoints", {
      complexity: largeList,
      query: { where: { status: "PUBLISHED" }, orderBy: { name: "asc" } },
    }),
    offers: t.relation("offers", {
      complexity: largeList,
      query: { where: { status: "PUBLISHED" }, orderBy: { startsAt: "asc" } },
    }),
    networks: t.relation("networks", { query: { where: { status: "PUBLISHED" }, orderBy: { name: "asc" } } }),
    distanceKm: t.float({
      nullable: true,
      description: "Distance of the nearest contact point, when the list was queried `near` a point.",
      resolve: (partner) => (partner as { distanceKm?: number | null }).distanceKm ?? null,
    }),
  }),
});

export const PartnerFilter = builder.inputType("PartnerFilter", {
  description:
    "Contact-point filters (district, services, languages …) match partners with such a contact point.",
  fields: (t) => commonFilterFields(t),
});

export const PartnerOrder = builder.enumType("PartnerOrder", { values: ["NAME", "DISTANCE"] as const });

/** The organisations' list: declared once for the resolver and the compiled path. */
const partnerList = rankedList(
  "partner",
  (args: ListArgs & { orderBy?: "NAME" | "DISTANCE" | null }, ctx) => {
    const { filter, near } = listArguments(args);
    return (window) =>
      searchPartnerIds(ctx.db, { filter, near, order: args.orderBy, locale: ctx.locale, ...window });
  },
);

builder.queryField("partners", (t) =>
  t.connection(
    {
      type: Partner,
      complexity: (args) => rankedListCost(args, DEFAULT_PAGE_SIZE),
      description: "Published organisations.",
      args: {
        filter: t.arg({ type: PartnerFilter }),
        near: t.arg({ type: NearInput }),
        orderBy: t.arg({ type: PartnerOrder, description: "Default: DISTANCE with `near`, else NAME." }),
      },
      extensions: { [RANKED_LIST]: partnerList },
      resolve: (_root, args, ctx, info) => resolveRankedConnection(ctx, info, partnerList, args),
    },
    { name: "PartnerConnection" },
    { name: "PartnerEdge" },
  ),
);
