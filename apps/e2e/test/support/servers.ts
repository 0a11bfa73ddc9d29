import { createServer, type Server } from "node:http";
import { createApp } from "@kausa/api";
import { widgetCsp } from "@kausa/api/csp";
import { createTestDatabase, type TestDatabase } from "@kausa/db/testing";

export interface Servers {
  /** The API, as a municipality's visitors would reach it: http://localhost:PORT. */
  api: string;
  /** A host page's site on another origin: http://127.0.0.1:PORT. */
  host: string;
  close(): Promise<void>;
}

const listen = (server: Server) =>
  new Promise<number>((resolve) =>
    server.listen(0, "127.0.0.1", () => resolve((server.address() as { port: number }).port)),
  );

export interface HostPageOptions {
  /** Attributes of <kausa-finder>, e.g. 'region="nordthueringen" lang="ar"'. */
  attributes?: string;
  /** Serve the page with the Content-Security-Policy documented for host pages. */
  strictCsp?: boolean;
  lang?: string;
}

/** A plain host page that embeds the finder exactly as the docs tell web editors to. */
export function hostPage(api: string, options: HostPageOptions = {}): string {
  return `<!doctype html>
<html lang="${options.lang ?? "de"}">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <link rel="icon" href="data:," />
    <title>Host page</title>
    <script type="module" src="${api}/widget/kausa-widget.js"></script>
  </head>
  <body>
    <main>
      <h1>Gemeinde Beispielstadt</h1>
      <kausa-finder ${options.attributes ?? ""}></kausa-finder>
    </main>
  </body>
</html>`;
}

export async function startServers(): Promise<Servers & { database: TestDatabase }> {
  const database = await createTestDatabase();
  // Rate limits have their own suite; here every Chromium request comes from 127.0.0.1.
  const apiServer = createServer(createApp({ db: database.db, rateLimit: false }));
  const apiPort = await listen(apiServer);
  const api = `http://localhost:${apiPort}`;
  // The host site: /page?attributes=…&csp=1&lang=… renders a page embedding the widget from the API.
  const hostServer = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    if (url.pathname === "/basemap-style.json") {
      // Stands in for an external base map provider in the consent test.
      res.writeHead(200, { "content-type": "application/json", "access-control-allow-origin": "*" });
      res.end(
        JSON.stringify({
          version: 8,
          sources: {},
          layers: [{ id: "bg", type: "background", paint: { "background-color": "#dde" } }],
        }),
      );
      return;
    }
    const html = hostPage(api, {
      attributes: url.searchParams.get("attributes") ?? "",
      strictCsp: url.searchParams.get("csp") === "1",
      lang: url.searchParams.get("lang") ?? "de",
    });
    const headers: Record<string, string> = { "content-type": "text/html; charset=utf-8" };
    if (url.searchParams.get("csp") === "1") headers["content-security-policy"] = widgetCsp(api);
    // A policy missing one documented line, to prove that line is needed (and violations are seen).
    if (url.searchParams.get("csp") === "no-blob-worker") {
      headers["content-security-policy"] = widgetCsp(api).replace(" blob:", "");
    }
    res.writeHead(200, headers);
    res.end(html);
  });
  const hostPort = await listen(hostServer);
  return {
    api,
    host: `http://127.0.0.1:${hostPort}`,
    database,
    async close() {
      apiServer.closeAllConnections();
      hostServer.closeAllConnections();
      await new Promise((r) => apiServer.close(r));
      await new Promise((r) => hostServer.close(r));
      await database.dispose();
    },
  };
}
