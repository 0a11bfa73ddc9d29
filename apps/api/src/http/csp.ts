/**
 * The Content-Security-Policy a host page needs for the finder, given the API's origin
 * ("'self'" when the page is served by the API itself). Documented in docs/widget.md.
 * - script-src, connect-src: the widget's modules and its GraphQL/GeoJSON requests;
 * - worker-src blob:: MapLibre runs its worker from a blob: URL when loaded cross-origin;
 * - img-src data:: the map controls' icons are inline SVG.
 * Lit's styles are constructable stylesheets and need no 'unsafe-inline'.
 */
export function widgetCsp(apiOrigin: string): string {
  return [
    "default-src 'self'",
    ...widgetDirectives(apiOrigin),
    "style-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
  ].join("; ");
}

/** The sources a host page adds to its own policy for the script variant (the documented lines). */
export function widgetDirectives(apiOrigin: string): string[] {
  const sources = apiOrigin === "'self'" ? "'self'" : `'self' ${apiOrigin}`;
  return [
    `script-src ${sources}`,
    `connect-src ${sources}`,
    `img-src ${sources} data:`,
    `worker-src ${sources} blob:`,
  ];
}

/**
 * The sources a host page adds for the iframe variant: the frame, and the optional resizer
 * script (/embed/host.js) when the page uses it.
 */
export function iframeDirectives(apiOrigin: string, resizer: boolean): string[] {
  return [`frame-src 'self' ${apiOrigin}`, ...(resizer ? [`script-src 'self' ${apiOrigin}`] : [])];
}

/**
 * The policy of the API's own HTML pages (demo pages; /embed adds none, so any site may frame it):
 * the finder's policy, frames only from this origin (the iframe demo), framed by no one.
 */
export function pageCsp(): string {
  return `${widgetCsp("'self'")}; frame-src 'self'; frame-ancestors 'none'; form-action 'self'`;
}

/**
 * The admin app's policy (/admin): its own origin only, no inline script or style, framed by no
 * one. `data:` in connect-src: Shoelace fetches its built-in icons (close, chevrons) from data:
 * URIs; blob: workers and images: MapLibre (the map picker) runs its worker from a blob: URL.
 */
export function adminCsp(): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self' data:",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}
