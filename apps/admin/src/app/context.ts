import { createContext } from "@lit/context";
import type { Client } from "@urql/core";
import type { ResultOf } from "../api/graphql.ts";
import type { AdminLanguage } from "../i18n/i18n.ts";
import type { ME } from "../session/session.documents.ts";

// What <kausa-admin-app> hands to every page and field without passing props down by hand.

/** The UI language (German or English). */
export const languageContext = createContext<AdminLanguage>(Symbol("kausa-admin-language"));
/** The GraphQL client (same origin, session cookie, CSRF header). */
export const clientContext = createContext<Client>(Symbol("kausa-admin-client"));

export type Me = NonNullable<ResultOf<typeof ME>["me"]>;

export interface Session {
  /** The logged-in account; null before login. */
  me: Me | null;
  /** Asks the API again (after login, a password change). */
  refresh(): Promise<void>;
  logout(): Promise<void>;
}
export const sessionContext = createContext<Session>(Symbol("kausa-admin-session"));

/** Staff (ADMIN, EDITOR) see and edit everything; a PARTNER_EDITOR only their organisation's entries. */
export const isStaff = (me: Me | null) => me?.role === "ADMIN" || me?.role === "EDITOR";
export const isAdmin = (me: Me | null) => me?.role === "ADMIN";
