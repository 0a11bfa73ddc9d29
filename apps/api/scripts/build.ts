/**
 * Builds the server into apps/api/dist/server.js, to be run with plain `node` from any directory.
 *
 * esbuild bundles our own TypeScript: apps/api/src and the workspace packages (@kausa/db,
 * @kausa/schema, @kausa/geo, @kausa/widget/dist-path), which export .ts sources node cannot load.
 * Everything from node_modules stays external and is loaded by node as usual, so Prisma's query
 * compiler (wasm), PGlite's data files and native add-ons are found where they are installed.
 * Two details keep the bundle working from another directory (see the plugins below):
 * - `import.meta.url` in each bundled file still means that file's original location (the
 *   repository root, the migrations, the public folder, the widget's dist are found from it);
 * - imports of npm packages point at their real location in node_modules, because a bare name
 *   would be looked up from apps/api/, where pnpm does not link other packages' dependencies.
 */
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { isBuiltin } from "node:module";
import path from "node:path";
import { build, type Plugin } from "esbuild";

const apiDir = path.resolve(import.meta.dirname, "..");
const outdir = path.join(apiDir, "dist");

/** A specifier for `target` relative to the bundle, as ESM wants it ("./" or "../", slashes). */
function fromBundle(target: string): string {
  const relative = path.relative(outdir, target).split(path.sep).join("/");
  return relative.startsWith(".") ? relative : `./${relative}`;
}

/** Rewrites `import.meta.url` (and .dirname/.filename) to the original file's location. */
const originalFileLocation: Plugin = {
  name: "original-file-location",
  setup(b) {
    b.onLoad({ filter: /\.[cm]?ts$/ }, async (args) => {
      if (args.path.includes(`${path.sep}node_modules${path.sep}`)) return undefined;
      const source = await readFile(args.path, "utf8");
      if (!source.includes("import.meta.")) return { contents: source, loader: "ts" };
      // Resolved against the bundle's own URL at run time, so the repository may move as a whole.
      const header =
        `import { fileURLToPath as __kausaFileURLToPath } from "node:url";\n` +
        `const __kausaFileUrl = new URL(${JSON.stringify(fromBundle(args.path))}, import.meta.url).href;\n`;
      const contents = source
        .replace(/\bimport\.meta\.url\b/g, "__kausaFileUrl")
        .replace(/\bimport\.meta\.filename\b/g, "__kausaFileURLToPath(__kausaFileUrl)")
        .replace(/\bimport\.meta\.dirname\b/g, '__kausaFileURLToPath(new URL(".", __kausaFileUrl))');
      return { contents: header + contents, loader: "ts" };
    });
  },
};

/** Bundles workspace sources; points imports of installed packages at their resolved files. */
const installedPackagesExternal: Plugin = {
  name: "installed-packages-external",
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, async (args) => {
      if (args.pluginData === "resolving") return undefined;
      if (isBuiltin(args.path)) return { path: args.path, external: true };
      const resolved = await b.resolve(args.path, {
        kind: args.kind,
        importer: args.importer,
        resolveDir: args.resolveDir,
        pluginData: "resolving",
      });
      if (resolved.errors.length > 0) return { errors: resolved.errors };
      if (!resolved.path.includes(`${path.sep}node_modules${path.sep}`)) return resolved;
      return { path: fromBundle(resolved.path), external: true };
    });
  },
};

const result = await build({
  entryPoints: [path.join(apiDir, "src/server.ts")],
  outdir,
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  // Resolve packages as node does: no "module" condition or field that node would ignore.
  conditions: [],
  mainFields: ["main"],
  // Stack traces in logs can name the original .ts files (node --enable-source-maps).
  sourcemap: "linked",
  sourcesContent: false,
  plugins: [installedPackagesExternal, originalFileLocation],
  logLevel: "warning",
  metafile: true,
  write: false,
});
// Each file is replaced in one step (write aside, rename), so a server starting while this build
// runs (tests run builds side by side) reads either the old or the new file, never half of one.
await mkdir(outdir, { recursive: true });
for (const file of result.outputFiles) {
  const temporary = `${file.path}.${process.pid}.tmp`;
  await writeFile(temporary, file.contents);
  await rename(temporary, file.path);
}
const inputs = Object.keys(result.metafile.inputs).length;
console.log(
  `[build] ${path.relative(process.cwd(), path.join(outdir, "server.js"))} from ${inputs} source files`,
);
