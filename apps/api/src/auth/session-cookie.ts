/** The browser session's cookie: an opaque random value; the server stores only its SHA-256. */
export const SESSION_COOKIE = "kausa_session";

/** The session cookie's value in a Cookie header, or undefined. */
export function sessionCookieValue(cookieHeader: string | null): string | undefined {
  if (!cookieHeader) return undefined;
  for (const part of cookieHeader.split(";")) {
    const eq = part.indexOf("=");
    if (eq < 0 || part.slice(0, eq).trim() !== SESSION_COOKIE) continue;
    const value = part.slice(eq + 1).trim();
    // Our values are base64url; anything else is not ours (and never reaches a store).
    return /^[\w-]{20,100}$/.test(value) ? value : undefined;
  }
  return undefined;
}

/** Whether the request carries the session cookie at all (valid or not): CSRF rules apply then. */
export function hasSessionCookie(cookieHeader: string | null): boolean {
  return (
    !!cookieHeader && cookieHeader.split(";").some((part) => part.split("=")[0]?.trim() === SESSION_COOKIE)
  );
}

/**
 * `Secure` unless the admin app runs on http://localhost or 127.0.0.1 (development: browsers
 * treat those as secure contexts, but a Secure cookie over plain http would not be sent back).
 */
export function cookieMayBeInsecure(adminOrigin: string): boolean {
  const url = new URL(adminOrigin);
  return url.protocol === "http:" && ["localhost", "127.0.0.1", "[::1]"].includes(url.hostname);
}

function attributes(secure: boolean): string {
  return `Path=/; HttpOnly;${secure ? " Secure;" : ""} SameSite=Strict`;
}

/** A session cookie without Max-Age: gone when the browser closes; the server ends it anyway. */
export function setSessionCookie(value: string, secure: boolean): string {
  return `${SESSION_COOKIE}=${value}; ${attributes(secure)}`;
}

export function clearSessionCookie(secure: boolean): string {
  return `${SESSION_COOKIE}=; ${attributes(secure)}; Max-Age=0`;
}
