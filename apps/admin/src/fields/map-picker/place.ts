/** A locality with its postcode from the API's offline gazetteer. */
export interface Place {
  name: string;
  postcode: string;
  lat: number;
  lng: number;
  district: { name: string };
}

/** Looks places up for a text; a newer lookup aborts the older one through the signal. */
export type PlaceSearch = (text: string, signal: AbortSignal) => Promise<Place[]>;

export interface Address {
  street?: string | null;
  postcode?: string | null;
  city?: string | null;
}

/**
 * What to ask the gazetteer for what the editor typed. It knows postcodes (also their first
 * digits) and place names, not streets: from a whole address ("Markt 1, 99734 Nordhausen") the
 * postcode is taken, else the part after the last comma.
 */
export function placeQuery(text: string): string {
  const postcode = /\b\d{5}\b/.exec(text)?.[0];
  if (postcode) return postcode;
  const parts = text
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean);
  return parts.at(-1) ?? "";
}

const normalized = (name: string) => name.normalize("NFC").toLocaleLowerCase("de").trim();

/**
 * The gazetteer's place for a postal address: by its postcode (preferring the place of that
 * name, as a postcode may cover several), else by the town's name. Null when nothing matches.
 */
export async function placeForAddress(
  search: PlaceSearch,
  address: Address,
  signal: AbortSignal,
): Promise<Place | null> {
  const postcode = address.postcode?.trim() ?? "";
  const city = normalized(address.city ?? "");
  const named = (places: Place[]) =>
    city
      ? (places.find((p) => normalized(p.name) === city) ??
        places.find((p) => normalized(p.name).startsWith(city) || city.startsWith(normalized(p.name))))
      : undefined;
  if (postcode) {
    const found = await search(postcode, signal);
    const exact = found.filter((p) => p.postcode === postcode);
    const candidates = exact.length ? exact : found;
    return named(candidates) ?? candidates[0] ?? null;
  }
  if (!city) return null;
  const found = await search(address.city!.trim(), signal);
  return named(found) ?? found[0] ?? null;
}

/** Coordinates as stored: 6 decimals (about 10 cm). */
export const roundCoordinate = (value: number) => Math.round(value * 1e6) / 1e6;
