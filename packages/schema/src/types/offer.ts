import { builder } from "../builder.ts";
import { rankedListCost } from "../complexity.ts";
import { DEFAULT_PAGE_SIZE } from "../pagination.ts";
import { type OfferOrder as OfferOrderValue, searchOfferIds } from "../search/offer-search.ts";
import { httpUrl } from "../urls.ts";
import {
  type ListArgs,
  listArguments,
  RANKED_LIST,
  rankedList,
  resolveRankedConnection,
} from "./connection-page.ts";
import { OfferFormatEnum, OfferKindEnum, TargetGroupEnum } from "./enums.ts";
import { commonFilterFields } from "./filter-fields.ts";
import { NearInput } from "./geo-inputs.ts";
import { LocalizedText, localeArgDescription, localized } from "./localized-text.ts";

export const Offer = builder.prismaNode("Offer", {
  description: "An Angebot: training, counselling, event, guide, apprenticeship place, internship …",
  id: { field: "id" },
  nullable: true,
  // Loads a row already reached through an allowed path (its relations, an editor's draft);
  // node(id) and nodes(ids) apply the public rules in node-loading.ts.
  findUnique: (id) => ({ id }),
  fields: (t) => ({
    kind: t.expose("kind", { type: OfferKindEnum }),
    title: t.field({
      type: LocalizedText,
      args: { locale: t.arg.string({ description: localeArgDescription }) },
      select: { title: true },
      // German is required on every offer, so the fallback always exists.
      resolve: (offer, args, ctx) =>
        localized(offer.title, args.locale, ctx) ?? { text: "", locale: "de", isFallback: true },
    }),
    description: t.field({
      type: LocalizedText,
      nullable: true,
      args: { locale: t.arg.string({ description: localeArgDescription }) },
      select: { description: true },
      resolve: (offer, args, ctx) => localized(offer.description, args.locale, ctx),
    }),
    costs: t.field({
      type: LocalizedText,
      nullable: true,
      args: { locale: t.arg.string({ description: localeArgDescription }) },
      select: { costs: true },
      resolve: (offer, args, ctx) => localized(offer.costs, args.locale, ctx),
    }),
    partner: t.relation("partner"),
    contactPoints: t.relation("contactPoints", { query: { where: { status: "PUBLISHED" } } }),
    regions: t.relation("regions", {
      description: "Regions the offer is meant for; empty: the whole state.",
    }),
    startsAt: t.expose("startsAt", { type: "DateTime", nullable: true }),
    endsAt: t.expose("endsAt", { type: "DateTime", nullable: true }),
    format: t.expose("format", { type: OfferFormatEnum }),
    languages: t.exposeStringList("languages"),
    targetGroups: t.expose("targetGroups", { type: [TargetGroupEnum] }),
    occupation: t.exposeString("occupation", {
      nullable: true,
      description: "Ausbildungsberuf, for apprenticeship places.",
    }),
    registrationUrl: t.string({
      nullable: true,
      description: "Only http(s) URLs.",
      resolve: (offer) => httpUrl(offer.registrationUrl),
    }),
    documentUrl: t.string({
      nullable: true,
      description: "The document, for guides. Only http(s) URLs.",
      resolve: (offer) => httpUrl(offer.documentUrl),
    }),
    isSample: t.exposeBoolean("isSample"),
    updatedAt: t.expose("updatedAt", { type: "DateTime" }),
    distanceKm: t.float({
      nullable: true,
      description: "Distance of the offer's nearest contact point, when queried `near` a point.",
      resolve: (offer) => (offer as { distanceKm?: number | null }).distanceKm ?? null,
    }),
  }),
});

export const OfferFilter = builder.inputType("OfferFilter", {
  description:
    "Location filters (districtKeys, rural, services, accessible, bbox, near) match through the offer's contact points; regionIds also matches state-wide offers. Offers without dates match any from/to.",
  fields: (t) => ({
    ...commonFilterFields(t),
    from: t.field({ type: "DateTime", description: "Offers that have not ended before this time." }),
    to: t.field({ type: "DateTime", description: "Offers that start before this time." }),
  }),
});

export const OfferOrder = builder.enumType("OfferOrder", {
  description: "Default: DISTANCE with `near`, RELEVANCE with a search, else START_DATE (undated last).",
  values: ["START_DATE", "TITLE", "DISTANCE", "RELEVANCE"] as const,
});

/** The offers' list: declared once for the resolver and the compiled path. */
const offerList = rankedList("offer", (args: ListArgs & { orderBy?: OfferOrderValue | null }, ctx) => {
  const { filter, near } = listArguments(args);
  return (window) =>
    searchOfferIds(ctx.db, { filter, near, order: args.orderBy, locale: ctx.locale, ...window });
});

builder.queryField("offers", (t) =>
  t.connection(
    {
      type: Offer,
      complexity: (args) => rankedListCost(args, DEFAULT_PAGE_SIZE),
      description: "Published offers.",
      args: {
        filter: t.arg({ type: OfferFilter }),
        near: t.arg({ type: NearInput }),
        orderBy: t.arg({ type: OfferOrder }),
      },
      extensions: { [RANKED_LIST]: offerList },
      resolve: (_root, args, ctx, info) => resolveRankedConnection(ctx, info, offerList, args),
    },
    { name: "OfferConnection" },
    { name: "OfferEdge" },
  ),
);
