import { createHash, randomBytes } from "node:crypto";

/**
 * Random secrets (session cookies, API tokens, set-password links): 32 random bytes, base64url.
 * Only their SHA-256 is stored, so a copy of the database opens nothing. A prefix says what a
 * secret is when it turns up in a log or a paste ("kausa_at_…" is an API token).
 */
export function newSecret(prefix = ""): string {
  return `${prefix}${randomBytes(32).toString("base64url")}`;
}

export function hashSecret(secret: string): string {
  return createHash("sha256").update(secret).digest("hex");
}

export const API_TOKEN_PREFIX = "kausa_at_";
