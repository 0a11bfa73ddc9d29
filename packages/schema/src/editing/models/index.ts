import type { EntityType } from "@kausa/db";
import type { EditableModel } from "../entity-model.ts";
import { contactPointModel } from "./contact-point.ts";

/** Every editable type, by the entity type stored in history and review items. */
export const EDITABLE_MODELS: Partial<Record<EntityType, EditableModel>> = {
  CONTACT_POINT: contactPointModel,
};

export function modelFor(entityType: EntityType): EditableModel {
  const model = EDITABLE_MODELS[entityType];
  if (!model) throw new Error(`${entityType} is not an editable type.`);
  return model;
}
