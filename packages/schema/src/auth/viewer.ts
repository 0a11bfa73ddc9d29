import type { Role } from "@kausa/db";

/** Who is making the request: a logged-in user (session cookie) or a script (API token). */
export interface Viewer {
  via: "session" | "token";
  /** The user behind a session; null for API tokens (they are not people). */
  userId: string | null;
  /** The API token's id when `via` is "token". */
  tokenId: string | null;
  /** The session's id (SHA-256 of the cookie) when `via` is "session". */
  sessionId: string | null;
  role: Role;
  /** The partner organisation a PARTNER_EDITOR (or a token scoped to one) may edit. */
  partnerId: string | null;
  /** E-mail or token name: written into the history at the time of a change. */
  label: string;
}

/** KAUSA staff: ADMIN and EDITOR see and change all content. */
export const isStaff = (viewer: Viewer | null): boolean =>
  viewer?.role === "ADMIN" || viewer?.role === "EDITOR";

export const isAdmin = (viewer: Viewer | null): boolean => viewer?.role === "ADMIN";

/** Whether the viewer may see and edit rows that belong to `partnerId`. */
export function canEditPartnerRows(viewer: Viewer | null, partnerId: string | null | undefined): boolean {
  if (!viewer) return false;
  if (isStaff(viewer)) return true;
  return viewer.role === "PARTNER_EDITOR" && !!viewer.partnerId && viewer.partnerId === partnerId;
}

/** Partner editors' changes to published data wait for review; staff changes apply at once. */
export const needsReview = (viewer: Viewer): boolean => viewer.role === "PARTNER_EDITOR";
