import type { Database, User } from "@kausa/db";
import { verifyAgainstDummy, verifyPassword } from "../auth/passwords.ts";
import { normalizeEmail } from "./account-input.ts";

/**
 * The account whose password this is, or null. Every path costs one argon2 verification — no
 * account, no password yet, disabled, wrong password — so neither the answer nor its timing
 * tells whether the address has an account.
 */
export async function verifyLogin(db: Database, email: string, password: string): Promise<User | null> {
  const user = await db.prisma.user.findUnique({ where: { email: normalizeEmail(email) } });
  if (!user?.passwordHash) return verifyAgainstDummy(password).then(() => null);
  const matches = await verifyPassword(user.passwordHash, password);
  return matches && !user.disabledAt ? user : null;
}
