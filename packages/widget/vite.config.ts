import { defineConfig } from "vite";

// Builds the embeddable bundle: dist/kausa-widget.js (stable name, short cache) and hashed
// chunks in dist/assets/ (long cache): the map with MapLibre, its worker, and the languages.
// Not Vite's library mode: that inlines every asset, and MapLibre's worker must stay a file.
export default defineConfig({
  base: "./",
  build: {
    target: "es2022",
    outDir: "dist",
    emptyOutDir: true,
    sourcemap: true,
    minify: true,
    modulePreload: false,
    assetsInlineLimit: 0,
    rollupOptions: {
      input: "src/kausa-widget.ts",
      preserveEntrySignatures: "exports-only",
      output: {
        entryFileNames: "kausa-widget.js",
        chunkFileNames: "assets/[name]-[hash].js",
        assetFileNames: "assets/[name]-[hash][extname]",
      },
    },
  },
});
