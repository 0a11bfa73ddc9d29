import type { Database } from "@kausa/db";
import {
  isExpired,
  type SessionPolicy,
  type SessionRecord,
  type SessionStore,
  TOUCH_RESOLUTION_MS,
} from "./session-store.ts";

/** Expired rows are also swept in bulk, at most this often (lookups delete the ones they meet). */
const SWEEP_INTERVAL_MS = 5 * 60_000;

/** Sessions in the `Session` table: the default, nothing else to run. */
export function databaseSessionStore(db: Database, policy: SessionPolicy): SessionStore {
  let lastSweep = 0;

  const sweep = async (now: Date) => {
    if (now.getTime() - lastSweep < SWEEP_INTERVAL_MS) return;
    lastSweep = now.getTime();
    await db.prisma.session.deleteMany({
      where: {
        OR: [{ expiresAt: { lte: now } }, { lastSeenAt: { lte: new Date(now.getTime() - policy.idleMs) } }],
      },
    });
  };

  return {
    kind: "database",
    async create(id, userId, now = new Date()) {
      await sweep(now);
      return db.prisma.session.create({
        data: {
          id,
          userId,
          createdAt: now,
          lastSeenAt: now,
          expiresAt: new Date(now.getTime() + policy.maxMs),
        },
      });
    },
    async find(id, now = new Date()) {
      const row: SessionRecord | null = await db.prisma.session.findUnique({ where: { id } });
      if (!row) return null;
      if (isExpired(row, policy, now)) {
        await db.prisma.session.deleteMany({ where: { id } });
        return null;
      }
      if (now.getTime() - row.lastSeenAt.getTime() >= TOUCH_RESOLUTION_MS) {
        // updateMany: a session deleted meanwhile (logout in another tab) is not an error.
        await db.prisma.session.updateMany({ where: { id }, data: { lastSeenAt: now } });
        row.lastSeenAt = now;
      }
      await sweep(now);
      return row;
    },
    async delete(id) {
      return (await db.prisma.session.deleteMany({ where: { id } })).count > 0;
    },
    async deleteAllOfUser(userId, exceptId) {
      const where = exceptId ? { userId, id: { not: exceptId } } : { userId };
      return (await db.prisma.session.deleteMany({ where })).count;
    },
    async close() {},
  };
}
