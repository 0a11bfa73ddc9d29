export { type DataSource, dataSources } from "./attribution.ts";
export { parseCsv } from "./csv.ts";
export { boundingBoxAround, distanceKm, EARTH_RADIUS_KM } from "./distance.ts";
export { geometryContains, type PolygonGeometry } from "./point-in-polygon.ts";
export {
  type DistrictRecord,
  deriveDistrictKey,
  districtKeyAt,
  isInThuringiaBounds,
  loadDistricts,
  loadPlaces,
  loadRegions,
  type PlaceRecord,
  type RegionRecord,
  THURINGIA_BOUNDS,
} from "./reference-data.ts";
