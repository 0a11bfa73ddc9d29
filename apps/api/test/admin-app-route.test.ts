import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createSchema, createYoga } from "graphql-yoga";
import { describe, expect, it } from "vitest";
import { adminApp } from "../src/http/admin-app.ts";
import { securityHeaders } from "../src/http/security-headers.ts";

/** A built admin app in a temporary folder: index.html and one hashed chunk. */
function fakeBuild() {
  const dir = mkdtempSync(path.join(tmpdir(), "kausa-admin-"));
  mkdirSync(path.join(dir, "assets"));
  writeFileSync(
    path.join(dir, "index.html"),
    '<!doctype html><html lang="de"><head><script type="module" src="/admin/assets/index-abc123.js"></script></head><body><kausa-admin-app></kausa-admin-app></body></html>',
  );
  writeFileSync(path.join(dir, "assets", "index-abc123.js"), `export const app = "${"x".repeat(4000)}";`);
  return dir;
}

function appFor(dir: string) {
  return createYoga({
    schema: createSchema({ typeDefs: "type Query { ok: Boolean }" }),
    plugins: [securityHeaders(), adminApp(dir)],
    logging: false,
  });
}

describe("the admin app's route (/admin)", () => {
  const yoga = appFor(fakeBuild());
  const get = (url: string, init: RequestInit = {}) => yoga.fetch(`http://localhost${url}`, init);

  it("serves index.html for the app's paths under a strict CSP, not cached, never framed", async () => {
    for (const url of ["/admin", "/admin/contact-points/abc", "/admin/review"]) {
      const response = await get(url);
      expect(response.status, url).toBe(200);
      expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
      expect(await response.text()).toContain("<kausa-admin-app>");
      expect(response.headers.get("cache-control")).toBe("no-cache");
      const csp = response.headers.get("content-security-policy") ?? "";
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("style-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).not.toMatch(/unsafe|https?:|\*/);
      expect(response.headers.get("x-frame-options")).toBe("DENY");
    }
  });

  it("caches hashed chunks for a year and compresses them", async () => {
    const response = await get("/admin/assets/index-abc123.js", { headers: { "accept-encoding": "br" } });
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(response.headers.get("content-encoding")).toBe("br");
    expect(response.headers.get("content-type")).toBe("text/javascript; charset=utf-8");
  });

  it("answers unknown chunks with 404, other methods with 405, trailing slashes with a redirect", async () => {
    expect((await get("/admin/assets/nothing-here.js")).status).toBe(404);
    expect((await get("/admin/assets/..%2F..%2Fpackage.json")).status).toBe(404);
    const post = await get("/admin", { method: "POST", body: "x" });
    expect(post.status).toBe(405);
    expect(post.headers.get("allow")).toBe("GET, HEAD");
    const slash = await get("/admin/review/");
    expect(slash.status).toBe(308);
    expect(slash.headers.get("location")).toBe("/admin/review");
  });

  it("says how to build the app when it is not built, and leaves other paths alone", async () => {
    const empty = appFor(mkdtempSync(path.join(tmpdir(), "kausa-admin-empty-")));
    const response = await empty.fetch("http://localhost/admin");
    expect(response.status).toBe(404);
    expect(await response.text()).toContain("pnpm build");
    expect((await get("/administration")).status).toBe(404);
  });
});
