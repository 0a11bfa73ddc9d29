import { loadPlaces } from "@kausa/geo";
import { loadPersistedOperations } from "@kausa/widget/persisted-operations";

/** The widget's default radius around a chosen place (packages/widget/src/state/finder-state.ts). */
const RADIUS_KM = 60;
/** The widget's first page. */
const PAGE_SIZE = 20;
export const VARIANTS = 40;
export const LANGUAGE = "de";

/**
 * The widget's contact-point search exactly as it sends it (packages/widget/src/api/request.ts):
 * a persisted GET with the operation's hash from the widget build's manifest, its variables in the
 * URL, `accept-language`, no cookies. One request per place, for `VARIANTS` gazetteer places
 * spread over Thuringia, so that with the response cache on not every request is a hit.
 */
export function widgetSearchPaths(): string[] {
  const manifest = loadPersistedOperations();
  const hash = Object.keys(manifest).find((h) => manifest[h]?.startsWith("query ContactPoints("));
  if (!hash) {
    throw new Error(
      "the widget's persisted-operations.json has no ContactPoints query: build the widget first",
    );
  }
  const places = loadPlaces();
  const step = Math.floor(places.length / VARIANTS);
  return Array.from({ length: VARIANTS }, (_, i) => {
    const place = places[i * step]!;
    const url = new URLSearchParams({
      operationName: "ContactPoints",
      variables: JSON.stringify({
        filter: {},
        near: { lat: place.lat, lng: place.lng, radiusKm: RADIUS_KM },
        first: PAGE_SIZE,
        after: null,
        locale: LANGUAGE,
      }),
      extensions: JSON.stringify({ persistedQuery: { version: 1, sha256Hash: hash } }),
    });
    return `/graphql?${url}`;
  });
}

export const WIDGET_HEADERS = { accept: "application/json", "accept-language": LANGUAGE };
