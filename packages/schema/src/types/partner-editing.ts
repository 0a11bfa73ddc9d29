import { builder } from "../builder.ts";
import { partnerModel } from "../editing/models/partner.ts";
import { registerEditableQueries } from "./editable-queries.ts";
import { registerEditingMutations } from "./editing-mutations.ts";
import { addEditorFields } from "./editor-fields.ts";
import { PartnerTypeEnum } from "./enums.ts";
import { LocalizedTextInput } from "./localized-text-input.ts";
import { Partner } from "./partner.ts";

export const PartnerInput = builder.inputType("PartnerInput", {
  description:
    "A partner organisation's fields. On create, type and name are required; on update, only what changes.",
  fields: (t) => ({
    type: t.field({ type: PartnerTypeEnum }),
    name: t.string(),
    description: t.field({ type: LocalizedTextInput }),
    website: t.string({ description: "http(s) only." }),
    logoUrl: t.string({ description: "http(s) only." }),
    regionIds: t.stringList({ description: 'Planning regions it works in, e.g. ["nordthueringen"].' }),
    externalKey: t.string(),
  }),
});

registerEditingMutations(partnerModel, { ref: Partner, input: PartnerInput, partnerEditorsCreate: false });
registerEditableQueries(partnerModel, "Partners");
addEditorFields(partnerModel);
