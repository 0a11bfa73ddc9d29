import type { Feature, FeatureCollection, PointGeometry } from "./map-layers.ts";

type Ring = [number, number][];
type Polygonal = { type: "Polygon"; coordinates: Ring[] } | { type: "MultiPolygon"; coordinates: Ring[][] };

/**
 * One label point per district, inside its largest part. A symbol layer on the polygons
 * themselves would label every tile's piece of a district (the GeoJSON is cut into tiles), so a
 * district could carry its name twice; one point per district labels it once.
 */
export function districtLabelPoints(boundaries: FeatureCollection | null): FeatureCollection<PointGeometry> {
  const features: Feature<PointGeometry>[] = [];
  for (const district of boundaries?.features ?? []) {
    const ring = largestOuterRing(district.geometry as Polygonal | null);
    const name = district.properties.name;
    if (!ring || typeof name !== "string") continue;
    features.push({
      type: "Feature",
      properties: { name, rural: district.properties.rural === true },
      geometry: { type: "Point", coordinates: pointInside(ring) },
    });
  }
  return { type: "FeatureCollection", features };
}

function largestOuterRing(geometry: Polygonal | null): Ring | null {
  if (!geometry) return null;
  const polygons =
    geometry.type === "Polygon"
      ? [geometry.coordinates]
      : geometry.type === "MultiPolygon"
        ? geometry.coordinates
        : [];
  let best: Ring | null = null;
  for (const [outer] of polygons) {
    if (outer && (!best || Math.abs(area(outer)) > Math.abs(area(best)))) best = outer;
  }
  return best;
}

const area = (ring: Ring) => {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    sum += ring[j]![0] * ring[i]![1] - ring[i]![0] * ring[j]![1];
  }
  return sum / 2;
};

/**
 * A point well inside the ring: on the horizontal line through the ring's vertical middle, the
 * centre of the widest stretch that lies inside it (a centroid can fall outside a bent district).
 */
function pointInside(ring: Ring): [number, number] {
  const lats = ring.map(([, lat]) => lat);
  const y = (Math.min(...lats) + Math.max(...lats)) / 2;
  const xs: number[] = [];
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [x1, y1] = ring[j]!;
    const [x2, y2] = ring[i]!;
    if (y1 > y !== y2 > y) xs.push(x1 + ((y - y1) * (x2 - x1)) / (y2 - y1));
  }
  xs.sort((a, b) => a - b);
  let best: [number, number] = ring[0]!;
  let widest = -1;
  for (let k = 0; k + 1 < xs.length; k += 2) {
    const width = xs[k + 1]! - xs[k]!;
    if (width > widest) {
      widest = width;
      best = [(xs[k]! + xs[k + 1]!) / 2, y];
    }
  }
  return best;
}
