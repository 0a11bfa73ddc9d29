// Fields whose values are ids of other records are shown by those records' names. A page that
// can look them up passes a `names` map (review: from the record it loaded; edit: from the form's
// choices; history: loaded for the ids its entries name); an id without a name is shown as it is.

/** What an id field points at. */
export type ReferenceKind = "partners" | "contact-points" | "regions";

export const REFERENCE_KIND: Readonly<Record<string, ReferenceKind>> = {
  partnerId: "partners",
  memberIds: "partners",
  contactPointIds: "contact-points",
  regionId: "regions",
  regionIds: "regions",
};

/** Names of referenced records keyed by `nameKey` ("partners:<id>", "regions:<id or key>"). */
export type NameLookup = ReadonlyMap<string, string>;

export const nameKey = (kind: ReferenceKind | string, id: string) => `${kind}:${id}`;

/** A names map from choices a form offers (value = database id or region key). */
export function namesFromChoices(
  choices: Partial<Record<ReferenceKind, readonly { value: string; label: string }[]>>,
): Map<string, string> {
  const names = new Map<string, string>();
  for (const [kind, list] of Object.entries(choices)) {
    for (const choice of list ?? []) names.set(nameKey(kind, choice.value), choice.label);
  }
  return names;
}

/** The ids a value of `field` names, by kind (none when the field holds no ids). */
export function referencedIds(field: string, value: unknown): { kind: ReferenceKind; ids: string[] } | null {
  const kind = REFERENCE_KIND[field];
  if (!kind || value === null || value === undefined || value === "") return null;
  return { kind, ids: (Array.isArray(value) ? value : [value]).map(String) };
}
