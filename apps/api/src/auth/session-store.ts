/** A stored browser session; `id` is the SHA-256 of the cookie value. */
export interface SessionRecord {
  id: string;
  userId: string;
  createdAt: Date;
  lastSeenAt: Date;
  /** The absolute end (login + SESSION_MAX_HOURS). */
  expiresAt: Date;
}

/** When sessions end. */
export interface SessionPolicy {
  idleMs: number;
  maxMs: number;
}

/** lastSeenAt is written at most this often per session, not on every request. */
export const TOUCH_RESOLUTION_MS = 60_000;

/** Where sessions live: the database (default) or Redis (REDIS_URL). */
export interface SessionStore {
  readonly kind: "database" | "redis";
  /** Stores a new session for the user under this id (hash of the cookie). */
  create(id: string, userId: string, now?: Date): Promise<SessionRecord>;
  /** The live session, or null; an expired one is deleted on the way. Touches lastSeenAt. */
  find(id: string, now?: Date): Promise<SessionRecord | null>;
  delete(id: string): Promise<boolean>;
  /** Deletes all of a user's sessions except `exceptId`; returns how many ended. */
  deleteAllOfUser(userId: string, exceptId?: string | null): Promise<number>;
  close(): Promise<void>;
}

/** Whether a session has ended (idle too long or past its absolute end). */
export function isExpired(record: SessionRecord, policy: SessionPolicy, now: Date): boolean {
  return record.expiresAt <= now || now.getTime() - record.lastSeenAt.getTime() >= policy.idleMs;
}
