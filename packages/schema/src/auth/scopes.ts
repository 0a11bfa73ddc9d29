// The authorization scopes declared on fields (`authScopes: { staff: true }`). Row-level rules
// (a partner editor's own rows) are checked where the row is loaded: see editing/access.ts.
import { GraphQLError } from "graphql";
import type { Context } from "../context.ts";
import { isAdmin, isStaff } from "./viewer.ts";

export interface AuthScopes {
  /** Any account or token. */
  loggedIn: boolean;
  /** ADMIN or EDITOR. */
  staff: boolean;
  /** ADMIN only (accounts and tokens). */
  admin: boolean;
}

export function authScopes(ctx: Context): AuthScopes {
  return { loggedIn: ctx.viewer !== null, staff: isStaff(ctx.viewer), admin: isAdmin(ctx.viewer) };
}

/** 401 when nobody is logged in, 403 when the account lacks the role. */
export function unauthorizedError(_parent: unknown, ctx: Context): GraphQLError {
  return ctx.viewer ? forbidden() : unauthenticated();
}

export function unauthenticated(message = "Log in first (or send an API token)."): GraphQLError {
  return new GraphQLError(message, { extensions: { code: "UNAUTHENTICATED", http: { status: 401 } } });
}

export function forbidden(message = "Your account may not do this."): GraphQLError {
  return new GraphQLError(message, { extensions: { code: "FORBIDDEN", http: { status: 403 } } });
}
