type Ring = number[][];
export type PolygonGeometry =
  | { type: "Polygon"; coordinates: Ring[] }
  | { type: "MultiPolygon"; coordinates: Ring[][] };

/** Even-odd ray casting; holes (later rings) flip the result, as GeoJSON intends. */
function inRing(lng: number, lat: number, ring: Ring): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as [number, number];
    const [xj, yj] = ring[j] as [number, number];
    if (yi > lat !== yj > lat && lng < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function inPolygon(lng: number, lat: number, rings: Ring[]): boolean {
  return rings.reduce((inside, ring) => (inRing(lng, lat, ring) ? !inside : inside), false);
}

export function geometryContains(geometry: PolygonGeometry, lat: number, lng: number): boolean {
  if (geometry.type === "Polygon") return inPolygon(lng, lat, geometry.coordinates);
  return geometry.coordinates.some((polygon) => inPolygon(lng, lat, polygon));
}
