/**
 * PostGraphile v5 (amber preset) over the benchmark's database, in its own process. The API's two
 * queries are exposed the way a PostGraphile user would write them: SQL functions in the scratch
 * database (postgraphile-functions.ts) that PostGraphile turns into query fields with
 * `totalCount`, relations and a `distanceKm` computed column.
 */
import "./promise-with-resolvers.ts";
import { createServer } from "node:http";
import { postgraphile } from "postgraphile";
import { makePgService } from "postgraphile/adaptors/pg";
import { grafserv } from "postgraphile/grafserv/node";
import { PostGraphileAmberPreset } from "postgraphile/presets/amber";
import { databaseUrl, listenAndAnnounce } from "./listen.ts";

const pgl = postgraphile({
  extends: [PostGraphileAmberPreset],
  // The same pool size as the API's and the pg baseline's (10).
  pgServices: [
    makePgService({ connectionString: databaseUrl(), schemas: ["public"], poolConfig: { max: 10 } }),
  ],
  grafserv: { graphqlPath: "/graphql", graphiql: false, watch: false },
  grafast: { explain: false },
});

if (process.argv.includes("--print-schema")) {
  const { printSchema } = await import("postgraphile/graphql");
  console.log(printSchema(await pgl.getSchema()));
  await pgl.release();
  process.exit(0);
}

const server = createServer();
const serv = pgl.createServ(grafserv);
serv.addTo(server).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
await serv.ready();
listenAndAnnounce(server, async () => pgl.release());
