import { boundingBoxAround, EARTH_RADIUS_KM } from "@kausa/geo";
import type { BBoxQuery, NearQuery } from "./queries.ts";

export type BaselineRequest = { kind: "bbox"; params: BBoxQuery } | { kind: "near"; params: NearQuery };

const COLUMNS = `cp.id, cp.name, cp.city, cp.lat, cp.lng, p.name AS partner_name, d.name AS district_name`;
const FROM = `"ContactPoint" cp JOIN "Partner" p ON p.id = cp."partnerId" JOIN "District" d ON d.key = cp."districtKey"`;
const PUBLISHED = `cp.status = 'PUBLISHED' AND p.status = 'PUBLISHED'`;

const DISTANCE = `(2 * ${EARTH_RADIUS_KM}::float8 * asin(least(1, sqrt(power(sin(radians(cp.lat - $1) / 2), 2)
  + cos(radians($1)) * cos(radians(cp.lat)) * power(sin(radians(cp.lng - $2) / 2), 2)))))`;

/**
 * The baseline's SQL for one request: one statement, the page's rows with partner and district
 * joined and the total as a window count. Shared by the pg server and the EXPLAIN section.
 */
export function pgBaselineStatement(request: BaselineRequest): { sql: string; params: unknown[] } {
  if (request.kind === "bbox") {
    const b = request.params;
    return {
      sql: `SELECT ${COLUMNS}, count(*) OVER () AS total
        FROM ${FROM}
        WHERE ${PUBLISHED} AND point(cp.lng, cp.lat) <@ box(point($3, $1), point($4, $2))
          AND cp.lat BETWEEN $1 AND $2 AND cp.lng BETWEEN $3 AND $4
          AND cp.services && $5::text[]::"Service"[] AND cp.languages && $6::text[]
        ORDER BY d.rural DESC, cp.name, cp.id LIMIT 50`,
      params: [b.south, b.north, b.west, b.east, b.services, b.languages],
    };
  }
  const n = request.params;
  const box = boundingBoxAround(n, n.radiusKm);
  // The window count is in the outer query, after the radius test, so it counts the rows within
  // the radius only — not every row of the surrounding box, as the first baseline did (1,076
  // instead of 823 at 10,000 points).
  return {
    sql: `SELECT s.*, count(*) OVER () AS total
      FROM (SELECT ${COLUMNS}, ${DISTANCE} AS distance_km
            FROM ${FROM}
            WHERE ${PUBLISHED} AND point(cp.lng, cp.lat) <@ box(point($6, $4), point($7, $5))
              AND cp.lat BETWEEN $4 AND $5 AND cp.lng BETWEEN $6 AND $7) s
      WHERE s.distance_km <= $3
      ORDER BY s.distance_km, s.id LIMIT 50`,
    params: [n.lat, n.lng, n.radiusKm, box.south, box.north, box.west, box.east],
  };
}
