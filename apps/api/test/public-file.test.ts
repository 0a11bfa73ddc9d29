import { brotliDecompressSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { freshBody, keptBody, publicFileResponse } from "../src/http/public-file.ts";

// The one answer shape of the public files (map layers, calendar and contact files).

const fetchAPI = { Response };
const request = (headers: Record<string, string> = {}, method = "GET") =>
  new Request("http://localhost/file", { method, headers });
const CALENDAR = {
  contentType: "text/calendar; charset=utf-8",
  cacheControl: "public, max-age=60",
  varyAlso: ["Accept-Language"],
  exposeAlso: ["Content-Disposition"],
  extra: { "content-disposition": 'attachment; filename="termin.ics"' },
};
const LARGE = `BEGIN:VCALENDAR\r\n${"SUMMARY:Infoabend\r\n".repeat(200)}END:VCALENDAR\r\n`;

describe("publicFileResponse", () => {
  it("sends the body with its ETag, CORS, Cache-Control, Vary and the route's own headers", async () => {
    const body = freshBody("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n");
    const response = await publicFileResponse(fetchAPI, request(), body, CALENDAR);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe(body.text);
    expect(Object.fromEntries(response.headers)).toEqual({
      "content-type": "text/calendar; charset=utf-8",
      "cache-control": "public, max-age=60",
      etag: body.etag,
      vary: "Accept-Encoding, Accept-Language",
      "access-control-allow-origin": "*",
      "access-control-expose-headers": "ETag, Content-Disposition",
      "content-disposition": 'attachment; filename="termin.ics"',
    });
    expect(body.etag).toMatch(/^"[\w-]+"$/);
  });

  it("answers a matching If-None-Match, weak or among others, with a 304 and the same headers", async () => {
    const body = freshBody(LARGE);
    for (const tag of [body.etag, `W/${body.etag}`, `"other", W/${body.etag}`]) {
      const response = await publicFileResponse(fetchAPI, request({ "if-none-match": tag }), body, CALENDAR);
      expect(response.status).toBe(304);
      expect(await response.text()).toBe("");
      expect(response.headers.get("etag")).toBe(body.etag);
      expect(response.headers.get("content-disposition")).toBe(CALENDAR.extra["content-disposition"]);
    }
    const other = await publicFileResponse(fetchAPI, request({ "if-none-match": '"other"' }), body, CALENDAR);
    expect(other.status).toBe(200);
  });

  it("leaves a fresh body uncompressed: the compression plugin compresses it per response", async () => {
    const response = await publicFileResponse(
      fetchAPI,
      request({ "accept-encoding": "br" }),
      freshBody(LARGE),
      CALENDAR,
    );
    expect(response.headers.get("content-encoding")).toBeNull();
    expect(await response.text()).toBe(LARGE);
  });

  it("sends a kept body compressed, with a weak ETag, and a small one as it is", async () => {
    const body = keptBody(LARGE);
    const response = await publicFileResponse(fetchAPI, request({ "accept-encoding": "br" }), body, CALENDAR);
    expect(response.headers.get("content-encoding")).toBe("br");
    expect(response.headers.get("etag")).toBe(`W/${body.etag}`);
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect(response.headers.get("content-length")).toBe(String(bytes.byteLength));
    expect(brotliDecompressSync(bytes).toString("utf8")).toBe(LARGE);

    const small = keptBody("{}");
    const plain = await publicFileResponse(fetchAPI, request({ "accept-encoding": "br" }), small, CALENDAR);
    expect(plain.headers.get("content-encoding")).toBeNull();
    expect(plain.headers.get("etag")).toBe(small.etag);
    expect(await plain.text()).toBe("{}");
  });

  it("answers HEAD without a body", async () => {
    const response = await publicFileResponse(
      fetchAPI,
      request({ "accept-encoding": "br" }, "HEAD"),
      keptBody(LARGE),
      CALENDAR,
    );
    expect(response.status).toBe(200);
    expect(await response.text()).toBe("");
    expect(response.headers.get("etag")).toMatch(/^"/);
  });
});

describe("keptBody", () => {
  it("compresses each encoding once, also for requests that arrive together", async () => {
    const body = keptBody(LARGE);
    const [br, brToo] = await Promise.all([body.compressed?.("br"), body.compressed?.("br")]);
    expect(br).toBeInstanceOf(Uint8Array);
    expect(brToo).toBe(br);
    expect(await body.compressed?.("br")).toBe(br);
    const gzip = await body.compressed?.("gzip");
    expect(gzip).not.toEqual(br);
    expect(await body.compressed?.("gzip")).toBe(gzip);
  });
});
