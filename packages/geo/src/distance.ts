const EARTH_RADIUS_KM = 6371.0088; // mean radius (IUGG)

const toRad = (deg: number) => (deg * Math.PI) / 180;

/** Great-circle distance in km (haversine). The SQL in the API uses the same formula. */
export function distanceKm(a: { lat: number; lng: number }, b: { lat: number; lng: number }): number {
  const dLat = toRad(b.lat - a.lat);
  const dLng = toRad(b.lng - a.lng);
  const h =
    Math.sin(dLat / 2) ** 2 + Math.cos(toRad(a.lat)) * Math.cos(toRad(b.lat)) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

export { EARTH_RADIUS_KM };

/** A latitude/longitude box that contains every point within `radiusKm` of the centre. */
export function boundingBoxAround(centre: { lat: number; lng: number }, radiusKm: number) {
  const dLat = (radiusKm / EARTH_RADIUS_KM) * (180 / Math.PI);
  const dLng = dLat / Math.max(Math.cos(toRad(centre.lat)), 0.01);
  return {
    south: centre.lat - dLat,
    north: centre.lat + dLat,
    west: centre.lng - dLng,
    east: centre.lng + dLng,
  };
}
