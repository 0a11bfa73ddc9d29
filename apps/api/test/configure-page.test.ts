import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { THEME_COLOURS } from "../src/http/configure/embed-theme.ts";
import type { ConfigureOptions } from "../src/http/configure/options.ts";
import { widgetCsp } from "../src/http/csp.ts";
import { useTestApp } from "./support/test-app.ts";

const { ctx, gql } = useTestApp();
const get = (pathAndQuery: string) => ctx.yoga.fetch(`http://localhost${pathAndQuery}`);

describe("GET /configure", () => {
  it("is a German page under the strict policy: scripts only as files from this origin, not framable", async () => {
    const response = await get("/configure");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("text/html");
    const csp = response.headers.get("content-security-policy") ?? "";
    expect(csp).toContain("script-src 'self';");
    expect(csp).toContain("style-src 'self';");
    expect(csp).toContain("frame-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);
    const html = await response.text();
    expect(html).toContain('<html lang="de">');
    // No inline script or style: every script is a file, no style attribute anywhere.
    expect(html.match(/<script\b[^>]*>/g)).toEqual(['<script type="module" src="/configure/configure.js">']);
    expect(html).not.toMatch(/\sstyle=/);
    expect(html).not.toContain("<style");
    // Nothing from another host.
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
  });

  it.each([
    "/configure/configure.js",
    "/configure/snippets.js",
    "/configure/contrast.js",
    "/configure/configure.css",
  ])("serves %s", async (file) => {
    const response = await get(file);
    expect(response.status).toBe(200);
    expect(await response.text()).not.toMatch(/https?:\/\/(?!API-HOST)[a-z]/);
  });

  it("lists the regions and districts the API filters by, with German names", async () => {
    const options = (await (await get("/configure/options.json")).json()) as ConfigureOptions;
    const { data } = await gql("{ regions { key name districts { key } } }");
    const keys = (regions: { key: string; districts: { key: string }[] }[]) =>
      Object.fromEntries(regions.map((r) => [r.key, r.districts.map((d) => d.key).sort()]));
    expect(keys(options.regions)).toEqual(keys(data.regions));
    expect(options.regions).toHaveLength(4);
    expect(options.regions.map((r) => r.name)).toContain("Südwestthüringen");
    expect(options.services).toContainEqual({ value: "MATCHING", label: "Vermittlung in Ausbildung" });
    expect(options.targetGroups).toContainEqual({ value: "REFUGEES", label: "Geflüchtete" });
  });

  it("gives the documented policy lines for both variants", async () => {
    const { csp } = (await (await get("/configure/options.json")).json()) as ConfigureOptions;
    const origin = "https://API-HOST";
    for (const line of csp.script) expect(widgetCsp(origin)).toContain(line);
    expect(csp.script).toHaveLength(4);
    const docs = readFileSync(path.join(import.meta.dirname, "../../../docs/widget.md"), "utf8");
    for (const line of csp.script) expect(docs).toContain(`${line};`);
    expect(csp.iframe).toEqual([`frame-src 'self' ${origin}`]);
    expect(csp.iframeWithResizer).toEqual([`frame-src 'self' ${origin}`, `script-src 'self' ${origin}`]);
  });

  it("offers the colours with the defaults the finder documents", async () => {
    const { colours } = (await (await get("/configure/options.json")).json()) as ConfigureOptions;
    const source = readFileSync(
      path.join(import.meta.dirname, "../../../packages/widget/src/components/finder/finder.component.ts"),
      "utf8",
    );
    expect(colours).toHaveLength(THEME_COLOURS.length);
    for (const colour of colours) {
      const documented = source.match(
        new RegExp(`--kausa-${colour.name} - .*\\(default (#[0-9a-f]+)\\)`),
      )?.[1];
      // "#fff" in the docs is "#ffffff" for <input type=color>.
      expect(documented?.replace(/^#(.)(.)(.)$/, "#$1$1$2$2$3$3"), colour.name).toBe(colour.default);
    }
  });
});

describe("colours in the iframe variant", () => {
  it("links a theme stylesheet from this origin, with only hex colours", async () => {
    const page = await (await get("/embed?region=nordthueringen&primary=%231B5E20&text=red;}body{x")).text();
    expect(page).toContain('<link rel="stylesheet" href="/embed/theme.css?primary=%231b5e20" />');
    const css = await get("/embed/theme.css?primary=%231b5e20&surface=%23fafafa&focus=url(x)");
    expect(css.headers.get("content-type")).toContain("text/css");
    expect(await css.text()).toBe(
      "kausa-finder {\n  --kausa-primary: #1b5e20;\n  --kausa-surface: #fafafa;\n}\n",
    );
  });

  it("links no theme without colours", async () => {
    expect(await (await get("/embed?region=nordthueringen")).text()).not.toContain("theme.css");
  });
});
