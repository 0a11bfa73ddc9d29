import { freshBody, publicFileResponse } from "../public-file.ts";

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
 * A calendar or contact file (public-file.ts) with a short public max-age: the files are built
 * from the data on every request, so once it expires a change shows at once (nothing to
 * invalidate).
 */
export function fileResponse(
  fetchAPI: FetchAPI,
  request: Request,
  file: { body: string; contentType: string; disposition?: string; maxAgeSeconds: number },
): Promise<Response> {
  return publicFileResponse(fetchAPI, request, freshBody(file.body), {
    contentType: file.contentType,
    cacheControl: `public, max-age=${file.maxAgeSeconds}`,
    // `lang` may be absent: then Accept-Language chose the texts' language.
    varyAlso: ["Accept-Language"],
    exposeAlso: ["Content-Disposition"],
    extra: file.disposition ? { "content-disposition": file.disposition } : {},
  });
}
