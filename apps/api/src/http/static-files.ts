import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";

const TYPES: Record<string, string> = {
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
};

export interface StaticFile {
  body: Buffer;
  type: string;
  etag: string;
}

/** Reads a file below `root` by a plain name (no traversal), cached in memory after the first read. */
export function staticFiles(root: string) {
  const cache = new Map<string, StaticFile | null>();
  return async (relative: string): Promise<StaticFile | null> => {
    if (!/^[A-Za-z0-9_-][A-Za-z0-9._/-]*$/.test(relative) || relative.includes("..")) return null;
    if (cache.has(relative)) return cache.get(relative) ?? null;
    const file = path.join(root, relative);
    let result: StaticFile | null = null;
    try {
      const body = await readFile(file);
      result = {
        body,
        type: TYPES[path.extname(file)] ?? "application/octet-stream",
        etag: `"${createHash("sha1").update(body).digest("base64url")}"`,
      };
    } catch {
      result = null;
    }
    cache.set(relative, result);
    return result;
  };
}
