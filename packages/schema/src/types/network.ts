import { builder } from "../builder.ts";
import { largeList, rankedListCost } from "../complexity.ts";
import { DEFAULT_PAGE_SIZE, type PageArgs } from "../pagination.ts";
import { type FilterInput, validateFilter } from "../search/filters.ts";
import { searchNetworkIds } from "../search/network-search.ts";
import { httpUrl } from "../urls.ts";
import { RANKED_LIST, rankedList, regionKeys, resolveRankedConnection } from "./connection-page.ts";
import { NetworkKindEnum, PartnerTypeEnum } from "./enums.ts";
import { LocalizedText, localeArgDescription, localized } from "./localized-text.ts";

export const Network = builder.prismaNode("Network", {
  description: "A regional working group, a Regionalbeirat für Arbeitsmarktpolitik or the Landesbeirat.",
  id: { field: "id" },
  nullable: true,
  // Loads a row already reached through an allowed path (its relations, an editor's draft);
  // node(id) and nodes(ids) apply the public rules in node-loading.ts.
  findUnique: (id) => ({ id }),
  fields: (t) => ({
    kind: t.expose("kind", { type: NetworkKindEnum }),
    name: t.exposeString("name"),
    description: t.field({
      type: LocalizedText,
      nullable: true,
      args: { locale: t.arg.string({ description: localeArgDescription }) },
      select: { description: true },
      resolve: (network, args, ctx) => localized(network.description, args.locale, ctx),
    }),
    region: t.relation("region", { nullable: true, description: "Null for state-wide networks." }),
    members: t.relation("members", {
      complexity: largeList,
      query: { where: { status: "PUBLISHED" }, orderBy: { name: "asc" } },
    }),
    website: t.string({
      nullable: true,
      description: "Only http(s) URLs.",
      resolve: (network) => httpUrl(network.website),
    }),
    isSample: t.exposeBoolean("isSample"),
    updatedAt: t.expose("updatedAt", { type: "DateTime" }),
  }),
});

export const NetworkFilter = builder.inputType("NetworkFilter", {
  fields: (t) => ({
    search: t.string({
      description:
        "Full-text search in the name and the description, in German and in the request's language (Accept-Language). At most 200 characters.",
    }),
    regionIds: t.stringList({ description: "Region keys or IDs; state-wide networks match every region." }),
    kinds: t.field({ type: [NetworkKindEnum] }),
    partnerTypes: t.field({ type: [PartnerTypeEnum], description: "Networks with a member of these types." }),
  }),
});

/** The networks' list: declared once for the resolver and the compiled path. */
const networkList = rankedList(
  "network",
  (args: PageArgs & { filter?: (FilterInput & { kinds?: readonly string[] | null }) | null }, ctx) => {
    const { kinds, ...rest } = args.filter ?? {};
    const filter = {
      ...validateFilter({ ...rest, regionIds: regionKeys(rest.regionIds) }),
      kinds: kinds?.length ? [...kinds] : undefined,
    };
    return (window) => searchNetworkIds(ctx.db, { filter, locale: ctx.locale, ...window });
  },
);

builder.queryField("networks", (t) =>
  t.connection(
    {
      type: Network,
      complexity: (args) => rankedListCost(args, DEFAULT_PAGE_SIZE),
      description:
        "Published networks: the Landesbeirat first, then the Regionalbeiräte, then working groups.",
      args: { filter: t.arg({ type: NetworkFilter }) },
      extensions: { [RANKED_LIST]: networkList },
      resolve: (_root, args, ctx, info) => resolveRankedConnection(ctx, info, networkList, args),
    },
    { name: "NetworkConnection" },
    { name: "NetworkEdge" },
  ),
);
