import { fileURLToPath } from "node:url";
import type { Plugin } from "graphql-yoga";
import { themeCss, themeParams } from "./configure/embed-theme.ts";
import { configureOptions } from "./configure/options.ts";
import { widgetCsp } from "./csp.ts";
import { staticFiles, staticResponse } from "./static-files.ts";

const publicDir = fileURLToPath(new URL("../../public/", import.meta.url));

// Attributes the iframe embed passes on to <kausa-finder>, with the values they may take.
const EMBED_ATTRIBUTES = [
  "region",
  "district",
  "services",
  "languages",
  "target-groups",
  "view",
  "locked",
  "lang",
  "page-size",
];
const SAFE_VALUE = /^[A-Za-z0-9_,-]{0,300}$/;

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The page behind GET /embed?…: the finder alone, for CMSs that only allow iframes. */
export function embedPage(params: URLSearchParams): string {
  const attributes = EMBED_ATTRIBUTES.flatMap((name) => {
    const value = params.get(name);
    return value !== null && SAFE_VALUE.test(value) ? [`${name}="${escapeHtml(value)}"`] : [];
  });
  if (params.get("rural-only") === "true") attributes.push("rural-only");
  const lang = /^[a-z]{2}$/.test(params.get("lang") ?? "") ? params.get("lang") : "de";
  const theme = themeParams(params).toString();
  const themeLink = theme
    ? `\n    <link rel="stylesheet" href="/embed/theme.css?${escapeHtml(theme)}" />`
    : "";
  return `<!doctype html>
<html lang="${lang}">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <link rel="icon" href="data:," />
    <title>KAUSA Thüringen – Anlaufstellen zur Ausbildung</title>
    <link rel="stylesheet" href="/embed/embed.css" />${themeLink}
    <script type="module" src="/widget/kausa-widget.js"></script>
    <script type="module" src="/embed/resize.js"></script>
  </head>
  <body>
    <kausa-finder ${attributes.join(" ")} url-state="off"></kausa-finder>
  </body>
</html>
`;
}

/**
 * GET / (a fictional Landkreis page with the finder), /demo/*, /embed (the iframe variant) and
 * /configure (the configurator for web editors, under the API's own strict policy).
 * The strict-CSP demo and the embed page are served with the policy documented for host pages.
 */
export function demoAndEmbedRoutes(): Plugin {
  const read = staticFiles(publicDir);
  return {
    async onRequest({ request, url, endResponse, fetchAPI }) {
      if (request.method !== "GET" && request.method !== "HEAD") return;
      const path = url.pathname;
      if (path === "/embed") {
        endResponse(
          new fetchAPI.Response(embedPage(url.searchParams), {
            headers: {
              "content-type": "text/html; charset=utf-8",
              "content-security-policy": widgetCsp("'self'"),
              "cache-control": "public, max-age=300",
            },
          }),
        );
        return;
      }
      if (path === "/embed/theme.css" || path === "/configure/options.json") {
        const css = path === "/embed/theme.css";
        endResponse(
          new fetchAPI.Response(css ? themeCss(url.searchParams) : JSON.stringify(configureOptions()), {
            headers: {
              "content-type": css ? "text/css; charset=utf-8" : "application/json; charset=utf-8",
              "cache-control": "public, max-age=300",
            },
          }),
        );
        return;
      }
      const name =
        path === "/"
          ? "demo/index.html"
          : path === "/configure" || path === "/configure/"
            ? "configure/index.html"
            : path.startsWith("/demo/") || path.startsWith("/embed/") || path.startsWith("/configure/")
              ? path.slice(1)
              : null;
      if (!name) return;
      const file = await read(name);
      if (!file) return;
      const headers: Record<string, string> = { "cache-control": "no-cache" };
      // The policy a host page needs for the finder, as documented; like every page but /embed, not framable.
      if (name === "demo/strict-csp.html")
        headers["content-security-policy"] = `${widgetCsp("'self'")}; frame-ancestors 'none'`;
      endResponse(await staticResponse(fetchAPI, request, file, headers));
    },
  };
}
