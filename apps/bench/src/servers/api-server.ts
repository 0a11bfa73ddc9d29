/**
 * This API as the benchmark measures it, in a process of its own: createApp from @kausa/api on
 * the benchmark's PostgreSQL database behind a plain node:http server. Rate limits off (one load
 * generator on loopback is one client, and its budget would stop it) and no GraphiQL. With
 * BENCH_RESPONSE_CACHE=on the response cache is on, as server.ts turns it on in production:
 * in this process's memory (the default without REDIS_URL), 300 s as RESPONSE_CACHE_TTL_SECONDS.
 */
import { createServer } from "node:http";
import { createApp, memoryResponseStore } from "@kausa/api";
import { openDatabase } from "@kausa/db";
import { databaseUrl, listenAndAnnounce } from "./listen.ts";

const cached = process.env.BENCH_RESPONSE_CACHE === "on";
const db = await openDatabase({ kind: "postgres", url: databaseUrl() });
const app = createApp({
  db,
  graphiql: false,
  rateLimit: false,
  responseCache: cached ? { store: memoryResponseStore(), ttlSeconds: 300 } : false,
});
listenAndAnnounce(createServer(app), async () => {
  await app.dispose();
  await db.close();
});
