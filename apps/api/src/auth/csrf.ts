import { useCSRFPrevention } from "@graphql-yoga/plugin-csrf-prevention";
import type { Plugin } from "graphql-yoga";
import { hasSessionCookie } from "./session-cookie.ts";

/** The header that makes a GET (or a form-typed POST) with the session cookie non-simple. */
export const CSRF_HEADER = "x-graphql-yoga-csrf";

/**
 * Whether a request with the session cookie comes from the admin app: its `Origin`, or — for
 * the same-origin GETs where browsers leave Origin out — `Sec-Fetch-Site: same-origin`. The
 * cookie of any other request is ignored (the request is anonymous).
 */
export function fromAdminOrigin(request: Request, adminOrigin: string): boolean {
  const origin = request.headers.get("origin");
  if (origin) return origin === adminOrigin;
  return request.headers.get("sec-fetch-site") === "same-origin";
}

/**
 * A browser request from another site (login CSRF: a foreign page logging the visitor into an
 * account of the attacker's). Requests without Origin and Sec-Fetch-Site are not from a browser
 * page (scripts, curl) and pass.
 */
export function fromForeignBrowserOrigin(request: Request, adminOrigin: string): boolean {
  const origin = request.headers.get("origin");
  if (origin) return origin !== adminOrigin;
  const site = request.headers.get("sec-fetch-site");
  return !!site && site !== "same-origin" && site !== "none";
}

/**
 * Yoga's CSRF prevention, for requests that carry the session cookie only: they must not be
 * "simple" (a GET without a custom header, a form POST), which browsers send cross-site without
 * a CORS preflight. Anonymous requests — the public API — are untouched.
 */
export function csrfForSessionCookies(): Plugin {
  const inner = useCSRFPrevention({ requestHeaders: [CSRF_HEADER] });
  return {
    onRequestParse(payload) {
      if (!hasSessionCookie(payload.request.headers.get("cookie"))) return;
      return inner.onRequestParse?.(payload);
    },
  };
}
