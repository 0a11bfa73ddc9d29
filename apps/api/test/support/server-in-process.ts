import { httpServerConfigFromEnv } from "../../src/config.ts";
import { createHttpServer, type HttpServer } from "../../src/node/http-server.ts";
import type { NodeFetchApp } from "../../src/node/request-handler.ts";

export interface ListeningServer extends HttpServer {
  url: string;
  /** What the server logged (warnings and errors), for assertions. */
  logged: string[];
  close(): Promise<void>;
}

/**
 * The Node layer around `app` on 127.0.0.1 and an ephemeral port, configured through the same
 * environment variables as the real server (small values keep these tests fast).
 */
export async function listenInProcess(app: NodeFetchApp, env: NodeJS.ProcessEnv): Promise<ListeningServer> {
  const logged: string[] = [];
  const http = createHttpServer(app, httpServerConfigFromEnv(env), {
    warn: (message) => logged.push(message),
    error: (message, error) => logged.push(`${message}: ${error instanceof Error ? error.message : error}`),
  });
  await new Promise<void>((resolve) => http.server.listen(0, "127.0.0.1", resolve));
  const { port } = http.server.address() as { port: number };
  return {
    ...http,
    url: `http://127.0.0.1:${port}`,
    logged,
    close: () =>
      new Promise<void>((resolve) => {
        http.server.closeAllConnections();
        http.server.close(() => resolve());
      }),
  };
}
