import type { EntityType } from "@kausa/db";
import type { EditableModel } from "../entity-model.ts";
import { contactPointModel } from "./contact-point.ts";
import { networkModel } from "./network.ts";
import { offerModel } from "./offer.ts";
import { partnerModel } from "./partner.ts";

/** Every editable type, by the entity type stored in history and review items. */
export const EDITABLE_MODELS: Partial<Record<EntityType, EditableModel>> = {
  PARTNER: partnerModel,
  CONTACT_POINT: contactPointModel,
  OFFER: offerModel,
  NETWORK: networkModel,
};

export function modelFor(entityType: EntityType): EditableModel {
  const model = EDITABLE_MODELS[entityType];
  if (!model) throw new Error(`${entityType} is not an editable type.`);
  return model;
}
