import type { InputFieldBuilder } from "@pothos/core";
import { OfferKindEnum, PartnerTypeEnum, ServiceEnum, TargetGroupEnum } from "./enums.ts";
import { BBoxInput } from "./geo-inputs.ts";

// The filter fields the entity filters share; each list matches when ANY value matches,
// and different fields combine with AND.
// biome-ignore lint/suspicious/noExplicitAny: Pothos' input field builder is generic over the schema types.
export function commonFilterFields(t: InputFieldBuilder<any, "InputObject">) {
  return {
    search: t.string({
      description:
        'Full-text search (German stemming: "beraten" finds "Beratung"; tolerant of accents and small typos). Translated texts (offer titles and descriptions, organisation descriptions) match in German and in the request\'s language (Accept-Language), e.g. an Arabic word finds an offer by its Arabic title; contact points match their name, city and organisation name. At most 200 characters.',
    }),
    regionIds: t.stringList({
      description:
        'Planning regions, by key ("nordthueringen", "mittelthueringen", "ostthueringen", "suedwestthueringen") or Region ID.',
    }),
    districtKeys: t.stringList({
      description: 'Districts by 5-digit Kreisschlüssel, e.g. "16062" (Nordhausen).',
    }),
    rural: t.boolean({
      description: "true: only rural districts (all but Erfurt and Jena); false: only Erfurt and Jena.",
    }),
    partnerTypes: t.field({ type: [PartnerTypeEnum] }),
    services: t.field({ type: [ServiceEnum] }),
    languages: t.stringList({ description: 'Languages of counselling (ISO 639-1), e.g. ["ar", "fa"].' }),
    targetGroups: t.field({ type: [TargetGroupEnum] }),
    offerKinds: t.field({ type: [OfferKindEnum] }),
    accessible: t.boolean({ description: "true: wheelchair accessible only." }),
    bbox: t.field({ type: BBoxInput }),
  };
}
