import { EARTH_RADIUS_KM } from "@kausa/geo";

/**
 * The API's two queries as SQL functions, the idiomatic PostGraphile way to expose what its
 * generated filters cannot express (bounding box + array overlap, haversine radius, "rural
 * first" order). PostGraphile v5 turns each STABLE set-returning function into a query field
 * with connection arguments and `totalCount`, and `"ContactPoint_distance_km"` (first argument
 * the row) into the computed field `ContactPoint.distanceKm(lat, lng)`. Same conditions, order
 * and formula as packages/schema/src/search (contact-point-search.ts, sql.ts) and as the pg
 * baseline, so all targets return the same rows; run.ts checks that before measuring.
 * LANGUAGE sql + STABLE lets PostgreSQL inline the functions and use the location (GiST) index,
 * with the same box test as the API.
 */
export const POSTGRAPHILE_FUNCTIONS_SQL = `
CREATE FUNCTION "ContactPoint_distance_km"(cp "ContactPoint", lat float8, lng float8)
RETURNS float8 LANGUAGE sql IMMUTABLE AS $$
  SELECT 2 * ${EARTH_RADIUS_KM}::float8 * asin(least(1, sqrt(
    power(sin(radians(cp.lat - lat) / 2), 2)
    + cos(radians(lat)) * cos(radians(cp.lat)) * power(sin(radians(cp.lng - lng) / 2), 2))))
$$;

CREATE FUNCTION bench_contact_points_bbox(
  south float8, north float8, west float8, east float8, services "Service"[], languages text[]
) RETURNS SETOF "ContactPoint" LANGUAGE sql STABLE AS $$
  SELECT cp.* FROM "ContactPoint" cp JOIN "District" d ON d.key = cp."districtKey"
  WHERE cp.status = 'PUBLISHED'
    AND EXISTS (SELECT 1 FROM "Partner" p WHERE p.id = cp."partnerId" AND p.status = 'PUBLISHED')
    AND point(cp.lng, cp.lat) <@ box(point(west, south), point(east, north))
    AND cp.lat BETWEEN south AND north AND cp.lng BETWEEN west AND east
    AND cp.services && bench_contact_points_bbox.services
    AND cp.languages && bench_contact_points_bbox.languages
  ORDER BY d.rural DESC, cp.name, cp.id
$$;

-- The box around the circle is computed as @kausa/geo's boundingBoxAround does, so the
-- location index narrows the rows before the haversine test, as in the API. The arguments
-- are renamed in c: in a SQL function a column (cp.lat) wins over an argument of the same name.
CREATE FUNCTION bench_contact_points_near(lat float8, lng float8, radius_km float8)
RETURNS SETOF "ContactPoint" LANGUAGE sql STABLE AS $$
  SELECT cp.* FROM "ContactPoint" cp,
    LATERAL (SELECT bench_contact_points_near.lat AS lat, bench_contact_points_near.lng AS lng,
      degrees(radius_km / ${EARTH_RADIUS_KM}::float8) AS dlat) c
  WHERE cp.status = 'PUBLISHED'
    AND EXISTS (SELECT 1 FROM "Partner" p WHERE p.id = cp."partnerId" AND p.status = 'PUBLISHED')
    AND point(cp.lng, cp.lat) <@ box(
      point(c.lng - c.dlat / greatest(cos(radians(c.lat)), 0.01), c.lat - c.dlat),
      point(c.lng + c.dlat / greatest(cos(radians(c.lat)), 0.01), c.lat + c.dlat))
    AND cp.lat BETWEEN c.lat - c.dlat AND c.lat + c.dlat
    AND cp.lng BETWEEN c.lng - c.dlat / greatest(cos(radians(c.lat)), 0.01)
                   AND c.lng + c.dlat / greatest(cos(radians(c.lat)), 0.01)
    AND "ContactPoint_distance_km"(cp, c.lat, c.lng) <= radius_km
  ORDER BY "ContactPoint_distance_km"(cp, c.lat, c.lng), cp.id
$$;
`;
