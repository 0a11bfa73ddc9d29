import path from "node:path";
import { defineConfig } from "vite";

// The admin app as static files served by the API at /admin/: index.html (revalidated on every
// load) and hashed chunks in assets/ (cached for a year). No inline script or style anywhere:
// /admin runs under a strict Content-Security-Policy (apps/api/src/http/admin-app.ts).
export default defineConfig({
  base: "/admin/",
  build: {
    target: "es2022",
    outDir: process.env.ADMIN_DIST_DIR ? path.resolve(process.env.ADMIN_DIST_DIR) : "dist",
    emptyOutDir: true,
    sourcemap: true,
    // Vite's preload polyfill is an inline script; every browser we support has modulepreload.
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 1200,
  },
});
