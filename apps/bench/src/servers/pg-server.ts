/**
 * The baseline: the API's two queries written by hand with `pg` behind a bare HTTP server, in a
 * process of its own, so the ratio shows what the GraphQL stack (Yoga, Pothos, Prisma) costs on
 * top. POST / with `{"kind": "bbox" | "near", "params": {...}}`; answers `{ total, rows }`.
 */
import { createServer } from "node:http";
import pg from "pg";
import { pgBaselineStatement } from "../pg-statements.ts";
import { databaseUrl, listenAndAnnounce } from "./listen.ts";

const pool = new pg.Pool({ connectionString: databaseUrl(), max: 10 });

const server = createServer(async (req, res) => {
  try {
    let body = "";
    for await (const chunk of req) body += chunk;
    const { sql, params } = pgBaselineStatement(JSON.parse(body));
    const result = await pool.query(sql, params);
    res.writeHead(200, { "content-type": "application/json" });
    res.end(JSON.stringify({ total: Number(result.rows[0]?.total ?? 0), rows: result.rows }));
  } catch (error) {
    res.writeHead(500, { "content-type": "text/plain" });
    res.end(String(error));
  }
});
listenAndAnnounce(server, () => pool.end());
