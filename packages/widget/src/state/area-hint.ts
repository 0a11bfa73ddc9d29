import type { Region } from "../api/documents.ts";
import type { FinderState, Presets } from "./finder-state.ts";

/** A chosen place outside the embedder's region or district, and that area's name. */
export interface OutsideArea {
  place: string;
  area: string;
  /** The visitor asked to see help beyond the area too. */
  beyond: boolean;
}

/**
 * Whether the chosen place lies outside the area the embedder preset (region or district), so
 * the finder says so instead of calling results in the area "near" it. Known only for places from
 * the suggestions (they carry their district) and once the regions are loaded; the visitor's own
 * position and places from a deep link carry no district, and get no hint.
 */
export function outsideArea(
  state: FinderState,
  presets: Pick<Presets, "regionId" | "districtKey">,
  regions: Region[] | undefined,
): OutsideArea | null {
  const districtKey = state.origin?.districtKey;
  if (!state.origin || !districtKey || !regions) return null;
  const beyond = state.beyondArea === true;
  if (presets.districtKey) {
    if (districtKey === presets.districtKey) return null;
    const district = regions.flatMap((r) => r.districts).find((d) => d.key === presets.districtKey);
    return district ? { place: state.origin.label, area: district.name, beyond } : null;
  }
  if (presets.regionId) {
    const region = regions.find((r) => r.key === presets.regionId);
    if (!region || region.districts.some((d) => d.key === districtKey)) return null;
    return { place: state.origin.label, area: region.name, beyond };
  }
  return null;
}
