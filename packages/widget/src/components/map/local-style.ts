import type { StyleSpecification } from "maplibre-gl";

/**
 * The default base map: drawn from the district boundaries the API serves, so showing the map
 * sends no request to any third party. No `glyphs`: MapLibre draws labels with the browser's
 * own fonts (and shapes right-to-left scripts itself), so labels need no font download either.
 */
export function localStyle(): StyleSpecification {
  return {
    version: 8,
    sources: {},
    layers: [{ id: "background", type: "background", paint: { "background-color": "#eef2f0" } }],
  };
}

export const COLORS = {
  district: "#ffffff",
  ruralDistrict: "#f4f8ef",
  districtLine: "#7a8a80",
  /** The markers' default, until `--kausa-primary` is read (map-theme.ts). */
  marker: "#0b5394",
  selectedRing: "#1f2933",
  radius: "#1f2933",
  label: "#3b4650",
  /** Lighter than the place names (6:1 on the white halo): the districts are the background. */
  districtLabel: "#56636b",
  /** The district seats' names: darker than the other labels, for the overview. */
  placeLabel: "#1f2933",
};
