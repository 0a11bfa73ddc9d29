import { api } from "../../../test/browser/fixture.ts";
import type { KausaMap } from "./map.component.ts";

// Shared by the map's browser tests (map.browser.test.ts, map-orientation.browser.test.ts).

export const FEATURES = () => `${api()}/map/contact-points.geojson?districtKeys=16062`;
export const PLACES = () => `${api()}/map/places.geojson`;

export async function mapIn(parent: HTMLElement | ShadowRoot, setup: (map: KausaMap) => void = () => {}) {
  const map = document.createElement("kausa-map") as KausaMap;
  map.featuresUrl = FEATURES();
  setup(map);
  parent.append(map);
  await map.updateComplete;
  return map;
}

/** The GraphQL API by POST, as any client may ask it (the test's own view of the data). */
export async function graphql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch(`${api()}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/json" },
    body: JSON.stringify({ query, variables }),
  });
  return ((await response.json()) as { data: T }).data;
}
