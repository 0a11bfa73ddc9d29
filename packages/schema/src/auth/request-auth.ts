import type { Role } from "@kausa/db";

/**
 * What the schema needs from the HTTP layer to log people in and out. apps/api implements it
 * (cookies, the session store, throttling); a request without those abilities (tests of the
 * schema alone, the CLI) gets `unavailableRequestAuth`.
 */
export interface RequestAuth {
  /** The client's address as the rate limits see it (for login throttling). */
  clientIp: string;
  /**
   * Counts a login attempt for the account and the address, before the password is checked, and
   * refuses (429 GraphQLError) when either is over its budget: parallel guesses count too.
   */
  checkLoginAllowed(email: string): Promise<void>;
  /** A failed login (already counted by checkLoginAllowed). */
  recordLoginFailure(email: string): Promise<void>;
  /** Gives the attempts back after a successful login. */
  recordLoginSuccess(email: string): Promise<void>;
  /** Starts a fresh session (a new id: rotation on login) and sets the cookie. */
  startSession(user: { id: string }): Promise<void>;
  /** Ends the request's session and clears the cookie. */
  endSession(): Promise<void>;
  /** Ends every session of a user (log out everywhere; password change; disabled account). */
  endAllSessions(userId: string): Promise<number>;
  /** Ends every session of a user but the request's own (after a password change). */
  endOtherSessions(userId: string): Promise<number>;
  /**
   * Refuses (403) to start a session for a request a browser sent from another web origin than
   * the admin app's (login CSRF: a foreign page logging the visitor into someone's account).
   */
  assertSessionOrigin(): void;
}

/** The public URL of the admin app, for links in invitations. */
export interface AdminLinks {
  setPassword(token: string): string;
}

/** Sends a message if SMTP is configured; returns false when e-mail is off. */
export interface Mailer {
  send(message: { to: string; subject: string; text: string }): Promise<boolean>;
}

/** Tells caches that data changed (response cache, GeoJSON ETag), on all instances. */
export interface DataEvents {
  changed(change: { entityType: string; ids: readonly string[] }): void;
}

export type ViewerRole = Role;

const unavailable = (): never => {
  throw new Error("Sessions are not available in this context.");
};

export const unavailableRequestAuth: RequestAuth = {
  clientIp: "unknown",
  checkLoginAllowed: async () => {},
  recordLoginFailure: async () => {},
  recordLoginSuccess: async () => {},
  startSession: async () => unavailable(),
  endSession: async () => unavailable(),
  endAllSessions: async () => unavailable(),
  endOtherSessions: async () => unavailable(),
  assertSessionOrigin: () => {},
};
