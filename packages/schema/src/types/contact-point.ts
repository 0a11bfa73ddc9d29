import { builder } from "../builder.ts";
import { PLAIN_RESOLVE } from "../compiled/plain-resolve.ts";
import { rankedListCost } from "../complexity.ts";
import { DEFAULT_PAGE_SIZE } from "../pagination.ts";
import {
  type ContactPointOrder as ContactPointOrderValue,
  searchContactPointIds,
} from "../search/contact-point-search.ts";
import { httpUrl } from "../urls.ts";
import {
  type ListArgs,
  listArguments,
  RANKED_LIST,
  rankedList,
  resolveRankedConnection,
} from "./connection-page.ts";
import { GeoPrecisionEnum, ServiceEnum, TargetGroupEnum } from "./enums.ts";
import { commonFilterFields } from "./filter-fields.ts";
import { NearInput } from "./geo-inputs.ts";
import { LocalizedText, localeArgDescription, localized } from "./localized-text.ts";
import { OpeningHoursSpecification, parseOpeningHours } from "./opening-hours.ts";

export const ContactPoint = builder.prismaNode("ContactPoint", {
  description: "An Anlaufstelle: a place where people get help, with address, contact and what it offers.",
  id: { field: "id" },
  nullable: true,
  // Only the columns a query asks for (the widget's hot path compiles this selection to SQL).
  select: { id: true },
  // Loads a row already reached through an allowed path (its relations, an editor's draft);
  // node(id) and nodes(ids) apply the public rules in node-loading.ts.
  findUnique: (id) => ({ id }),
  fields: (t) => ({
    name: t.exposeString("name"),
    partner: t.relation("partner"),
    district: t.relation("district"),
    street: t.exposeString("street", { nullable: true }),
    postcode: t.exposeString("postcode"),
    city: t.exposeString("city"),
    lat: t.exposeFloat("lat"),
    lng: t.exposeFloat("lng"),
    geoPrecision: t.expose("geoPrecision", { type: GeoPrecisionEnum }),
    phone: t.exposeString("phone", { nullable: true }),
    email: t.exposeString("email", { nullable: true }),
    website: t.string({
      nullable: true,
      description: "Only http(s) URLs.",
      select: { website: true },
      extensions: PLAIN_RESOLVE,
      resolve: (cp) => httpUrl(cp.website),
    }),
    openingHours: t.field({
      type: [OpeningHoursSpecification],
      select: { openingHours: true },
      extensions: PLAIN_RESOLVE,
      resolve: (cp) => parseOpeningHours(cp.openingHours),
    }),
    openingHoursNote: t.field({
      type: LocalizedText,
      nullable: true,
      args: { locale: t.arg.string({ description: localeArgDescription }) },
      select: { openingHoursNote: true },
      extensions: PLAIN_RESOLVE,
      resolve: (cp, args, ctx) => localized(cp.openingHoursNote, args.locale, ctx),
    }),
    languages: t.exposeStringList("languages", { description: "Languages of counselling (ISO 639-1)." }),
    services: t.expose("services", { type: [ServiceEnum] }),
    targetGroups: t.expose("targetGroups", { type: [TargetGroupEnum] }),
    wheelchairAccessible: t.exposeBoolean("wheelchairAccessible", {
      nullable: true,
      description: "Null: unknown.",
    }),
    appointmentRequired: t.exposeBoolean("appointmentRequired"),
    lastVerifiedAt: t.expose("lastVerifiedAt", { type: "DateTime", nullable: true }),
    isSample: t.exposeBoolean("isSample", { description: "Sample data, not a real contact point." }),
    updatedAt: t.expose("updatedAt", { type: "DateTime" }),
    offers: t.relation("offers", { query: { where: { status: "PUBLISHED" }, orderBy: { startsAt: "asc" } } }),
    distanceKm: t.float({
      nullable: true,
      description: "Great-circle distance in km, when the list was queried `near` a point.",
      // Set on each row by the list (connectionFromPage), not a column.
      extensions: PLAIN_RESOLVE,
      resolve: (cp) => (cp as { distanceKm?: number | null }).distanceKm ?? null,
    }),
  }),
});

export const ContactPointFilter = builder.inputType("ContactPointFilter", {
  fields: (t) => commonFilterFields(t),
});

export const ContactPointOrder = builder.enumType("ContactPointOrder", {
  description: "Default: DISTANCE with `near`, RELEVANCE with a search, else RURAL_FIRST.",
  values: ["DISTANCE", "NAME", "RELEVANCE", "RURAL_FIRST", "LAST_VERIFIED"] as const,
});

/** The contact points' list: declared once for the resolver and the compiled path. */
const contactPointList = rankedList(
  "contactPoint",
  (args: ListArgs & { orderBy?: ContactPointOrderValue | null }, ctx) => {
    const { filter, near } = listArguments(args);
    return (window) => searchContactPointIds(ctx.db, { filter, near, order: args.orderBy, ...window });
  },
);

builder.queryField("contactPoints", (t) =>
  t.connection(
    {
      type: ContactPoint,
      complexity: (args) => rankedListCost(args, DEFAULT_PAGE_SIZE),
      description: "Published contact points; rural ones first unless ordered otherwise.",
      args: {
        filter: t.arg({ type: ContactPointFilter }),
        near: t.arg({ type: NearInput }),
        orderBy: t.arg({ type: ContactPointOrder }),
      },
      extensions: { [RANKED_LIST]: contactPointList },
      resolve: (_root, args, ctx, info) => resolveRankedConnection(ctx, info, contactPointList, args),
    },
    { name: "ContactPointConnection" },
    { name: "ContactPointEdge" },
  ),
);
