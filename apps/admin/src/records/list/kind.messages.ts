import type { OfferKind } from "../../api/graphql.ts";
import { enumTexts, OFFER_KINDS } from "../../i18n/common.messages.ts";
import { type AdminLanguage, defineMessages, translate } from "../../i18n/i18n.ts";
import type { RecordType } from "../record-types.ts";

/** Names of partner types and network kinds (offer kinds are in common's enumTexts). */
export const kindTexts = defineMessages(
  {
    "partnerType.CHAMBER_HWK": "Handwerkskammer",
    "partnerType.CHAMBER_IHK": "Industrie- und Handelskammer",
    "partnerType.DISTRICT_ADMINISTRATION": "Kreis- oder Stadtverwaltung",
    "partnerType.EDUCATION_PROVIDER": "Bildungsträger",
    "partnerType.EMPLOYMENT_AGENCY": "Agentur für Arbeit",
    "partnerType.JOBCENTER": "Jobcenter",
    "partnerType.KAUSA": "KAUSA",
    "partnerType.MIGRANT_ORGANISATION": "Migrant*innenorganisation",
    "partnerType.MIGRATION_COUNSELLING": "Migrationsberatung",
    "partnerType.MUNICIPALITY": "Gemeinde",
    "partnerType.NETWORK_OFFICE": "Netzwerkbüro",
    "partnerType.OTHER": "Sonstige",
    "partnerType.TRAINING_COMPANY": "Ausbildungsbetrieb",
    "partnerType.VOCATIONAL_SCHOOL": "Berufsschule",
    "partnerType.YOUTH_MIGRATION_SERVICE": "Jugendmigrationsdienst",
    "networkKind.REGIONAL_ADVISORY_BOARD": "Regionaler Beirat",
    "networkKind.REGIONAL_WORKING_GROUP": "Regionaler Arbeitskreis",
    "networkKind.STATE_ADVISORY_BOARD": "Landesbeirat",
  },
  {
    "partnerType.CHAMBER_HWK": "Chamber of crafts",
    "partnerType.CHAMBER_IHK": "Chamber of commerce",
    "partnerType.DISTRICT_ADMINISTRATION": "District administration",
    "partnerType.EDUCATION_PROVIDER": "Education provider",
    "partnerType.EMPLOYMENT_AGENCY": "Employment agency",
    "partnerType.JOBCENTER": "Jobcenter",
    "partnerType.KAUSA": "KAUSA",
    "partnerType.MIGRANT_ORGANISATION": "Migrant organisation",
    "partnerType.MIGRATION_COUNSELLING": "Migration counselling",
    "partnerType.MUNICIPALITY": "Municipality",
    "partnerType.NETWORK_OFFICE": "Network office",
    "partnerType.OTHER": "Other",
    "partnerType.TRAINING_COMPANY": "Training company",
    "partnerType.VOCATIONAL_SCHOOL": "Vocational school",
    "partnerType.YOUTH_MIGRATION_SERVICE": "Youth migration service",
    "networkKind.REGIONAL_ADVISORY_BOARD": "Regional advisory board",
    "networkKind.REGIONAL_WORKING_GROUP": "Regional working group",
    "networkKind.STATE_ADVISORY_BOARD": "State advisory board",
  },
);

type KindKey = keyof typeof kindTexts.de;
const valuesWith = (prefix: string) =>
  Object.keys(kindTexts.de)
    .filter((k) => k.startsWith(prefix))
    .map((k) => k.slice(prefix.length));

/** The kinds each list filters by (the API's PartnerType, OfferKind, NetworkKind); contact points have none. */
export const KIND_VALUES: Record<RecordType, readonly string[]> = {
  "contact-points": [],
  partners: valuesWith("partnerType."),
  offers: OFFER_KINDS,
  networks: valuesWith("networkKind."),
};

/** A kind's name: offer kinds in the finder's words, partner types and network kinds from above. */
export function kindName(type: RecordType, kind: string, language: AdminLanguage): string {
  if (type === "offers") return translate(enumTexts, language, `offer.${kind as OfferKind}`);
  const prefix = type === "partners" ? "partnerType." : "networkKind.";
  return translate(kindTexts, language, `${prefix}${kind}` as KindKey);
}
