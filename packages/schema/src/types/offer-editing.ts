import { builder } from "../builder.ts";
import { offerModel } from "../editing/models/offer.ts";
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
