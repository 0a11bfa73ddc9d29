import { createHash } from "node:crypto";

type FetchAPI = { Response: typeof Response };

/** A refusal or "not found" as one line of plain text: people open these links, not programs. */
export function textError(fetchAPI: FetchAPI, status: number, message: string, headers = {}): Response {
  return new fetchAPI.Response(`${message}\n`, {
    status,
    headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store", ...headers },
  });
}

/**
 * `attachment` with an ASCII file name for old clients and the exact UTF-8 one in `filename*`
 * (RFC 6266): "Beratungsstelle Gößnitz" → filename="Beratungsstelle-Goessnitz.vcf".
 */
export function attachment(title: string, extension: string, fallback: string): string {
  const ascii = asciiFileName(title) || fallback;
  const exact =
    Array.from(
      title
        .replace(/[\p{Cc}/\\:*?"<>|]+/gu, " ")
        .replace(/\s+/g, " ")
        .trim(),
    )
      .slice(0, 80)
      .join("")
      .trim() || fallback;
  return `attachment; filename="${ascii}.${extension}"; filename*=UTF-8''${rfc5987(`${exact}.${extension}`)}`;
}

const GERMAN: Record<string, string> = { ä: "ae", ö: "oe", ü: "ue", Ä: "Ae", Ö: "Oe", Ü: "Ue", ß: "ss" };

export function asciiFileName(title: string): string {
  return title
    .replace(/[äöüÄÖÜß]/g, (c) => GERMAN[c] ?? c)
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^A-Za-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "");
}

/** RFC 5987 value-chars: encodeURIComponent leaves ' ( ) * ! as they are, which attr-char does not allow. */
function rfc5987(value: string): string {
  return encodeURIComponent(value).replace(
    /['()*!]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/**
 * A file of the public directory: CORS for every origin (no credentials), an ETag from the body so
 * an unchanged file costs a 304, and a short public max-age — the files are built from the data
 * on every request, so once it expires a change shows at once (nothing to invalidate).
 */
export function fileResponse(
  fetchAPI: FetchAPI,
  request: Request,
  file: { body: string; contentType: string; disposition?: string; maxAgeSeconds: number },
): Response {
  const etag = `"${createHash("sha1").update(file.body).digest("base64url")}"`;
  const headers: Record<string, string> = {
    "content-type": file.contentType,
    "cache-control": `public, max-age=${file.maxAgeSeconds}`,
    etag,
    // `lang` may be absent: then Accept-Language chose the texts' language.
    vary: "Accept-Encoding, Accept-Language",
    "access-control-allow-origin": "*",
    "access-control-expose-headers": "ETag, Content-Disposition",
    ...(file.disposition ? { "content-disposition": file.disposition } : {}),
  };
  const ifNoneMatch = request.headers.get("if-none-match");
  if (ifNoneMatch?.split(",").some((tag) => tag.trim().replace(/^W\//, "") === etag)) {
    return new fetchAPI.Response(null, { status: 304, headers });
  }
  return new fetchAPI.Response(request.method === "HEAD" ? null : file.body, { status: 200, headers });
}
