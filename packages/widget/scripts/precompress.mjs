// Writes name.br and name.gz next to every text file of the build, at the highest settings: the
// API serves them by Accept-Encoding (apps/api/src/http/static-files.ts) and compresses nothing
// per request. Files under 1 KB are left alone (the headers would eat the gain).
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

// The directory: the first argument (the admin app reuses this script), else the widget's dist.
const dist = path.resolve(process.argv[2] ?? path.join(import.meta.dirname, "../dist"));
const TEXT = /\.(js|mjs|json|css|html|svg)$/;

function* files(dir) {
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) yield* files(full);
    else if (TEXT.test(name)) yield full;
  }
}

let count = 0;
for (const file of files(dist)) {
  const body = readFileSync(file);
  if (body.byteLength < 1024) continue;
  writeFileSync(
    `${file}.br`,
    brotliCompressSync(body, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.byteLength },
    }),
  );
  writeFileSync(`${file}.gz`, gzipSync(body, { level: 9 }));
  count++;
}
console.log(`[precompress] ${count} files → .br and .gz`);
