import { createServer, type Server } from "node:http";
import { boundingBoxAround, EARTH_RADIUS_KM } from "@kausa/geo";
import pg from "pg";

/**
 * The baseline: the same two queries written by hand with `pg` behind a bare HTTP server,
 * so the ratio shows what the GraphQL stack (Yoga, Pothos, Prisma) costs on top.
 */
export function startDirectPgServer(url: string): Promise<{ server: Server; port: number; pool: pg.Pool }> {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  const select = `SELECT cp.id, cp.name, cp.city, cp.lat, cp.lng, p.name AS partner_name, d.name AS district_name,
      count(*) OVER () AS total
    FROM "ContactPoint" cp JOIN "Partner" p ON p.id = cp."partnerId" JOIN "District" d ON d.key = cp."districtKey"
    WHERE cp.status = 'PUBLISHED' AND p.status = 'PUBLISHED'`;
  const server = createServer(async (req, res) => {
    let body = "";
    for await (const chunk of req) body += chunk;
    const input = JSON.parse(body) as { kind: "bbox" | "near"; params: Record<string, number> };
    const p = input.params;
    let result: pg.QueryResult;
    if (input.kind === "bbox") {
      result = await pool.query(
        `${select} AND cp.lat BETWEEN $1 AND $2 AND cp.lng BETWEEN $3 AND $4
           AND cp.services && ARRAY['MATCHING']::"Service"[] AND cp.languages && ARRAY['ar']::text[]
         ORDER BY d.rural DESC, cp.name, cp.id LIMIT 50`,
        [p.south, p.north, p.west, p.east],
      );
    } else {
      const box = boundingBoxAround({ lat: p.lat!, lng: p.lng! }, p.radiusKm!);
      const distance = `(2 * ${EARTH_RADIUS_KM} * asin(least(1, sqrt(power(sin(radians(cp.lat - $1) / 2), 2)
        + cos(radians($1)) * cos(radians(cp.lat)) * power(sin(radians(cp.lng - $2) / 2), 2)))))`;
      result = await pool.query(
        `SELECT * FROM (${select.replace("count(*) OVER () AS total", `count(*) OVER () AS total, ${distance} AS distance_km`)}
           AND cp.lat BETWEEN $4 AND $5 AND cp.lng BETWEEN $6 AND $7) s
         WHERE distance_km <= $3 ORDER BY distance_km, id LIMIT 50`,
        [p.lat, p.lng, p.radiusKm, box.south, box.north, box.west, box.east],
      );
    }
    res.writeHead(200, { "content-type": "application/json" });
    res.end(JSON.stringify({ total: result.rows[0]?.total ?? 0, rows: result.rows }));
  });
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      resolve({ server, pool, port: typeof address === "object" && address ? address.port : 0 });
    }),
  );
}
