import type { StyleSpecification } from "maplibre-gl";

/**
 * The default base map: drawn from the district boundaries the API serves, so showing the map
 * sends no request to any third party. No `glyphs`: labels render with local fonts.
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
  marker: "#0b5394",
  cluster: "#0b5394",
  selected: "#d97706",
};
