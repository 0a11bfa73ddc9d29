import { canEditPartnerRows } from "../auth/viewer.ts";
import { builder } from "../builder.ts";
import type { Context } from "../context.ts";
import { offerModel } from "../editing/models/offer.ts";
import { editableRowsWhere } from "../editing/visibility.ts";
import { registerEditableQueries } from "./editable-queries.ts";
import { registerEditingMutations } from "./editing-mutations.ts";
import { addEditorFields } from "./editor-fields.ts";
import { OfferFormatEnum, OfferKindEnum, TargetGroupEnum } from "./enums.ts";
import { LocalizedTextInput } from "./localized-text-input.ts";
import { Offer } from "./offer.ts";

export const OfferInput = builder.inputType("OfferInput", {
  description:
    "An offer's fields. On create, partnerId, kind and title (German required) are required; on update, only what changes.",
  fields: (t) => ({
    partnerId: t.id(),
    kind: t.field({ type: OfferKindEnum }),
    title: t.field({ type: LocalizedTextInput }),
    description: t.field({ type: LocalizedTextInput }),
    contactPointIds: t.idList({ description: "Contact points of the same partner where it takes place." }),
    regionIds: t.stringList({ description: "Regions it is meant for; empty: all of Thuringia." }),
    startsAt: t.field({ type: "DateTime" }),
    endsAt: t.field({ type: "DateTime", description: "Not before startsAt." }),
    format: t.field({ type: OfferFormatEnum }),
    languages: t.stringList(),
    targetGroups: t.field({ type: [TargetGroupEnum] }),
    occupation: t.string(),
    registrationUrl: t.string(),
    documentUrl: t.string(),
    costs: t.field({ type: LocalizedTextInput }),
    externalKey: t.string(),
  }),
});

registerEditingMutations(offerModel, { ref: Offer, input: OfferInput, partnerEditorsCreate: true });
registerEditableQueries(offerModel, "Offers");
addEditorFields(offerModel);

// `contactPoints` is public and lists published contact points only. A form that sends back the
// whole `contactPointIds` list must start from every stored link, or saving any other field would
// drop the links to drafts, entries in review and archived ones: this field lists them all.
builder.prismaObjectField("Offer", "linkedContactPoints", (t) =>
  t.relation("contactPoints", {
    description:
      "Every linked contact point in any state, as stored in `contactPointIds` (editors of the offer only; the public `contactPoints` lists the published ones). Edit forms start from this list.",
    authScopes: ((offer: { partnerId: string }, _args: unknown, ctx: Context) =>
      canEditPartnerRows(ctx.viewer, offer.partnerId)) as never,
    // An offer links only its own partner's contact points; the viewer filter is a second lock.
    query: (_args, ctx) => ({
      where: editableRowsWhere(ctx.viewer, "ContactPoint"),
      orderBy: { name: "asc" },
    }),
  }),
);
