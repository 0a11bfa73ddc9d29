import { createServer, type Server } from "node:http";
import type { HttpServerConfig } from "../config.ts";
import { ConnectionDrain } from "./connection-drain.ts";
import { limitConnectionsPerClient } from "./connection-limit.ts";
import { createRequestHandler, type NodeFetchApp } from "./request-handler.ts";

export interface ServerLog {
  warn(message: string): void;
  error(message: string, error: unknown): void;
}

export interface HttpServer {
  server: Server;
  drain: ConnectionDrain;
}

/**
 * The Node HTTP server for the app, bounded against slow and greedy clients:
 * - all headers within `headersTimeoutMs`, the whole request within `requestTimeoutMs` (Node
 *   answers 408 and closes; a connection that never sends a byte counts too),
 * - idle keep-alive connections closed after `keepAliveTimeoutMs` (Node adds 1 s of grace),
 * - at most `maxConnectionsPerClient` open connections per client,
 * - headers limited to Node's default 16 KB (431 beyond).
 * Malformed requests, oversized headers and timeouts get Node's own 400/431/408 and a close.
 */
export function createHttpServer(app: NodeFetchApp, config: HttpServerConfig, log: ServerLog): HttpServer {
  const server = createServer({
    headersTimeout: config.headersTimeoutMs,
    requestTimeout: config.requestTimeoutMs,
    keepAliveTimeout: config.keepAliveTimeoutMs,
    // Node checks the two timeouts above only this often (default every 30 s, which would let
    // a 10 s header timeout run to 40 s): check at a fifth of the shorter one, at most every second.
    connectionsCheckingInterval: Math.max(
      10,
      Math.min(1_000, Math.floor(Math.min(config.headersTimeoutMs, config.requestTimeoutMs) / 5)),
    ),
  });
  const drain = new ConnectionDrain(server);
  server.on("request", createRequestHandler(app, drain, log));
  limitConnectionsPerClient(server, config.maxConnectionsPerClient, log);
  return { server, drain };
}
