import type { Server } from "node:http";

/**
 * Every server under test runs in a process of its own (the load generator must not share its
 * event loop): it listens on a free loopback port and prints `listening <port>`, which the
 * orchestrator waits for (targets.ts). SIGTERM closes it and runs `cleanup` (pools).
 */
export function listenAndAnnounce(server: Server, cleanup: () => Promise<unknown> = async () => {}) {
  server.listen(0, "127.0.0.1", () => {
    const address = server.address();
    const port = typeof address === "object" && address ? address.port : 0;
    console.log(`listening ${port}`);
  });
  process.once("SIGTERM", () => {
    server.closeAllConnections();
    server.close(() => {
      void cleanup().finally(() => process.exit(0));
    });
  });
}

/** The database every target reads: the scratch database the orchestrator prepared. */
export function databaseUrl(): string {
  const url = process.env.BENCH_TARGET_DATABASE_URL;
  if (!url) throw new Error("BENCH_TARGET_DATABASE_URL is not set (the orchestrator sets it)");
  return url;
}
