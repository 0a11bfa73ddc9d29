// Non-public reads for the editing views: every status, restricted to what the viewer may edit.
import { builder } from "../builder.ts";
import type { Context } from "../context.ts";
import type { EditableModel } from "../editing/entity-model.ts";
import { editableRowsWhere } from "../editing/visibility.ts";
import { badInput } from "../errors.ts";
import { rawId } from "../validation/references.ts";
import { PublicationStatusEnum } from "./editing-enums.ts";
import { NetworkKindEnum, OfferKindEnum, PartnerTypeEnum } from "./enums.ts";

const STALE_AFTER_MONTHS = Number(process.env.STALE_AFTER_MONTHS ?? 12) || 12;

export const EditableFilter = builder.inputType("EditableFilter", {
  description:
    "Filters of the editing lists. All given conditions must hold. A condition of one type only (districtKey, partnerType, offerKind, networkKind; partnerId on networks) given to another list is refused with BAD_USER_INPUT.",
  fields: (t) => ({
    status: t.field({ type: [PublicationStatusEnum], description: "Any of these states." }),
    partnerId: t.id({ description: "Entries of this partner organisation (not for networks)." }),
    districtKey: t.string({ description: "Contact points in this district (AGS)." }),
    partnerType: t.field({ type: [PartnerTypeEnum], description: "Partners of any of these types." }),
    offerKind: t.field({ type: [OfferKindEnum], description: "Offers of any of these kinds." }),
    networkKind: t.field({ type: [NetworkKindEnum], description: "Networks of any of these kinds." }),
    search: t.string({
      description: "Part of the name (offers: of the German title), upper and lower case alike.",
    }),
    stale: t.boolean({
      description: `Not verified for staleAfterMonths (default ${STALE_AFTER_MONTHS}, env STALE_AFTER_MONTHS).`,
    }),
    staleAfterMonths: t.int(),
    hasOpenReports: t.boolean({ description: "With a visitor report that is still open." }),
    hasPendingChange: t.boolean({ description: "With a proposal or a submission waiting for review." }),
  }),
});

type Filter = typeof EditableFilter.$inferInput;
type Args = { filter?: Filter | null };
type TypeName = EditableModel["typeName"];

/** The filter fields that apply to one type only, with the column they filter. */
const TYPE_FIELDS = {
  districtKey: { type: "ContactPoint", column: "districtKey", list: "editableContactPoints" },
  partnerType: { type: "Partner", column: "type", list: "editablePartners" },
  offerKind: { type: "Offer", column: "kind", list: "editableOffers" },
  networkKind: { type: "Network", column: "kind", list: "editableNetworks" },
} as const satisfies Record<string, { type: TypeName; column: string; list: string }>;

/**
 * Refuses conditions the list cannot apply: silently ignoring one would show a list that looks
 * filtered and is not.
 */
function assertApplies(typeName: TypeName, filter: Filter) {
  const given = (value: unknown) =>
    value !== null && value !== undefined && !(Array.isArray(value) && value.length === 0);
  for (const [field, rule] of Object.entries(TYPE_FIELDS)) {
    if (given(filter[field as keyof typeof TYPE_FIELDS]) && rule.type !== typeName) {
      throw badInput(`filter.${field} applies to ${rule.list} only.`, "filter");
    }
  }
  if (given(filter.partnerId) && typeName === "Network") {
    throw badInput("filter.partnerId does not apply to networks (they belong to no partner).", "filter");
  }
}

async function filterWhere(
  model: EditableModel,
  filter: Filter | null | undefined,
  db: import("@kausa/db").Database,
) {
  const and: object[] = [];
  if (!filter) return and;
  assertApplies(model.typeName, filter);
  if (filter.status?.length) and.push({ status: { in: filter.status } });
  if (filter.partnerId) {
    const id = String(rawId("Partner", String(filter.partnerId)));
    and.push(model.typeName === "Partner" ? { id } : { partnerId: id });
  }
  if (filter.districtKey) and.push({ districtKey: filter.districtKey });
  for (const field of ["partnerType", "offerKind", "networkKind"] as const) {
    const values = filter[field];
    if (values?.length) and.push({ [TYPE_FIELDS[field].column]: { in: values } });
  }
  if (filter.search?.trim()) {
    const text = filter.search.trim().slice(0, 100);
    // ILIKE for every type (case-insensitive, as the partner, contact point and network names).
    and.push(
      model.typeName === "Offer"
        ? { title: { path: ["de"], string_contains: text, mode: "insensitive" } }
        : { name: { contains: text, mode: "insensitive" } },
    );
  }
  if (filter.stale !== null && filter.stale !== undefined) {
    const cutoff = new Date();
    cutoff.setMonth(cutoff.getMonth() - (filter.staleAfterMonths ?? STALE_AFTER_MONTHS));
    const stale = { OR: [{ lastVerifiedAt: null }, { lastVerifiedAt: { lt: cutoff } }] };
    and.push(filter.stale ? stale : { NOT: stale });
  }
  for (const [flag, table, where] of [
    [filter.hasOpenReports, "outdatedReport", { status: "OPEN" }],
    [filter.hasPendingChange, "changeRequest", { status: { in: ["DRAFT", "OPEN"] } }],
  ] as const) {
    if (flag === null || flag === undefined) continue;
    // biome-ignore lint/suspicious/noExplicitAny: both tables have entityType/entityId.
    const rows: { entityId: string }[] = await (db.prisma as any)[table].findMany({
      where: { ...where, entityType: model.entityType },
      select: { entityId: true },
      distinct: ["entityId"],
    });
    const ids = rows.map((r) => r.entityId);
    and.push(flag ? { id: { in: ids } } : { id: { notIn: ids } });
  }
  return and;
}

export function registerEditableQueries(model: EditableModel, plural: string) {
  const T = model.typeName;
  // biome-ignore lint/suspicious/noExplicitAny: one resolver for four delegates of the same shape.
  const delegate = (db: import("@kausa/db").Database): any => (db.prisma as any)[model.delegate];

  builder.queryField(`editable${plural}`, (t) =>
    t.prismaConnection({
      type: T,
      cursor: "id",
      description: `${plural} in every state (drafts, in review, archived) that you may edit. Newest changes first.`,
      authScopes: { loggedIn: true },
      args: { filter: t.arg({ type: EditableFilter }) },
      totalCount: async (_parent: unknown, args: Args, ctx: Context) =>
        delegate(ctx.db).count({
          where: {
            AND: [editableRowsWhere(ctx.viewer, T), ...(await filterWhere(model, args.filter, ctx.db))],
          },
        }),
      resolve: async (query: object, _parent: unknown, args: Args, ctx: Context) =>
        delegate(ctx.db).findMany({
          ...query,
          where: {
            AND: [editableRowsWhere(ctx.viewer, T), ...(await filterWhere(model, args.filter, ctx.db))],
          },
          orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
        }),
    } as never),
  );

  builder.queryField(`editable${T}`, (t) =>
    t.prismaField({
      type: T,
      nullable: true,
      description: `One ${T} in any state, if you may edit it (null otherwise).`,
      authScopes: { loggedIn: true },
      args: { id: t.arg.globalID({ required: true }) },
      resolve: (
        query: object,
        _parent: unknown,
        args: { id: { typename: string; id: string } },
        ctx: Context,
      ) =>
        args.id.typename !== T
          ? null
          : delegate(ctx.db).findFirst({
              ...query,
              where: { AND: [{ id: args.id.id }, editableRowsWhere(ctx.viewer, T)] },
            }),
    } as never),
  );
}
