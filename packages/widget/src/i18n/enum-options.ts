import type { OfferKind, Service, TargetGroup } from "../api/graphql.ts";
import { de } from "./messages.ts";

// The choices of the filter form are the enum values that have a text, in the texts' order:
// messages.ts is typed from the schema, so these lists are exactly the schema's enums.
const valuesWith = (prefix: string) =>
  Object.keys(de)
    .filter((key) => key.startsWith(prefix))
    .map((key) => key.slice(prefix.length));

export const SERVICES = valuesWith("service.") as Service[];
export const TARGET_GROUPS = valuesWith("target.") as TargetGroup[];
export const OFFER_KINDS = valuesWith("offer.") as OfferKind[];

/** Counselling languages offered in the filter (ISO 639-1): a choice of the KAUSA network, not an enum. */
export const COUNSELLING_LANGUAGES = [
  "en",
  "ar",
  "fa",
  "uk",
  "ru",
  "tr",
  "ku",
  "ti",
  "ps",
  "fr",
  "ro",
  "pl",
  "so",
  "es",
];
