import { builder } from "../builder.ts";
import { contactPointModel } from "../editing/models/contact-point.ts";
import { ContactPoint } from "./contact-point.ts";
import { registerEditableQueries } from "./editable-queries.ts";
import { registerEditingMutations } from "./editing-mutations.ts";
import { addEditorFields } from "./editor-fields.ts";
import { GeoPrecisionEnum, ServiceEnum, TargetGroupEnum } from "./enums.ts";
import { LocalizedTextInput, OpeningHoursInput } from "./localized-text-input.ts";

export const ContactPointInput = builder.inputType("ContactPointInput", {
  description:
    "A contact point's fields. On create, partnerId, name, postcode and city are required; on update, give only what changes (null clears). Without lat/lng the pin is placed from the postcode gazetteer.",
  fields: (t) => ({
    partnerId: t.id({ description: "The Partner it belongs to (its ID)." }),
    name: t.string(),
    street: t.string(),
    postcode: t.string({ description: "Five digits, in the Thuringian gazetteer." }),
    city: t.string(),
    lat: t.float({ description: "Set from the map; must lie in Thuringia unless allowOutsideThuringia." }),
    lng: t.float(),
    geoPrecision: t.field({
      type: GeoPrecisionEnum,
      description: "Default ADDRESS when coordinates are given.",
    }),
    allowOutsideThuringia: t.boolean({ description: "For an office just across the state border." }),
    phone: t.string({ description: 'German formats: "0361 123456", "+49 361 123456".' }),
    email: t.string(),
    website: t.string({ description: "http(s) only." }),
    openingHours: t.field({ type: [OpeningHoursInput] }),
    openingHoursNote: t.field({ type: LocalizedTextInput }),
    languages: t.stringList({ description: "ISO 639-1 codes of the counselling languages." }),
    services: t.field({ type: [ServiceEnum] }),
    targetGroups: t.field({ type: [TargetGroupEnum] }),
    wheelchairAccessible: t.boolean(),
    appointmentRequired: t.boolean(),
    externalKey: t.string({ description: "Your own key for this entry (imports update by it)." }),
  }),
});

registerEditingMutations(contactPointModel, {
  ref: ContactPoint,
  input: ContactPointInput,
  partnerEditorsCreate: true,
});
registerEditableQueries(contactPointModel, "ContactPoints");
addEditorFields(contactPointModel);
