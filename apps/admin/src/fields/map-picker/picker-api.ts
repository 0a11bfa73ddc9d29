import type { Client } from "@urql/core";
import { run } from "../../api/client.ts";
import { DISTRICT_AT, DISTRICTS, PLACES } from "./map-picker.documents.ts";
import type { DistrictOutline } from "./picker-map.ts";
import { type PlaceSearch, placeQuery } from "./place.ts";

// What the map picker asks the API; everything else in it works without one.

/** The district outlines are the same for every picker: asked for once per client. */
const outlines = new WeakMap<Client, Promise<DistrictOutline[]>>();

export function districtOutlines(client: Client): Promise<DistrictOutline[]> {
  let loading = outlines.get(client);
  if (!loading) {
    loading = run(client, DISTRICTS, {}).then((data) => data.districts);
    // A failed request is not remembered: the next picker asks again.
    loading.catch(() => outlines.delete(client));
    outlines.set(client, loading);
  }
  return loading;
}

/** The district a point lies in (`city`: a kreisfreie Stadt); null outside Thuringia. */
export async function districtAt(
  client: Client,
  lat: number,
  lng: number,
  signal: AbortSignal,
): Promise<{ name: string; city: boolean } | null> {
  const { districtAt } = await run(client, DISTRICT_AT, { lat, lng }, { signal });
  return districtAt ? { name: districtAt.name, city: districtAt.kind === "KREISFREIE_STADT" } : null;
}

/** The gazetteer's places for what the editor typed (a postcode, a town or a whole address). */
export const gazetteerSearch =
  (client: Client): PlaceSearch =>
  async (text, signal) =>
    (await run(client, PLACES, { search: placeQuery(text), first: 10 }, { signal })).places;
