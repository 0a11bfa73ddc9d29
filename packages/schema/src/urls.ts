/**
 * Only http(s) URLs leave the API: a `javascript:` or `data:` URL entered by mistake (or on
 * purpose) would otherwise run on every website that embeds the finder.
 */
export function httpUrl(value: string | null | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    return url.protocol === "https:" || url.protocol === "http:" ? value : null;
  } catch {
    return null;
  }
}
