import type { Database } from "@kausa/db";
import { API_TOKEN_PREFIX, hashSecret } from "./secret-tokens.ts";
import type { Viewer } from "./viewer.ts";

/** Last-used times are written at most this often per token (not one write per request). */
const LAST_USED_RESOLUTION_MS = 60_000;

export type TokenLookup = { viewer: Viewer } | { refused: "unknown" | "revoked" | "expired" };

/** The viewer an `Authorization: Bearer …` token stands for, or why it is refused. */
export async function viewerFromApiToken(
  db: Database,
  token: string,
  now = new Date(),
): Promise<TokenLookup> {
  if (!token.startsWith(API_TOKEN_PREFIX) || token.length > 200) return { refused: "unknown" };
  const row = await db.prisma.apiToken.findUnique({ where: { tokenHash: hashSecret(token) } });
  if (!row) return { refused: "unknown" };
  if (row.revokedAt) return { refused: "revoked" };
  if (row.expiresAt && row.expiresAt <= now) return { refused: "expired" };
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) {
    await db.prisma.apiToken.update({ where: { id: row.id }, data: { lastUsedAt: now } });
  }
  return {
    viewer: {
      via: "token",
      userId: null,
      tokenId: row.id,
      sessionId: null,
      role: row.role,
      partnerId: row.partnerId,
      label: `token:${row.name}`,
    },
  };
}
