/**
 * The API's origin: where this script was loaded from (https://API-HOST/widget/…), unless the
 * embedder names another with the `api` attribute.
 */
export function apiOrigin(override?: string | null): string {
  if (override) return new URL(override, document.baseURI).origin;
  return new URL(import.meta.url).origin;
}
