// The copy-ready code for both variants, from the editor's choices. Plain functions of the
// configuration (no DOM), so what the page shows is exactly what a host page gets.

/** The finder's attributes in the documented order; defaults (view both, 20 per page) left out. */
export function finderAttributes(config) {
  const attributes = [];
  if (config.area) {
    const [kind, key] = config.area.split(":");
    attributes.push([kind, key]);
  }
  for (const name of ["services", "languages", "target-groups"])
    if (config[name].length) attributes.push([name, config[name].join(",")]);
  if (config.ruralOnly) attributes.push(["rural-only", ""]);
  if (config.view !== "both") attributes.push(["view", config.view]);
  if (config.locked.length) attributes.push(["locked", config.locked.join(",")]);
  if (config.lang) attributes.push(["lang", config.lang]);
  if (config.pageSize !== 20) attributes.push(["page-size", String(config.pageSize)]);
  return attributes;
}

const escapeAttribute = (value) => value.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");

/** The /embed address: the same options as query parameters, plus the colours. */
export function embedUrl(origin, config) {
  const params = new URLSearchParams();
  for (const [name, value] of finderAttributes(config))
    params.set(name, name === "rural-only" ? "true" : value);
  for (const [name, value] of Object.entries(config.colours)) params.set(name, value);
  const query = params.toString();
  return `${origin}/embed${query ? `?${query}` : ""}`;
}

const cssBlock = (selector, lines) => `${selector} {\n${lines.map((line) => `  ${line};`).join("\n")}\n}`;

const policyLines = (directives, origin) =>
  directives.map((directive) => `${directive.replaceAll("https://API-HOST", origin)};`).join("\n");

export const FRAME_CLASS = "kausa-finder-frame";
export const FRAME_TITLE = "Anlaufstellen zur Ausbildung (KAUSA Thüringen)";

/**
 * Everything the editor copies. `csp` holds the policy lines of the API (options.json), with
 * https://API-HOST standing for the API's origin.
 */
export function buildSnippets(origin, config, csp) {
  const attributes = finderAttributes(config)
    .map(([name, value]) => (name === "rural-only" ? name : `${name}="${escapeAttribute(value)}"`))
    .join(" ");
  const colours = Object.entries(config.colours).map(([name, value]) => `--kausa-${name}: ${value}`);
  const iframe = [
    `<iframe class="${FRAME_CLASS}" src="${escapeAttribute(embedUrl(origin, config))}"`,
    `        title="${FRAME_TITLE}" loading="lazy"></iframe>`,
  ];
  if (config.resizer) iframe.push(`<script type="module" src="${origin}/embed/host.js"></script>`);
  return {
    "script-html": [
      `<script type="module" src="${origin}/widget/kausa-widget.js"></script>`,
      `<kausa-finder${attributes ? ` ${attributes}` : ""}></kausa-finder>`,
    ].join("\n"),
    "script-css": colours.length
      ? cssBlock("kausa-finder", colours)
      : "/* Standardfarben: kein CSS nötig. */",
    "script-csp": policyLines(csp.script, origin),
    "iframe-html": iframe.join("\n"),
    "iframe-css": cssBlock(`iframe.${FRAME_CLASS}`, [
      "display: block",
      "width: 100%",
      "min-height: 40rem",
      "border: 0",
    ]),
    "iframe-csp": policyLines(config.resizer ? csp.iframeWithResizer : csp.iframe, origin),
  };
}
