import type { ApiToken, Database, Role } from "@kausa/db";
import { API_TOKEN_PREFIX, hashSecret, newSecret } from "../auth/secret-tokens.ts";
import { type Actor, writeAudit } from "../editing/audit.ts";
import { badInput } from "../errors.ts";
import { accountNotFound, validRoleAndPartner } from "./account-input.ts";

export interface NewApiTokenInput {
  name: string;
  role: Role;
  partnerId?: string | null;
  expiresAt?: Date | null;
}

/** Enough of the token to recognise it in a list, far too little to guess the rest. */
const VISIBLE_CHARACTERS = API_TOKEN_PREFIX.length + 6;

/** Creates a token; the secret is in the result once and never stored. */
export async function issueApiToken(
  db: Database,
  actor: Actor,
  input: NewApiTokenInput,
  now = new Date(),
): Promise<{ token: string; apiToken: ApiToken }> {
  const name = input.name.trim();
  if (!name || name.length > 200) throw badInput("A token needs a name of 1 to 200 characters.", "name");
  if (input.expiresAt && input.expiresAt <= now)
    throw badInput('"expiresAt" must lie in the future.', "expiresAt");
  const partnerId = await validRoleAndPartner(db, input.role, input.partnerId ?? null);
  const token = newSecret(API_TOKEN_PREFIX);
  const apiToken = await db.prisma.$transaction(async (tx) => {
    const row = await tx.apiToken.create({
      data: {
        name,
        tokenHash: hashSecret(token),
        prefix: token.slice(0, VISIBLE_CHARACTERS),
        role: input.role,
        partnerId,
        createdById: actor.userId,
        expiresAt: input.expiresAt ?? null,
      },
    });
    await writeAudit(tx, actor, {
      entityType: "API_TOKEN",
      entityId: row.id,
      action: "CREATE_TOKEN",
      changes: {
        name: { before: null, after: name },
        role: { before: null, after: row.role },
        partnerId: { before: null, after: partnerId },
        expiresAt: { before: null, after: row.expiresAt?.toISOString() ?? null },
      },
    });
    return row;
  });
  return { token, apiToken };
}

/** Revokes a token (at once: every request looks the token up). Revoking twice changes nothing. */
export async function revokeApiToken(db: Database, actor: Actor, id: string): Promise<ApiToken> {
  const before = await db.prisma.apiToken.findUnique({ where: { id } });
  if (!before) throw accountNotFound("ApiToken", id);
  if (before.revokedAt) return before;
  return db.prisma.$transaction(async (tx) => {
    const row = await tx.apiToken.update({ where: { id }, data: { revokedAt: new Date() } });
    await writeAudit(tx, actor, { entityType: "API_TOKEN", entityId: id, action: "REVOKE_TOKEN" });
    return row;
  });
}
