import type { TemplateResult } from "lit";
import type { RecordType } from "../record-types.ts";
import { contactPointForm } from "./contact-point-form.ts";
import type { FormKit } from "./form-controls.ts";
import { networkForm } from "./network-form.ts";
import { offerForm } from "./offer-form.ts";
import { partnerForm } from "./partner-form.ts";

type Words = { yes: string; no: string; unknown: string };

/** The form of each record type. */
export const FORMS: Record<RecordType, (kit: FormKit, words: Words) => TemplateResult> = {
  "contact-points": contactPointForm,
  partners: (kit) => partnerForm(kit),
  offers: (kit) => offerForm(kit),
  networks: (kit) => networkForm(kit),
};
