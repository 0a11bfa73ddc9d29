import type { Database, User } from "@kausa/db";
import { GraphQLError } from "graphql";
import { hashPassword, passwordCheck } from "../auth/passwords.ts";
import { hashSecret, newSecret } from "../auth/secret-tokens.ts";
import { type Actor, type Tx, writeAudit } from "../editing/audit.ts";
import { badInput } from "../errors.ts";

/** How long an invitation or reset link works. */
export const PASSWORD_LINK_HOURS = 72;

/** A new one-time set-password token for the user (only its SHA-256 is stored). */
export async function issuePasswordToken(tx: Tx, userId: string, now = new Date()): Promise<string> {
  const token = newSecret("kausa_pw_");
  await tx.passwordToken.create({
    data: {
      tokenHash: hashSecret(token),
      userId,
      expiresAt: new Date(now.getTime() + PASSWORD_LINK_HOURS * 3_600_000),
    },
  });
  return token;
}

const invalidLink = () =>
  new GraphQLError("This link is not valid (any more). Ask an administrator for a new one.", {
    extensions: { code: "BAD_USER_INPUT", argument: "token", http: { status: 400 } },
  });

/** 400 with the policy's reason (text, and `extensions.reason` as a stable code) when the password is not acceptable. */
export function assertPasswordAllowed(password: string, email: string | null, argument = "password"): void {
  const problem = passwordCheck(password, email);
  if (problem) {
    const error = badInput(problem.message, argument);
    error.extensions.reason = problem.code;
    throw error;
  }
}

/**
 * Sets the password behind a link: the link must be unused, unexpired, and its account enabled.
 * All of the account's links are used up with it (an older invitation must not reset the new
 * password). The caller starts a session and ends the old ones.
 */
export async function redeemPasswordToken(
  db: Database,
  token: string,
  password: string,
  now = new Date(),
): Promise<User> {
  if (token.length > 200) throw invalidLink();
  const row = await db.prisma.passwordToken.findUnique({
    where: { tokenHash: hashSecret(token) },
    include: { user: true },
  });
  if (!row || row.usedAt || row.expiresAt <= now || row.user.disabledAt) throw invalidLink();
  assertPasswordAllowed(password, row.user.email);
  const passwordHash = await hashPassword(password);
  return db.prisma.$transaction(async (tx) => {
    // Claim the link: of two requests with the same link exactly one gets here.
    const claimed = await tx.passwordToken.updateMany({
      where: { tokenHash: row.tokenHash, usedAt: null },
      data: { usedAt: now },
    });
    if (claimed.count !== 1) throw invalidLink();
    await tx.passwordToken.updateMany({ where: { userId: row.userId, usedAt: null }, data: { usedAt: now } });
    const user = await tx.user.update({ where: { id: row.userId }, data: { passwordHash } });
    const actor: Actor = { userId: user.id, tokenId: null, label: user.email };
    await writeAudit(tx, actor, {
      entityType: "USER",
      entityId: user.id,
      action: "SET_PASSWORD",
      reason: "set-password link",
    });
    return user;
  });
}

/** Changes the password of a logged-in user who proved the current one. */
export async function changeUserPassword(db: Database, user: User, newPassword: string): Promise<User> {
  assertPasswordAllowed(newPassword, user.email, "newPassword");
  const passwordHash = await hashPassword(newPassword);
  return db.prisma.$transaction(async (tx) => {
    const updated = await tx.user.update({ where: { id: user.id }, data: { passwordHash } });
    const actor: Actor = { userId: user.id, tokenId: null, label: user.email };
    await writeAudit(tx, actor, {
      entityType: "USER",
      entityId: user.id,
      action: "SET_PASSWORD",
      reason: "changed by the user",
    });
    return updated;
  });
}
