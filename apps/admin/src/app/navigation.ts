/**
 * In-app navigation without a page load. Links (<a href="/admin/…">) are handled by the router
 * itself; code that navigates after an action (a save, a login) calls `navigate`.
 */
export const NAVIGATE_EVENT = "kausa-navigate";

export function navigate(path: string, options: { replace?: boolean } = {}) {
  window.dispatchEvent(
    new CustomEvent(NAVIGATE_EVENT, { detail: { path, replace: options.replace ?? false } }),
  );
}

/** The app's own paths all start here (the API serves the app at /admin). */
export const BASE = "/admin";
export const adminPath = (path = "") => `${BASE}${path.startsWith("/") || path === "" ? path : `/${path}`}`;
