/** Lit `hasChanged` for small plain-object properties: equal content is no change (no needless reload). */
export const changedByValue = (value: unknown, old: unknown): boolean =>
  JSON.stringify(value) !== JSON.stringify(old);
