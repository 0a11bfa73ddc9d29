import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { schema } from "@kausa/schema";
import { createYoga } from "graphql-yoga";
import { describe, expect, it } from "vitest";
import { createApp } from "../src/app.ts";
import { responseSizeLimit } from "../src/security/response-size.ts";
import { useTestApp } from "./support/test-app.ts";

const { ctx, gql } = useTestApp();
const get = (path: string, headers: Record<string, string> = {}) =>
  ctx.yoga.fetch(`http://localhost${path}`, { headers });

describe("security headers", () => {
  it.each([
    ["/"],
    ["/demo/index.html"],
    ["/demo/iframe.html"],
    ["/demo/strict-csp.html"],
    ["/embed?region=nordthueringen"],
  ])("%s is an HTML page with a CSP, nosniff and a referrer policy", async (path) => {
    const response = await get(path);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("text/html");
    const csp = response.headers.get("content-security-policy") ?? "";
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toContain("unsafe-inline");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
  });

  it("lets other sites frame /embed only", async () => {
    const embed = await get("/embed?region=nordthueringen");
    expect(embed.headers.get("content-security-policy")).not.toContain("frame-ancestors");
    expect(embed.headers.get("x-frame-options")).toBeNull();
    for (const path of ["/", "/demo/iframe.html", "/demo/strict-csp.html"]) {
      const page = await get(path);
      expect(page.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
    }
    expect((await get("/")).headers.get("x-frame-options")).toBe("DENY");
    // The iframe demo frames /embed from this origin.
    expect((await get("/demo/iframe.html")).headers.get("content-security-policy")).toContain(
      "frame-src 'self'",
    );
  });

  it.each([
    ["/graphql?query=%7B__typename%7D"],
    ["/health"],
    ["/ready"],
    ["/widget/kausa-widget.js"],
    ["/map/contact-points.geojson"],
    ["/nowhere"],
  ])("%s says nosniff and names no library or version", async (path) => {
    const response = await get(path);
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
    for (const [name, value] of response.headers) {
      expect(`${name}: ${value}`).not.toMatch(/yoga|envelop|node\.js|express|\d+\.\d+\.\d+/i);
    }
  });
});

describe("GraphiQL", () => {
  const page = (headers: Record<string, string> = {}) => get("/graphql", { accept: "text/html", ...headers });

  it("is served from this origin only, with its inline code allowed by hash on this page alone", async () => {
    const response = await page();
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain("YogaGraphiQL");
    expect(html).not.toMatch(/<script[^>]+src="https?:|<link[^>]+href="https?:|unpkg|jsdelivr/);
    const csp = response.headers.get("content-security-policy") ?? "";
    expect(csp).toMatch(/script-src 'self' 'sha256-[A-Za-z0-9+/]+=*'/);
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp).toContain("connect-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
  });

  it("is sent compressed and revalidated by ETag", async () => {
    const plain = await page();
    const size = (await plain.arrayBuffer()).byteLength;
    expect(size).toBeGreaterThan(5_000_000);

    const br = await page({ "accept-encoding": "gzip, deflate, br" });
    expect(br.headers.get("content-encoding")).toBe("br");
    const brBytes = Buffer.from(await br.arrayBuffer());
    expect(brBytes.byteLength).toBeLessThan(size / 3);
    expect(brotliDecompressSync(brBytes).byteLength).toBe(size);

    const gzip = await page({ "accept-encoding": "gzip" });
    expect(gzip.headers.get("content-encoding")).toBe("gzip");
    expect(gunzipSync(Buffer.from(await gzip.arrayBuffer())).byteLength).toBe(size);

    const etag = br.headers.get("etag") ?? "";
    expect(etag).toMatch(/^".+"$/);
    const again = await page({ "if-none-match": etag });
    expect(again.status).toBe(304);
  });

  it("can be switched off", async () => {
    const yoga = createApp({ db: ctx.db, rateLimit: false, graphiql: false });
    const response = await yoga.fetch("http://localhost/graphql", { headers: { accept: "text/html" } });
    expect(await response.text()).not.toContain("YogaGraphiQL");
  });
});

describe("introspection and field suggestions", () => {
  it("are on by default for developers", async () => {
    const result = await gql("{ __schema { queryType { name } } }");
    expect(result.data.__schema.queryType.name).toBe("Query");
    const typo = await gql("{ regoins { key } }");
    expect(typo.errors?.[0]?.message).toContain("Did you mean");
  });

  it("can be switched off by configuration", async () => {
    const yoga = createApp({ db: ctx.db, rateLimit: false, introspection: false, fieldSuggestions: false });
    const post = async (query: string) => {
      const response = await yoga.fetch("http://localhost/graphql", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query }),
      });
      return { status: response.status, body: (await response.json()) as { errors?: { message: string }[] } };
    };
    const introspection = await post("{ __schema { queryType { name } } }");
    expect(introspection.status).toBe(400);
    expect(introspection.body.errors?.[0]?.message).toContain("introspection");
    const typo = await post("{ regoins { key } }");
    expect(typo.status).toBe(400);
    expect(typo.body.errors?.[0]?.message).not.toContain("Did you mean");
    // Ordinary queries still work.
    expect((await post("{ regions { key } }")).status).toBe(200);
  });
});

describe("response size", () => {
  it("refuses an answer over the limit with a clear 400, and lets one under it through", async () => {
    const yoga = createYoga({
      schema,
      context: () => ({ db: ctx.db, locale: "de" }),
      plugins: [responseSizeLimit(30_000)],
    });
    const post = async (query: string) => {
      const response = await yoga.fetch("http://localhost/graphql", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query }),
      });
      return { status: response.status, text: await response.text() };
    };
    const small = await post("{ regions { key name } }");
    expect(small.status).toBe(200);
    const outlines = await post("{ districts { boundary } }");
    expect(outlines.status).toBe(400);
    expect(outlines.text).toContain("RESPONSE_TOO_LARGE");
    expect(outlines.text).toContain("the limit is 30 KB");
    expect(outlines.text).not.toContain("coordinates");
  });
});
