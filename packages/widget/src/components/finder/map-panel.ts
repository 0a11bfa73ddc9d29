import { type ContactPointFilter, mapQuery, type Near } from "@kausa/filters";
import { initialState, Task } from "@lit/task";
import { html, type ReactiveControllerHost } from "lit";
import { keyed } from "lit/directives/keyed.js";
import { type ContactPointNode, DISTRICT_BOUNDARIES } from "../../api/documents.ts";
import { request } from "../../api/request.ts";
import type { Translator } from "../../i18n/i18n.ts";
import type { FeatureCollection } from "../map/map-layers.ts";
import type { MapOrigin } from "../map/map-origin.ts";
import { addressOf } from "./templates/contact-details.template.ts";

/** The districts as the map's outline layer: one feature per district, keyed by its key. */
export const districtFeatures = (
  districts: readonly { key: string; name: string; rural: boolean; boundary: unknown }[],
): FeatureCollection => ({
  type: "FeatureCollection",
  features: districts.map((d) => ({
    type: "Feature",
    id: d.key,
    properties: { name: d.name, rural: d.rural },
    geometry: d.boundary,
  })),
});

/**
 * The map's code (MapLibre, ~450 KB with its worker) and the district outlines, loaded the first
 * time a map is shown: `args` returns null until then.
 */
export const mapLoader = (host: ReactiveControllerHost, args: () => [origin: string | null]) =>
  new Task(host, {
    args,
    task: async ([origin], { signal }): Promise<FeatureCollection | typeof initialState> => {
      if (!origin) return initialState;
      await import("../map/map.ts");
      const { districts } = await request(DISTRICT_BOUNDARIES, {}, { origin, language: "de" }, signal);
      return districtFeatures(districts);
    },
  });

export interface MapProps {
  t: Translator;
  origin: string;
  filter: ContactPointFilter;
  near: Near | null;
  boundaries: FeatureCollection | null;
  /** The chosen contact point if the list has loaded it (else the map loads it by its ID). */
  selected: ContactPointNode | undefined;
  /** The chosen contact point's ID, also when the list has not loaded it (e.g. from a link). */
  selectedId?: string | null;
  /** The searched place or the visitor's own position (`fromDevice`). */
  center: { lat: number; lng: number; label?: string; fromDevice?: boolean } | null;
  basemap: string | null;
  basemapProvider: string | null;
  basemapConsented: boolean;
  onConsent: () => void;
  onSelect: (id: string) => void;
}

/** The search's origin for the map's pin, named for screen readers ("Gesuchter Ort: …" / "Ihr Standort"). */
const mapOrigin = (t: Translator, center: MapProps["center"]): MapOrigin | null =>
  center && {
    lat: center.lat,
    lng: center.lng,
    name: center.fromDevice ? t.t("mapOwnPosition") : t.t("mapOrigin", { place: center.label ?? "" }),
    fromDevice: center.fromDevice === true,
  };

/** The map for this search (its GeoJSON layer has the same filter, in the map query encoding). A new map per language: MapLibre's own texts are fixed when it is created. */
export const mapPanel = (p: MapProps) =>
  keyed(
    p.t.language,
    html`<kausa-map
      part="map"
      .featuresUrl=${`${p.origin}/map/contact-points.geojson?${mapQuery(p.filter, p.near)}`}
      .placesUrl=${`${p.origin}/map/places.geojson`}
      .boundaries=${p.boundaries}
      .selectedId=${p.selectedId ?? p.selected?.id ?? null}
      .selectedDetails=${
        p.selected
          ? { name: p.selected.name, address: addressOf(p.selected), isSample: p.selected.isSample }
          : null
      }
      .center=${p.center}
      .origin=${mapOrigin(p.t, p.center)}
      .radiusKm=${p.near?.radiusKm ?? null}
      .apiOrigin=${p.origin}
      .basemapUrl=${p.basemap}
      .basemapProvider=${p.basemapProvider ?? ""}
      .basemapConsented=${p.basemapConsented}
      @kausa-map-consent=${p.onConsent}
      @kausa-map-select=${(e: CustomEvent<{ id: string }>) => p.onSelect(e.detail.id)}
    ></kausa-map>`,
  );
