import { type Database, Prisma, type Role, type User } from "@kausa/db";
import { hashPassword } from "../auth/passwords.ts";
import { type Actor, diffSnapshots, type Snapshot, writeAudit } from "../editing/audit.ts";
import { badInput } from "../errors.ts";
import { accountNotFound, validEmail, validName, validRoleAndPartner } from "./account-input.ts";
import { assertPasswordAllowed, issuePasswordToken } from "./password-links.ts";

export interface NewUserInput {
  email: string;
  role: Role;
  partnerId?: string | null;
  name?: string | null;
  /** Set at once (the command line); otherwise the result carries a set-password token. */
  password?: string | null;
}

/** What the history keeps of an account: never the password hash. */
const snapshot = (user: User): Snapshot => ({
  email: user.email,
  name: user.name,
  role: user.role,
  partnerId: user.partnerId,
  disabled: user.disabledAt !== null,
});

/**
 * Creates an account. Without a password it gets a one-time set-password token (an invitation,
 * INVITE in the history); with one (the first admin, from the command line) it can log in at once.
 */
export async function createUserAccount(
  db: Database,
  actor: Actor,
  input: NewUserInput,
): Promise<{ user: User; setPasswordToken: string | null }> {
  const email = validEmail(input.email);
  const name = validName(input.name);
  const partnerId = await validRoleAndPartner(db, input.role, input.partnerId ?? null);
  if (input.password != null) assertPasswordAllowed(input.password, email);
  const passwordHash = input.password != null ? await hashPassword(input.password) : null;
  if (await db.prisma.user.findUnique({ where: { email }, select: { id: true } })) throw emailTaken();
  try {
    return await db.prisma.$transaction(async (tx) => {
      const user = await tx.user.create({ data: { email, name, role: input.role, partnerId, passwordHash } });
      const setPasswordToken = passwordHash ? null : await issuePasswordToken(tx, user.id);
      await writeAudit(tx, actor, {
        entityType: "USER",
        entityId: user.id,
        action: passwordHash ? "CREATE" : "INVITE",
        changes: diffSnapshots(null, snapshot(user)),
      });
      return { user, setPasswordToken };
    });
  } catch (error) {
    // Two admins inviting the same address at once: the unique index decides.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw emailTaken();
    throw error;
  }
}

const emailTaken = () => badInput("An account with this e-mail address exists already.", "email");

export interface UserChanges {
  role?: Role | null;
  partnerId?: string | null;
  name?: string | null;
}

/**
 * Changes role, partner or name. `partnerId: undefined` keeps the partner unless the role
 * changes away from PARTNER_EDITOR (then it is cleared). Admins cannot change their own role:
 * the last admin must not lock everybody out by accident.
 */
export async function updateUserAccount(
  db: Database,
  actor: Actor,
  id: string,
  changes: UserChanges,
): Promise<User> {
  const before = await db.prisma.user.findUnique({ where: { id } });
  if (!before) throw accountNotFound("User", id);
  const role = changes.role ?? before.role;
  if (actor.userId === id && role !== before.role) throw badInput("You cannot change your own role.", "role");
  const wantedPartner =
    changes.partnerId !== undefined ? changes.partnerId : role === "PARTNER_EDITOR" ? before.partnerId : null;
  const partnerId = await validRoleAndPartner(db, role, wantedPartner);
  const name = changes.name !== undefined ? validName(changes.name) : before.name;
  return db.prisma.$transaction(async (tx) => {
    const user = await tx.user.update({ where: { id }, data: { role, partnerId, name } });
    const diff = diffSnapshots(snapshot(before), snapshot(user));
    if (Object.keys(diff).length > 0)
      await writeAudit(tx, actor, { entityType: "USER", entityId: id, action: "UPDATE", changes: diff });
    return user;
  });
}

/** Disables (DISABLE) or enables (UPDATE) an account. Ending its sessions is the caller's part. */
export async function setUserDisabled(
  db: Database,
  actor: Actor,
  id: string,
  disabled: boolean,
): Promise<User> {
  const before = await db.prisma.user.findUnique({ where: { id } });
  if (!before) throw accountNotFound("User", id);
  if (disabled && actor.userId === id) throw badInput("You cannot disable your own account.", "id");
  if ((before.disabledAt !== null) === disabled) return before;
  return db.prisma.$transaction(async (tx) => {
    const user = await tx.user.update({ where: { id }, data: { disabledAt: disabled ? new Date() : null } });
    await writeAudit(tx, actor, {
      entityType: "USER",
      entityId: id,
      action: disabled ? "DISABLE" : "UPDATE",
      changes: diffSnapshots(snapshot(before), snapshot(user)),
    });
    return user;
  });
}

/** A fresh set-password link for an existing, enabled account (a reset, or a lost invitation). */
export async function newPasswordToken(
  db: Database,
  actor: Actor,
  id: string,
): Promise<{ user: User; token: string }> {
  const user = await db.prisma.user.findUnique({ where: { id } });
  if (!user) throw accountNotFound("User", id);
  if (user.disabledAt) throw badInput("The account is disabled: enable it first.", "userId");
  const token = await db.prisma.$transaction(async (tx) => {
    const issued = await issuePasswordToken(tx, id);
    await writeAudit(tx, actor, {
      entityType: "USER",
      entityId: id,
      action: "INVITE",
      reason: "new set-password link",
    });
    return issued;
  });
  return { user, token };
}

/** Remembers a successful login (time and history entry). */
export async function recordLogin(db: Database, user: User): Promise<User> {
  return db.prisma.$transaction(async (tx) => {
    const updated = await tx.user.update({ where: { id: user.id }, data: { lastLoginAt: new Date() } });
    await writeAudit(
      tx,
      { userId: user.id, tokenId: null, label: user.email },
      { entityType: "USER", entityId: user.id, action: "LOGIN" },
    );
    return updated;
  });
}
